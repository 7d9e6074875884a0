// Small constructors for the replies every handler gives.
import { noticeCard } from "../../cards/notice.ts";
import type { Reply } from "./events.ts";

export function privateNotice(title: string, text: string): Reply {
  return { type: "private", card: noticeCard({ title, text }) };
}

export function publicNotice(title: string, text: string): Reply {
  return { type: "message", card: noticeCard({ title, text }) };
}

export function refusedForm(title: string, text: string): Reply {
  return { type: "form-refused", card: noticeCard({ title, text }) };
}
