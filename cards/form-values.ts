// Submitted form values, from each platform's payload to one flat map: input id → value.
import { TOGGLE_ON } from "./block-kit-inputs.ts";
import { inputBlocks } from "./input-block.ts";
import type { Card } from "./model.ts";
import { ADAPTIVE_HIDDEN_KEYS } from "./render-adaptive.ts";

/** Mostly strings and lists of strings; anything else Slack sent is kept, so the engine refuses it by name. */
export type SlackFormValues = Record<string, unknown>;

// Keys that would reach an object's prototype if copied blindly.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Slack `view.state.values` (block_id → action_id → element state) → input id → string | string[]. */
export function valuesFromSlackViewState(state: unknown): SlackFormValues {
  const values: SlackFormValues = {};
  for (const [blockId, actions] of entries(state)) {
    for (const [, element] of entries(actions)) {
      const value = elementValue(element);
      if (value !== undefined) values[blockId] = value;
    }
  }
  return values;
}

/**
 * An element's value as sent. Never dropped when it is not a string (a forged or broken payload): a field
 * that vanished would let the rest be saved without it, where a kept one is refused by name.
 */
function elementValue(element: unknown): unknown {
  if (typeof element !== "object" || element === null) return element ?? undefined;
  const e = element as Record<string, unknown>;
  if (Array.isArray(e.selected_options)) return e.selected_options.map(optionValue);
  if (e.selected_options !== undefined && e.selected_options !== null) return e.selected_options;
  if (e.selected_option !== undefined)
    return e.selected_option === null ? undefined : optionValue(e.selected_option);
  if (e.value !== undefined && e.value !== null) return e.value;
  for (const key of ["selected_date", "selected_time", "selected_date_time"]) {
    const v = e[key];
    if (typeof v === "string" || typeof v === "number") return String(v);
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

function optionValue(option: unknown): unknown {
  if (typeof option !== "object" || option === null) return option;
  return (option as Record<string, unknown>).value;
}

export interface AdaptiveSubmission {
  formId: string | undefined;
  hidden: Record<string, string>;
  /** Input id → value as sent. Non-strings are kept so that the engine can refuse them field by field. */
  values: Record<string, unknown>;
}

/** Longer than any id, nonce or version a form carries (Slack's whole private_metadata is 3,000). */
export const MAX_HIDDEN_LENGTH = 1_000;

/** Keys of the submit action's own data that are not hidden values (see render-adaptive.ts). */
const ADAPTIVE_META: ReadonlySet<string> = new Set(["formId", ADAPTIVE_HIDDEN_KEYS, "verb", "msteams"]);

/** Action.Execute (or Action.Submit) data → form id, hidden values and the inputs' values. */
export function adaptiveSubmission(data: unknown): AdaptiveSubmission {
  const hidden: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (!isRecord(data)) return { formId: undefined, hidden, values };
  // One pass over the keys, no copies: every card submission in Teams and the playground comes through here.
  const listed = data[ADAPTIVE_HIDDEN_KEYS];
  const hiddenKeys = Array.isArray(listed) ? listed.filter(isString) : [];
  for (const key of Object.keys(data)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value = data[key];
    if (hiddenKeys.includes(key)) {
      // Hidden values are ids and versions the bot wrote; a longer one was not written by it.
      if (typeof value === "string" && value.length <= MAX_HIDDEN_LENGTH) hidden[key] = value;
    } else if (!ADAPTIVE_META.has(key)) values[key] = value;
  }
  return { formId: typeof data.formId === "string" ? data.formId : undefined, hidden, values };
}

/** The inputs' values of an Action.Execute submission, without the hidden keys. */
export function valuesFromAdaptiveData(data: unknown): Record<string, unknown> {
  return adaptiveSubmission(data).values;
}

/**
 * One shape for both platforms, given the form that was shown: multi-choice → string[] (Teams sends
 * "a,b"), toggle → "true" | "false" (Slack sends the ticked options). Anything else is left as sent.
 */
export function normaliseFormValues(card: Card, values: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...values };
  for (const input of inputBlocks(card.blocks)) {
    const value = values[input.id];
    if (input.type === "multi-choice" && typeof value === "string")
      result[input.id] = value.split(",").filter((v) => v !== "");
    if (input.type === "toggle") {
      if (Array.isArray(value)) result[input.id] = value.includes(TOGGLE_ON) ? "true" : "false";
      else if (value === undefined) result[input.id] = "false";
    }
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).filter(([key]) => !UNSAFE_KEYS.has(key));
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}
