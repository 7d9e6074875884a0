import type { Block, InputBlock } from "./model.ts";

const INPUT_TYPES: ReadonlySet<Block["type"]> = new Set([
  "choice",
  "multi-choice",
  "text-input",
  "number-input",
  "date-input",
  "toggle",
]);

export function isInputBlock(block: Block): block is InputBlock {
  return INPUT_TYPES.has(block.type);
}

export function inputBlocks(blocks: readonly Block[]): InputBlock[] {
  return blocks.filter(isInputBlock);
}
