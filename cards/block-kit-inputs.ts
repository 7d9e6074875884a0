// Input blocks of the neutral model → Block Kit `input` blocks for a modal (block_id = action_id = input id).
import { SLACK_LIMITS } from "./block-kit-limits.ts";
import { plain, truncate } from "./block-kit-text.ts";
import type { ChoiceOption, InputBlock } from "./model.ts";

type Json = Record<string, unknown>;

/** The single option of a toggle's checkbox; a ticked toggle submits this value. */
export const TOGGLE_ON = "true";

export function inputBlock(block: InputBlock): Json {
  const required = block.type !== "toggle" && block.required;
  return {
    type: "input",
    block_id: block.id,
    label: plain(block.label, SLACK_LIMITS.inputLabel),
    element: element(block),
    optional: !required,
    ...(block.hint ? { hint: plain(block.hint, SLACK_LIMITS.hint) } : {}),
  };
}

function element(block: InputBlock): Json {
  switch (block.type) {
    case "choice": {
      const type = block.options.length <= 5 ? "radio_buttons" : "static_select";
      const initial = block.options.find((o) => o.value === block.value);
      return {
        type,
        action_id: block.id,
        options: block.options.map(option),
        ...(initial ? { initial_option: option(initial) } : {}),
      };
    }
    case "multi-choice": {
      const type =
        block.options.length <= SLACK_LIMITS.checkboxOptions ? "checkboxes" : "multi_static_select";
      const initial = block.options.filter((o) => block.values?.includes(o.value));
      return {
        type,
        action_id: block.id,
        options: block.options.map(option),
        ...(initial.length ? { initial_options: initial.map(option) } : {}),
      };
    }
    case "text-input":
      return {
        type: "plain_text_input",
        action_id: block.id,
        multiline: block.multiline === true,
        max_length: Math.min(block.maxLength, SLACK_LIMITS.textInputMaxLength),
        ...(block.value ? { initial_value: block.value } : {}),
        ...(block.placeholder ? { placeholder: plain(block.placeholder, SLACK_LIMITS.placeholder) } : {}),
      };
    case "number-input":
      return {
        type: "number_input",
        action_id: block.id,
        is_decimal_allowed: false,
        ...(block.value !== undefined ? { initial_value: String(block.value) } : {}),
        ...(block.min !== undefined ? { min_value: String(block.min) } : {}),
        ...(block.max !== undefined ? { max_value: String(block.max) } : {}),
      };
    case "date-input":
      return {
        type: "datepicker",
        action_id: block.id,
        ...(block.value ? { initial_date: block.value } : {}),
      };
    case "toggle": {
      const on = option({ value: TOGGLE_ON, label: block.label });
      return {
        type: "checkboxes",
        action_id: block.id,
        options: [on],
        ...(block.value ? { initial_options: [on] } : {}),
      };
    }
  }
}

function option(o: ChoiceOption): Json {
  return {
    text: plain(o.label, SLACK_LIMITS.optionText),
    value: truncate(o.value, SLACK_LIMITS.optionValue),
  };
}
