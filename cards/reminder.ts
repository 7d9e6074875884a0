// A presentation-deadline reminder: which meeting, by when, what is still missing, buttons to act.
import type { Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Block, Card, CardAction } from "./model.ts";
import { stepLinkBlocks } from "./step-links.ts";
import { strings } from "./strings.ts";
import type { ReminderView } from "./view-models.ts";

export function reminderCard(view: ReminderView, locale: Locale): Card {
  const t = strings(locale).reminder;
  const meeting = strings(locale).meetingInSentence[view.meeting.meeting];
  const deadline = formatDate(view.presentationDeadline, locale);
  const missing: string[] = [];
  const actions: CardAction[] = [];
  if (view.missing.description) {
    missing.push(t.description);
    actions.push({ type: "command", label: t.descriptionButton, command: "description", style: "primary" });
  }
  if (view.missing.presentation) {
    missing.push(t.presentation);
    actions.push({ type: "command", label: t.publishedButton, command: "published", style: "primary" });
  }
  if (view.missing.assessment) {
    missing.push(
      view.missingForms?.length ? `${t.assessment}: ${view.missingForms.join(", ")}` : t.assessment,
    );
    actions.push({ type: "command", label: t.assessButton, command: "assess" });
  }
  if (view.missing.pdsa) {
    missing.push(t.pdsa);
    actions.push({ type: "command", label: t.pdsaButton, command: "pdsa" });
  }
  if (view.missing.statistics) {
    missing.push(t.statistics);
    actions.push({ type: "command", label: t.statisticsButton, command: "stats" });
  }
  // The start-up and the results conference ask for no presentation: their reminders name the day only.
  const dueLine = view.missing.presentation ? t.deadlineLine(deadline) : t.dueLine(deadline);
  const blocks: Block[] = [
    {
      type: "text",
      text: `${t.meetingLine(meeting, formatDate(view.meeting.date, locale))} ${dueLine}`,
    },
    missing.length
      ? { type: "text", text: `${t.stillMissing}\n${missing.map((m) => `• ${m}`).join("\n")}` }
      : { type: "text", text: `✓ ${t.allDone}` },
  ];
  if (actions.length) blocks.push({ type: "actions", actions });
  blocks.push(...stepLinkBlocks(t.material, view.links, strings(locale).openLink));
  return {
    kind: "reminder",
    title: reminderTitle(view, locale),
    summary: (view.missing.presentation ? t.summary : t.summaryDue)(view.organisationName, meeting, deadline),
    blocks,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A reminder moved off a holiday or weekend says when the deadline is, not "today" or "a week". */
function reminderTitle(view: ReminderView, locale: Locale): string {
  const t = strings(locale).reminder;
  const left = view.sentOn === undefined ? undefined : daysBetween(view.sentOn, view.presentationDeadline);
  if (view.kind === "deadline-today" && left !== undefined && left > 0) {
    return t.deadlineOn(formatDate(view.presentationDeadline, locale));
  }
  if (view.kind === "deadline-in-7-days" && left !== undefined && left !== 7) return t.daysLeft(left);
  return t.titles[view.kind];
}
