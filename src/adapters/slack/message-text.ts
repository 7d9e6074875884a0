// Slack message text → the words a user typed: mentions removed, links unwrapped, entities decoded.

const USER_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;
// `<https://example.se|example.se>` or `<https://example.se>` → the URL itself.
const LINK = /<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g;

export function commandText(text: string): string {
  return text
    .replace(USER_MENTION, " ")
    .replace(LINK, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
