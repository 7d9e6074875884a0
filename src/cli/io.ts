// What a CLI command gets: its arguments and where to print. Returns the process exit code.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
