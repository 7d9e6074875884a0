// The neutral card model: every card and form is defined once in these terms, then rendered
// by render-adaptive.ts (Teams), render-block-kit.ts (Slack) and render-text.ts (fallback).

export interface ChoiceOption {
  value: string;
  label: string;
}

/** Inputs carry their own id; a submitted form comes back as a flat map id → string. */
export type InputBlock =
  | {
      type: "choice";
      id: string;
      label: string;
      options: ChoiceOption[];
      value?: string | undefined;
      required: boolean;
      /** Said when a required input is left empty (Adaptive `errorMessage`); in the user's language. */
      requiredMessage?: string | undefined;
      /** Shown next to the input, e.g. the previous round's score. */
      hint?: string | undefined;
      /** A server-side validation error to show on this field. */
      error?: string | undefined;
    }
  | {
      type: "multi-choice";
      id: string;
      label: string;
      options: ChoiceOption[];
      values?: string[] | undefined;
      required: boolean;
      /** Said when a required input is left empty (Adaptive `errorMessage`); in the user's language. */
      requiredMessage?: string | undefined;
      hint?: string | undefined;
      error?: string | undefined;
    }
  | {
      type: "text-input";
      id: string;
      label: string;
      value?: string | undefined;
      multiline?: boolean | undefined;
      required: boolean;
      /** Said when a required input is left empty (Adaptive `errorMessage`); in the user's language. */
      requiredMessage?: string | undefined;
      maxLength: number;
      placeholder?: string | undefined;
      hint?: string | undefined;
      error?: string | undefined;
    }
  | {
      type: "number-input";
      id: string;
      label: string;
      value?: number | undefined;
      min?: number | undefined;
      max?: number | undefined;
      required: boolean;
      /** Said when a required input is left empty (Adaptive `errorMessage`); in the user's language. */
      requiredMessage?: string | undefined;
      hint?: string | undefined;
      error?: string | undefined;
    }
  | {
      /** A calendar date, submitted as `YYYY-MM-DD` (Adaptive Input.Date, Slack datepicker). */
      type: "date-input";
      id: string;
      label: string;
      value?: string | undefined;
      required: boolean;
      requiredMessage?: string | undefined;
      hint?: string | undefined;
      error?: string | undefined;
    }
  | {
      type: "toggle";
      id: string;
      label: string;
      value?: boolean | undefined;
      hint?: string | undefined;
      error?: string | undefined;
    };

export type CardAction =
  /** Runs a bot command as the pressing user, e.g. `assess` or `published`. */
  | { type: "command"; label: string; command: string; style?: "primary" | undefined }
  | { type: "open-url"; label: string; url: string };

export type Block =
  | { type: "heading"; text: string }
  | { type: "text"; text: string; muted?: boolean | undefined }
  | { type: "facts"; facts: { label: string; value: string }[] }
  /** Step n of m, shown as a bar plus words (never by colour alone). */
  | { type: "progress"; label: string; value: number; max: number }
  | { type: "table"; columns: string[]; rows: string[][] }
  /**
   * Grouped bars: one group per category, one bar per series. Teams draws it natively where it can; every
   * other rendering shows the same numbers as a table (chart-table.ts), and Slack adds an uploaded image.
   */
  | ChartBlock
  | { type: "divider" }
  | InputBlock
  | { type: "actions"; actions: CardAction[] };

export interface CardForm {
  /** Which form this is, e.g. `self-assessment`; comes back with the submission. */
  formId: string;
  submitLabel: string;
  /** The modal's close button (Slack); Slack says "Cancel" when absent. */
  cancelLabel?: string | undefined;
  /** The command and button that open this form where it cannot be shown inline (a Slack message). */
  open?: { label: string; command: string } | undefined;
  /** Values that travel with the submission unchanged (round, organisation, nonce…). */
  hidden: Record<string, string>;
}

export interface Card {
  /** The card kind, e.g. `status`, `self-assessment`. */
  kind: string;
  title: string;
  /** One or two sentences of plain text: notification text and the Slack top-level `text`. */
  summary: string;
  blocks: Block[];
  form?: CardForm | undefined;
}

export interface ChartBlock {
  type: "chart";
  title: string;
  /** The header of the category column in the table form, e.g. "Point". */
  categoryLabel: string;
  categories: string[];
  series: { label: string; values: (number | undefined)[] }[];
  /** The scale's top, so that every bar is drawn against the same axis. */
  max: number;
  /** The scale's lowest level: the axis names no value below it (bars still start at zero). */
  min?: number | undefined;
}
