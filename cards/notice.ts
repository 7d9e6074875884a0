// A one-line answer or refusal: a title and a sentence, already in the user's language.
import type { Card } from "./model.ts";
import type { NoticeView } from "./view-models.ts";

export function noticeCard(view: NoticeView): Card {
  return {
    kind: "notice",
    title: view.title,
    summary: view.text,
    blocks: [{ type: "text", text: view.text }],
  };
}
