// Text objects for Block Kit: escaping for mrkdwn and truncation with "…" to Slack's limits.

/** Cuts text to `max` characters, ending in "…" when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never leave half an escape sequence (`&am…`) behind.
  return `${text.slice(0, max - 1).replace(/&[a-z]*$/, "")}…`;
}

/** Slack's mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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
  const escaped = escapeMrkdwn(text).replace(/\*/g, "∗");
  return escaped.trim() === "" ? "" : `*${escaped}*`;
}
