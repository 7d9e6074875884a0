// Neutral card → Adaptive Card 1.5 JSON for Teams (and the playground, which renders it with `adaptivecards`).

import { chartAsTable } from "./chart-table.ts";
import { progressBar } from "./format.ts";
import type { Block, Card, CardAction, CardForm, ChartBlock, InputBlock } from "./model.ts";

type Json = Record<string, unknown>;

/** The data key that lists which keys of a submission are hidden values (see form-values.ts). */
export const ADAPTIVE_HIDDEN_KEYS = "hiddenKeys";

export function renderAdaptive(card: Card): Json {
  const body: Json[] = [
    { type: "TextBlock", text: card.title, size: "large", weight: "bolder", wrap: true, style: "heading" },
  ];
  let separateNext = false;
  for (const block of card.blocks) {
    if (block.type === "divider") {
      separateNext = true;
      continue;
    }
    const elements = renderBlock(block);
    const first = elements[0];
    if (separateNext && first) first.separator = true;
    separateNext = false;
    body.push(...elements);
  }
  const rendered: Json = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    fallbackText: card.summary,
    // Tables and long labels need the whole width of the Teams conversation.
    msteams: { width: "Full" },
    body,
  };
  if (card.form) rendered.actions = [submitAction(card.form)];
  return rendered;
}

function renderBlock(block: Block): Json[] {
  switch (block.type) {
    case "heading":
      return [{ type: "TextBlock", text: block.text, weight: "bolder", size: "medium", wrap: true }];
    case "text":
      return [
        { type: "TextBlock", text: block.text, wrap: true, ...(block.muted ? { isSubtle: true } : {}) },
      ];
    case "facts":
      return [{ type: "FactSet", facts: block.facts.map((f) => ({ title: f.label, value: f.value })) }];
    case "progress":
      return [
        { type: "TextBlock", text: block.label, wrap: true, weight: "bolder" },
        {
          type: "TextBlock",
          text: progressBar(block.value, block.max),
          spacing: "none",
          fontType: "monospace",
        },
      ];
    case "table":
      return [table(block.columns, block.rows)];
    case "chart":
      return [chart(block)];
    case "divider":
      return [];
    case "actions":
      return [{ type: "ActionSet", actions: block.actions.map(cardAction) }];
    default:
      return input(block);
  }
}

/** Teams' grouped bar chart; clients without charts (and the adaptivecards SDK) show the table instead. */
function chart(block: ChartBlock): Json {
  const { columns, rows } = chartAsTable(block);
  return {
    type: "Chart.VerticalBar.Grouped",
    title: block.title,
    data: block.series.map((s) => ({
      legend: s.label,
      values: block.categories.map((x, i) => ({ x, y: s.values[i] ?? 0 })),
    })),
    fallback: {
      type: "Container",
      items: [{ type: "TextBlock", text: block.title, weight: "bolder", wrap: true }, table(columns, rows)],
    },
  };
}

function table(columns: string[], rows: string[][]): Json {
  // Built without spreads: a confirmation's table is most of the objects a submission's answer allocates.
  const cell = (text: string, header: boolean): Json => {
    const block: Json = { type: "TextBlock", text: text || " ", wrap: true };
    if (header) block.weight = "bolder";
    return { type: "TableCell", items: [block] };
  };
  const row = (cells: string[], header: boolean): Json => ({
    type: "TableRow",
    cells: cells.map((text) => cell(text, header)),
  });
  return {
    type: "Table",
    columns: columns.map(() => ({ width: 1 })),
    firstRowAsHeader: true,
    rows: [row(columns, true), ...rows.map((r) => row(r, false))],
  };
}

function input(block: InputBlock): Json[] {
  const elements: Json[] = [inputElement(block)];
  if (block.hint)
    elements.push({ type: "TextBlock", text: block.hint, isSubtle: true, wrap: true, spacing: "small" });
  // The words carry the message; the colour only underlines it.
  if (block.error)
    elements.push({
      type: "TextBlock",
      text: `⚠ ${block.error}`,
      color: "attention",
      wrap: true,
      spacing: "small",
    });
  return elements;
}

function inputElement(block: InputBlock): Json {
  switch (block.type) {
    case "choice":
    case "multi-choice":
      return choiceSet(block);
    case "text-input":
      return {
        type: "Input.Text",
        ...common(block.id, block.label, block.required, block.requiredMessage),
        isMultiline: block.multiline === true,
        maxLength: block.maxLength,
        ...(block.placeholder ? { placeholder: block.placeholder } : {}),
        ...(block.value !== undefined ? { value: block.value } : {}),
      };
    case "number-input":
      return {
        type: "Input.Number",
        ...common(block.id, block.label, block.required, block.requiredMessage),
        ...(block.min !== undefined ? { min: block.min } : {}),
        ...(block.max !== undefined ? { max: block.max } : {}),
        ...(block.value !== undefined ? { value: block.value } : {}),
      };
    case "date-input":
      return {
        type: "Input.Date",
        ...common(block.id, block.label, block.required, block.requiredMessage),
        ...(block.value ? { value: block.value } : {}),
      };
    case "toggle":
      // A toggle's title is its visible, accessible label; a second `label` would repeat it.
      return {
        type: "Input.Toggle",
        id: block.id,
        title: block.label,
        wrap: true,
        value: block.value ? "true" : "false",
        valueOn: "true",
        valueOff: "false",
      };
  }
}

function choiceSet(block: InputBlock & { type: "choice" | "multi-choice" }): Json {
  const multi = block.type === "multi-choice";
  const value = multi ? block.values?.join(",") : block.value;
  return {
    type: "Input.ChoiceSet",
    ...common(block.id, block.label, block.required, block.requiredMessage),
    ...(multi ? { isMultiSelect: true } : {}),
    // Radio buttons or checkboxes while they fit on a phone; a drop-down beyond that.
    style: block.options.length <= (multi ? 10 : 5) ? "expanded" : "compact",
    choices: block.options.map((o) => ({ title: o.label, value: o.value })),
    ...(value ? { value } : {}),
  };
}

function common(id: string, label: string, required: boolean, requiredMessage: string | undefined): Json {
  return required
    ? { id, label, isRequired: true, errorMessage: requiredMessage ?? label }
    : { id, label, isRequired: false };
}

function cardAction(action: CardAction): Json {
  if (action.type === "open-url") return { type: "Action.OpenUrl", title: action.label, url: action.url };
  return {
    type: "Action.Execute",
    title: action.label,
    verb: "command",
    data: { command: action.command },
    ...(action.style === "primary" ? { style: "positive" } : {}),
  };
}

function submitAction(form: CardForm): Json {
  const data = { ...form.hidden, formId: form.formId, [ADAPTIVE_HIDDEN_KEYS]: Object.keys(form.hidden) };
  return {
    type: "Action.Execute",
    title: form.submitLabel,
    verb: `form:${form.formId}`,
    data,
    associatedInputs: "auto",
    style: "positive",
    // Clients without Universal Actions still post the inputs and data as a message.
    fallback: {
      type: "Action.Submit",
      title: form.submitLabel,
      data: { ...data, verb: `form:${form.formId}` },
    },
  };
}
