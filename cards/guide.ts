// What the current step asks of this organisation, and what is due when.

import type { Locale } from "../src/domain/round.ts";
import { PARTICIPANT_ROLES } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import { meetingText } from "./meeting-text.ts";
import type { Block, Card } from "./model.ts";
import { stepProgress } from "./status.ts";
import { stepLinkBlocks } from "./step-links.ts";
import { type Catalogue, stepName, strings } from "./strings.ts";
import type { GuideView } from "./view-models.ts";

export function guideCard(view: GuideView, locale: Locale): Card {
  const t = strings(locale);
  const asks = t.guide.asksPerStep[Math.min(8, Math.max(1, view.step)) - 1] ?? [];
  const blocks: Block[] = [
    stepProgress(t, view.step),
    ...(view.concludedAfter
      ? [
          {
            type: "text" as const,
            text: `${t.status.concluded} ${t.status.concludedText(formatDate(view.concludedAfter, locale))}`,
          },
        ]
      : []),
    { type: "heading", text: t.guide.asks },
    { type: "text", text: asks.map((line) => `• ${line}`).join("\n") },
    ...dueBlocks(t, view, locale),
    ...(view.step === 1 ? peopleBlocks(t, view) : []),
    ...stepLinkBlocks(t.guide.material, view.links, t.openLink),
  ];
  return {
    kind: "guide",
    title: t.guide.title(view.organisationName),
    summary: t.guide.summary(view.organisationName, view.step, stepName(t, view.step)),
    blocks,
  };
}

function dueBlocks(t: Catalogue, view: GuideView, locale: Locale): Block[] {
  const facts = view.due.map((item) => ({
    label: t.guide.due[item.kind],
    value: t.guide.dueLine(
      formatDate(item.date, locale),
      item.done
        ? `✓ ${t.done}`
        : item.lateSince
          ? t.status.lateSince(formatDate(item.lateSince, locale))
          : t.notDone,
    ),
  }));
  if (view.nextMeeting)
    facts.unshift({ label: t.guide.nextMeeting, value: meetingText(view.nextMeeting, locale) });
  return facts.length
    ? [
        { type: "heading", text: t.guide.dueHeading },
        { type: "facts", facts },
      ]
    : [];
}

function peopleBlocks(t: Catalogue, view: GuideView): Block[] {
  const people = view.people ?? {};
  const facts = PARTICIPANT_ROLES.map((role) => ({
    label: t.roles[role],
    value: people[role] ?? t.guide.notNamed,
  }));
  const missing = PARTICIPANT_ROLES.filter((role) => !people[role]).length;
  return [
    { type: "heading", text: t.guide.peopleHeading },
    { type: "facts", facts },
    { type: "text", text: missing === 0 ? `✓ ${t.guide.allNamed}` : `⚠ ${t.guide.someMissing(missing)}` },
  ];
}
