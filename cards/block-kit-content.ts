// Non-input blocks of the neutral model → Block Kit blocks (the same in messages and modals).
import { SLACK_LIMITS } from "./block-kit-limits.ts";
import { bold, escapeMrkdwn, mrkdwn, plain } from "./block-kit-text.ts";
import { chartAsTable } from "./chart-table.ts";
import { progressBar } from "./format.ts";
import type { Block, CardAction, InputBlock } from "./model.ts";

type Json = Record<string, unknown>;
type ContentBlock = Exclude<Block, InputBlock>;

export function contentBlocks(block: ContentBlock): Json[] {
  switch (block.type) {
    case "heading":
      return [section(bold(block.text))];
    case "text":
      return block.muted
        ? [{ type: "context", elements: [mrkdwn(escapeMrkdwn(block.text), SLACK_LIMITS.sectionText)] }]
        : [section(escapeMrkdwn(block.text))];
    case "facts":
      return factSections(block.facts);
    case "progress":
      return [section(`${bold(block.label)}\n${progressBar(block.value, block.max)}`)];
    case "table":
      return tableSections(block.columns, block.rows);
    case "chart": {
      const { columns, rows } = chartAsTable(block);
      return [section(bold(block.title)), ...tableSections(columns, rows)];
    }
    case "divider":
      return [{ type: "divider" }];
    case "actions":
      return chunk(block.actions, SLACK_LIMITS.actionsElements).map((actions) => ({
        type: "actions",
        elements: actions.map(button),
      }));
  }
}

function section(escaped: string): Json {
  return { type: "section", text: mrkdwn(escaped || " ", SLACK_LIMITS.sectionText) };
}

function factSections(facts: { label: string; value: string }[]): Json[] {
  return chunk(facts, SLACK_LIMITS.sectionFields).map((group) => ({
    type: "section",
    fields: group.map((f) => mrkdwn(`${bold(f.label)}\n${escapeMrkdwn(f.value)}`, SLACK_LIMITS.fieldText)),
  }));
}

/** One paragraph per row ("*first cell*" then "column: value · …"), packed into as few sections as fit. */
function tableSections(columns: string[], rows: string[][]): Json[] {
  const labels = columns.map(escapeMrkdwn);
  const paragraphs = rows.map((cells) => {
    let rest = "";
    for (let i = 1; i < cells.length; i++)
      rest += `${i > 1 ? " · " : ""}${labels[i] ?? ""}: ${escapeMrkdwn(cells[i] ?? "")}`;
    return rest ? `${bold(cells[0] ?? "")}\n${rest}` : bold(cells[0] ?? "");
  });
  const sections: string[] = [];
  let current = "";
  for (const p of paragraphs) {
    const next = current ? `${current}\n\n${p}` : p;
    if (next.length > SLACK_LIMITS.sectionText && current) {
      sections.push(current);
      current = p;
    } else current = next;
  }
  if (current) sections.push(current);
  return sections.map(section);
}

function button(action: CardAction, index: number): Json {
  if (action.type === "open-url")
    return {
      type: "button",
      action_id: `url:${index}`,
      text: plain(action.label, SLACK_LIMITS.buttonText),
      url: action.url,
    };
  return {
    type: "button",
    action_id: `command:${action.command}`,
    text: plain(action.label, SLACK_LIMITS.buttonText),
    value: action.command,
    ...(action.style === "primary" ? { style: "primary" } : {}),
  };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}
