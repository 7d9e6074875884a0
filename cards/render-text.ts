// Neutral card → plain text: the fallback, notification text, CLI output and logs.
import { chartAsTable } from "./chart-table.ts";
import { progressBar } from "./format.ts";
import type { Block, Card, InputBlock } from "./model.ts";

export function renderText(card: Card): string {
  const lines: string[] = [card.title, ""];
  for (const block of card.blocks) lines.push(...blockLines(block));
  return `${lines.join("\n").trimEnd()}\n`;
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case "heading":
      return ["", block.text];
    case "text":
      return [block.text];
    case "facts":
      return block.facts.map((f) => `${f.label}: ${f.value}`);
    case "progress":
      return [`${block.label} ${progressBar(block.value, block.max)}`];
    case "table":
      return block.rows.map((cells) => tableLine(block.columns, cells));
    case "chart": {
      const { columns, rows } = chartAsTable(block);
      return ["", block.title, ...rows.map((cells) => tableLine(columns, cells))];
    }
    case "divider":
      return [""];
    case "actions":
      return block.actions.map((a) =>
        a.type === "command" ? `• ${a.label}: ${a.command}` : `• ${a.label}: ${a.url}`,
      );
    default:
      return inputLines(block);
  }
}

function tableLine(columns: string[], cells: string[]): string {
  const rest = cells.slice(1).map((cell, i) => `${columns[i + 1] ?? ""}: ${cell}`);
  return [`- ${cells[0] ?? ""}`, ...rest].join(" · ");
}

function inputLines(block: InputBlock): string[] {
  const lines = [`${block.label}${"required" in block && block.required ? " *" : ""}: ${inputValue(block)}`];
  if (block.hint) lines.push(`  (${block.hint})`);
  if (block.error) lines.push(`  ⚠ ${block.error}`);
  return lines;
}

function inputValue(block: InputBlock): string {
  switch (block.type) {
    case "choice":
      return block.options.find((o) => o.value === block.value)?.label ?? "—";
    case "multi-choice": {
      const chosen = block.options.filter((o) => block.values?.includes(o.value)).map((o) => o.label);
      return chosen.length ? chosen.join("; ") : "—";
    }
    case "text-input":
      return block.value?.trim() ? block.value : "—";
    case "number-input":
      return block.value === undefined ? "—" : String(block.value);
    case "date-input":
      return block.value ?? "—";
    case "toggle":
      return block.value ? "☑" : "☐";
  }
}
