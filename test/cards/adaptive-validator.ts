// Parses and validates Adaptive Card JSON with the official `adaptivecards` package (its UMD bundle runs in Node).
import { createRequire } from "node:module";
import type * as AdaptiveCardsModule from "adaptivecards";

// The package's main entry (ESM with extensionless imports) does not load in Node; its UMD bundle does.
// The bundle's own .d.ts only declares ambient modules, so borrow the main entry's types.
const AdaptiveCards = createRequire(import.meta.url)(
  "adaptivecards/dist/adaptivecards.js",
) as typeof AdaptiveCardsModule;

export const ADAPTIVE_MAX_BYTES = 28 * 1024;

/**
 * Teams' chart elements (Chart.*) are a host extension the SDK does not know: it reports them and renders
 * their fallback, which is exactly what a client without charts does. They are accepted only with a fallback.
 */
const HOST_CHART = /^Unknown element type "Chart\.[A-Za-z.]+"\. Fallback will be used if present\.$/;

function chartsWithoutFallback(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(chartsWithoutFallback);
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.type === "string" && record.type.startsWith("Chart.") && typeof record.fallback !== "object"
      ? [`${record.type} has no fallback`]
      : [];
  return [...own, ...Object.values(record).flatMap(chartsWithoutFallback)];
}

/** Every parse and validation event the package reports, as "Event: message"; empty means valid. */
export function adaptiveCardProblems(json: object): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = chartsWithoutFallback(json);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    if (HOST_CHART.test(e.message)) continue;
    problems.push(`parse ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents)
    problems.push(`validate ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

export function byteSize(json: object): number {
  return Buffer.byteLength(JSON.stringify(json), "utf8");
}
