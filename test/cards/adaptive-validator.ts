// Parses and validates Adaptive Card JSON with the official `adaptivecards` package (its UMD bundle runs in Node).
import { createRequire } from "node:module";
import type * as AdaptiveCardsModule from "adaptivecards";

// The package's main entry (ESM with extensionless imports) does not load in Node; its UMD bundle does.
// The bundle's own .d.ts only declares ambient modules, so borrow the main entry's types.
const AdaptiveCards = createRequire(import.meta.url)(
  "adaptivecards/dist/adaptivecards.js",
) as typeof AdaptiveCardsModule;

export const ADAPTIVE_MAX_BYTES = 28 * 1024;

/** Every parse and validation event the package reports, as "Event: message"; empty means valid. */
export function adaptiveCardProblems(json: object): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents)
    problems.push(`validate ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

export function byteSize(json: object): number {
  return Buffer.byteLength(JSON.stringify(json), "utf8");
}
