// Shows a form again as the user left it: their submitted values and the engine's field errors.
import { isInputBlock } from "./input-block.ts";
import type { Block, Card, InputBlock } from "./model.ts";

/** Errors for ids that match no input (e.g. the whole form) are shown at the top of the card. */
export function withFormState(
  card: Card,
  values: Record<string, unknown>,
  errors: Record<string, string>,
): Card {
  const ids = new Set(card.blocks.filter(isInputBlock).map((b) => b.id));
  const general: Block[] = Object.entries(errors)
    .filter(([id]) => !ids.has(id))
    .map(([, message]) => ({ type: "text", text: `⚠ ${message}` }));
  const blocks = card.blocks.map((block) => {
    if (!isInputBlock(block)) return block;
    const error = errors[block.id];
    const withValue = applyValue(block, values[block.id]);
    return error ? { ...withValue, error } : withValue;
  });
  return { ...card, blocks: [...general, ...blocks] };
}

function applyValue(block: InputBlock, value: unknown): InputBlock {
  if (value === undefined) return block;
  switch (block.type) {
    case "choice":
      return typeof value === "string" ? { ...block, value } : block;
    case "multi-choice": {
      const values = typeof value === "string" ? value.split(",").filter(Boolean) : value;
      return Array.isArray(values)
        ? { ...block, values: values.filter((v) => typeof v === "string") }
        : block;
    }
    case "text-input":
    case "date-input":
      return typeof value === "string" ? { ...block, value } : block;
    case "number-input": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      return Number.isFinite(n) ? { ...block, value: n } : block;
    }
    case "toggle":
      return { ...block, value: value === "true" || (Array.isArray(value) && value.includes("true")) };
  }
}
