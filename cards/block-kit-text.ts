// Text objects for Block Kit: escaping for mrkdwn and truncation with "…" to Slack's limits.

/** Cuts text to `max` characters, ending in "…" when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never leave half an escape sequence (`&am…`) behind.
  return `${text.slice(0, max - 1).replace(/&[a-z]*$/, "")}…`;
}

const CONTROL = /[&<>]/;
const CONTROLS = /[&<>]/g;
const ESCAPED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Slack's mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(text: string): string {
  // Most text has none: one test instead of three replacements (a card escapes dozens of strings).
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => ESCAPED[c] ?? c);
}

export function plain(text: string, max: number): { type: "plain_text"; text: string; emoji: boolean } {
  return { type: "plain_text", text: truncate(text, max), emoji: true };
}

/** A mrkdwn text object from text that is already escaped (see `escapeMrkdwn`, `bold`). */
export function mrkdwn(escaped: string, max: number): { type: "mrkdwn"; text: string } {
  return { type: "mrkdwn", text: truncate(escaped, max) };
}

/** Plain text → escaped bold mrkdwn. */
export function bold(text: string): string {
  const escaped = escapeMrkdwn(text).replaceAll("*", "∗");
  return escaped.trim() === "" ? "" : `*${escaped}*`;
}
