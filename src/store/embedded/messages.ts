// What an operator reads when the data file cannot be used: what happened and what to do, in English and
// Swedish (the texts are in src/store/store-texts.ts; whoever runs the bot reads them in no known language).
import { inBothLanguages } from "../../domain/locale.ts";
import { STORE_TEXTS } from "../store-texts.ts";

export function newerSchemaMessage(file: string, found: number, known: number): string {
  return inBothLanguages(STORE_TEXTS, (t) => t.newerSchema(file, found, known), "en");
}

export function corruptMessage(file: string): string {
  return inBothLanguages(STORE_TEXTS, (t) => t.corrupt(file), "en");
}

export function unavailableMessage(file: string, reason: string): string {
  return inBothLanguages(STORE_TEXTS, (t) => t.fileUnavailable(file, reason), "en");
}
