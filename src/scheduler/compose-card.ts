// Renders a due message as a neutral card in its reader's language, or says there is nothing to nag about.
import { clusterSummaryNoticeCard } from "../../cards/cluster-summary-notice.ts";
import { hostInvitationCard } from "../../cards/host-invitation.ts";
import { lateNoticeCard } from "../../cards/late-notice.ts";
import type { Card } from "../../cards/model.ts";
import { reminderCard } from "../../cards/reminder.ts";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import type { Checklist } from "../domain/checklist.ts";
import { MEETING_STEP } from "../domain/due-before.ts";
import { addDays, localDate } from "../domain/local-date.ts";
import { presentationDeadline } from "../domain/meetings.ts";
import type { DeadlineReminderKind } from "../domain/reminder-plan.ts";
import {
  type Cluster,
  clusterMembers,
  type Locale,
  type Organisation,
  roundChecklists,
  stepLinks,
} from "../domain/round.ts";
import type { RoundState } from "../engine/round-state.ts";
import { anyMissing, missingItems } from "./missing-items.ts";
import type { ScheduledMessage } from "./scheduled-message.ts";

export interface ComposeContext {
  state: RoundState;
  checklists: ReadonlyMap<string, Checklist>;
  /** The round's organisations by id: a national round has hundreds. */
  organisations: ReadonlyMap<string, Organisation>;
}

export type Composed = { card: Card } | { nothingMissing: true };

/** The local day the message was planned for (it may have moved off a holiday). */
function sentOn(ctx: ComposeContext, message: ScheduledMessage): string {
  return localDate(new Date(message.at), ctx.state.round.timeZone);
}

/** An organisation's channel speaks its own language, else the round's. */
function localeOf(ctx: ComposeContext, organisationId: string): Locale {
  return ctx.organisations.get(organisationId)?.language ?? ctx.state.round.language;
}

function nameOf(ctx: ComposeContext, organisationId: string): string {
  return ctx.organisations.get(organisationId)?.name ?? organisationId;
}

function meetingRef(ctx: ComposeContext, message: ScheduledMessage, cluster: Cluster) {
  const host = cluster.meetings.find((m) => m.id === message.meeting)?.host;
  return { meeting: message.meeting, date: message.meetingDate, host: host && nameOf(ctx, host) };
}

function reminder(
  message: ScheduledMessage,
  kind: DeadlineReminderKind,
  cluster: Cluster,
  ctx: ComposeContext,
) {
  const missing = missingItems(ctx.state, cluster, message.organisationId, message.meeting);
  if (!anyMissing(missing)) return { nothingMissing: true } as const;
  const view = {
    organisationName: nameOf(ctx, message.organisationId),
    kind,
    meeting: meetingRef(ctx, message, cluster),
    presentationDeadline: message.deadline,
    sentOn: sentOn(ctx, message),
    missing,
    missingForms: missing.assessment
      ? missingFormTitles(ctx, message, localeOf(ctx, message.organisationId))
      : undefined,
    links: stepLinks(ctx.state.round, MEETING_STEP[message.meeting]),
  };
  return { card: reminderCard(view, localeOf(ctx, message.organisationId)) };
}

function invitation(message: ScheduledMessage, cluster: Cluster, ctx: ComposeContext): Composed {
  const round = ctx.state.round;
  const locale = message.toProjectManagers ? round.language : localeOf(ctx, message.organisationId);
  const view = {
    hostName: nameOf(ctx, message.organisationId),
    meeting: meetingRef(ctx, message, cluster),
    // The invitation is due two weeks before the meeting; the presentations one week before.
    presentationDeadline: message.presentationDeadline ?? presentationDeadline(message.meetingDate),
    participants: clusterMembers(cluster).map((id) => nameOf(ctx, id)),
    checklistTitle: checklistTitles(ctx, locale),
    copy: message.toProjectManagers,
  };
  return { card: hostInvitationCard(view, locale) };
}

/** The round's checklist forms by title, for the invitation's agenda: "A" or "A och B". */
function checklistTitles(ctx: ComposeContext, locale: Locale): string | undefined {
  const titles = roundChecklists(ctx.state.round).flatMap(
    (id) => ctx.checklists.get(id)?.title[locale] ?? [],
  );
  if (titles.length < 2) return titles[0];
  return `${titles.slice(0, -1).join(", ")} ${schedulerStrings(locale).hostInvitation.and} ${titles.at(-1)}`;
}

function clusterSummary(message: ScheduledMessage, cluster: Cluster, ctx: ComposeContext): Composed {
  const rows = clusterMembers(cluster).map((id) => ({
    organisationName: nameOf(ctx, id),
    missing: missingItems(ctx.state, cluster, id, message.meeting),
  }));
  if (!rows.some((row) => anyMissing(row.missing))) return { nothingMissing: true };
  const view = {
    clusterName: cluster.name,
    meeting: meetingRef(ctx, message, cluster),
    presentationDeadline: message.deadline,
    sentOn: sentOn(ctx, message),
    rows,
  };
  return { card: clusterSummaryNoticeCard(view, localeOf(ctx, message.organisationId)) };
}

function lateNotice(message: ScheduledMessage, cluster: Cluster, ctx: ComposeContext): Composed {
  const rows = clusterMembers(cluster).flatMap((id) => {
    const missing = missingItems(ctx.state, cluster, id, message.meeting);
    return anyMissing(missing) ? [{ organisationName: nameOf(ctx, id), missing }] : [];
  });
  if (rows.length === 0) return { nothingMissing: true };
  const copy = message.toProjectManagers;
  const view = {
    clusterName: cluster.name,
    meeting: meetingRef(ctx, message, cluster),
    deadline: message.deadline,
    lateSince: addDays(message.deadline, 1),
    rows,
    copy,
  };
  const locale = copy ? ctx.state.round.language : localeOf(ctx, message.organisationId);
  return { card: lateNoticeCard(view, locale) };
}

export function composeCard(message: ScheduledMessage, ctx: ComposeContext): Composed | undefined {
  const cluster = ctx.state.round.clusters.find((c) => c.id === message.clusterId);
  if (!cluster) return undefined;
  switch (message.kind) {
    case "host-invitation":
    case "host-invitation-copy":
      return invitation(message, cluster, ctx);
    case "cluster-summary":
      return clusterSummary(message, cluster, ctx);
    case "late-notice":
    case "late-notice-copy":
      return lateNotice(message, cluster, ctx);
    default:
      return reminder(message, message.kind, cluster, ctx);
  }
}

/** With several checklist forms, the ones whose self-assessment for this meeting is not in yet. */
function missingFormTitles(
  ctx: ComposeContext,
  message: ScheduledMessage,
  locale: Locale,
): string[] | undefined {
  const ids = roundChecklists(ctx.state.round);
  if (ids.length < 2) return undefined;
  const round = ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === message.meeting);
  if (!round) return undefined;
  return ids.flatMap((id, i) => {
    const byOrganisation = i === 0 ? ctx.state.assessments : ctx.state.forms.get(id);
    const done = byOrganisation?.get(message.organisationId)?.has(round) ?? false;
    return done ? [] : [ctx.checklists.get(id)?.title[locale] ?? id];
  });
}
