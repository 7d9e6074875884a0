// What an operator reads when the data file cannot be used: what happened and what to do, in English and Swedish.

export function newerSchemaMessage(file: string, found: number, known: number): string {
  return (
    `${file} was written by a newer version of Modellbot (data schema ${found}; this version knows up to ${known}). ` +
    "Upgrade Modellbot, or point DATA_DIR at another folder. / " +
    `${file} skrevs av en nyare version av Modellbot (dataschema ${found}; den här versionen känner till högst ${known}). ` +
    "Uppgradera Modellbot eller låt DATA_DIR peka på en annan mapp."
  );
}

export function corruptMessage(file: string): string {
  return (
    `${file} is not a readable Modellbot database (the file is damaged or is not a database). ` +
    "Stop Modellbot, then restore the file from a backup, or move it away (with any -wal and -shm files beside it) " +
    "to start with an empty store. / " +
    `${file} är ingen läsbar Modellbot-databas (filen är skadad eller ingen databas). ` +
    "Stoppa Modellbot och återställ filen från en säkerhetskopia, eller flytta undan den (med eventuella -wal- och " +
    "-shm-filer bredvid) för att börja med en tom lagring."
  );
}

export function unavailableMessage(file: string, reason: string): string {
  return (
    `Cannot use the data file ${file}: ${reason}. Check that DATA_DIR is writable and that the disk is not full. / ` +
    `Datafilen ${file} går inte att använda: ${reason}. Kontrollera att DATA_DIR är skrivbar och att disken inte är full.`
  );
}
