// What a conversation scenario needs from a chat adapter, in a person's terms: say something, open a form
// and submit it, have a delivery repeated, let the reminders run, press a reminder's button. Each adapter's
// driver does this over HTTP with the payloads its platform sends (see fixtures.ts for where they come from).
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Locale, Round } from "../../src/domain/round.ts";
import type { Store } from "../../src/store/port.ts";

/** Everything a person saw in answer: every card and message the bot sent them, as one searchable text. */
export interface Seen {
  text: string;
  includes(part: string): boolean;
}

export function seen(parts: unknown[]): Seen {
  // JSON keeps every string a card carries; the escapes of quotes and newlines do not matter to `includes`.
  const text = parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join("\n");
  return { text, includes: (part) => text.includes(part) };
}

export interface OpenedForm {
  /** The field ids the form asks for. */
  fields: string[];
  /** Submits the form with these values (field id → value as the person would choose or type it). */
  submit(values: Record<string, string>): Promise<Seen>;
  /** The platform delivers the last submission again (a retry of the same request). */
  redeliver(): Promise<Seen>;
}

export interface PostedReminder {
  /** Whose channel it was posted in. */
  organisationId: string;
  seen: Seen;
  /** The labels of its buttons, in order. */
  buttons: string[];
}

export interface ChatDriver {
  readonly name: string;
  readonly store: Store;
  readonly round: Round;
  readonly checklist: Checklist;
  /** A key person of a benchmarking organisation, and the mentor of its cluster, both on this platform. */
  readonly keyPerson: { email: string; organisationId: string; locale: Locale };
  readonly mentor: { email: string; locale: Locale };
  /** Another person of the key person's organisation, on the same platform. */
  readonly colleague: { email: string; name: string };
  /** Sets the bot's clock (ISO instant). */
  at(instant: string): Promise<void>;
  say(email: string, text: string): Promise<Seen>;
  /** Says the command and returns the form it opened; fails when none opened. */
  open(email: string, command: string): Promise<OpenedForm>;
  /** The platform delivers the last command again (a retry of the same event). */
  redeliverLast(): Promise<Seen>;
  /** Runs the reminder tick at `instant`; the reminders posted in the organisations' channels. */
  remind(instant: string): Promise<PostedReminder[]>;
  /** The person presses a button of an older version's card (an action the bot no longer knows). */
  pressOutdated(email: string): Promise<Seen>;
  /** The person presses the button with this label on a posted reminder; what they saw. */
  press(email: string, reminder: PostedReminder, label: string): Promise<Seen | OpenedForm>;
  stop(): Promise<void>;
}
