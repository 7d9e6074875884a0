// What the Teams adapter needs from the rest of the bot, kept narrow so tests can pass small stand-ins.
import type { Store } from "../../store/port.ts";

/** The bot's clock, the same one the engine and the other adapters get. */
export type Clock = () => Date;

export type TeamsStore = Pick<
  Store,
  | "roundsNaming"
  | "listBindings"
  | "rememberEvent"
  | "forgetEvent"
  | "saveConversationReference"
  | "getConversationReference"
>;

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
