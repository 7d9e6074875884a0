// The page's requests, parsed with zod before anything acts on them.
import { z } from "zod";
import { inBothLanguages } from "../../domain/locale.ts";
import { PLAYGROUND_TEXTS } from "./playground-texts.ts";

const email = z.string().trim().min(3).max(320);
const channel = z.string().trim().min(1).max(200).optional();
const locale = z.enum(["sv", "en"]).optional();

export const commandRequest = z.object({
  email,
  channel,
  locale,
  // The engine refuses an overlong command in the person's language; this only bounds the request.
  text: z.string().max(100_000),
});

export const submitRequest = z.object({
  email,
  channel,
  locale,
  verb: z.string().min(1).max(200),
  /** The Action.Execute data with the card's inputs merged in, as the adaptivecards renderer hands it over. */
  data: z.record(z.string(), z.unknown()),
  /** One id per click of a submit button: a double click or a retried request is stored once. */
  submitId: z.string().trim().min(8).max(100),
});

/**
 * Set the clock to an instant; move it by days (keeping the local time of day across a change of summer
 * time); jump to the next reminder; or start over (a fresh store with the example round, real time).
 */
export const clockRequest = z.union([
  z.object({ at: z.iso.datetime({ offset: true, local: false }) }).strict(),
  z.object({ advanceDays: z.number().int().min(-3_650).max(3_650) }).strict(),
  z.object({ next: z.literal("reminder") }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

export type CommandRequest = z.infer<typeof commandRequest>;
export type SubmitRequest = z.infer<typeof submitRequest>;
export type ClockRequest = z.infer<typeof clockRequest>;

/** One readable line per problem, naming the field. */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
  return `${inBothLanguages(PLAYGROUND_TEXTS, (t) => t.invalidRequest)}: ${issues}`;
}
