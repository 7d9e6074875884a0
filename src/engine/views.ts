// From the engine's figures to the cards' view models.
import type { StatusRow, StatusUpdateLine, StatusView } from "../../cards/view-models.ts";
import type { Checklist } from "../domain/checklist.ts";
import { findOrganisation, type Round } from "../domain/round.ts";
import type { ClusterSummary, OrganisationProgress } from "./cluster-summary.ts";
import { lastUpdate } from "./last-update.ts";
import type { RoundState } from "./round-state.ts";

function assessmentState(progress: OrganisationProgress): StatusRow["assessment"] {
  // Once the round has concluded, the column shows whether the final self-assessment came in.
  if (progress.finalDone !== undefined && progress.openRound === undefined)
    return progress.finalDone ? "done" : "missing";
  if (progress.openRound === undefined) return "not-open";
  return progress.openRoundDone ? "done" : "missing";
}

export function statusRow(progress: OrganisationProgress, checklist: Checklist): StatusRow {
  const max = checklist.points.length * checklist.scale.max;
  return {
    organisationName: progress.organisationName,
    isMentor: progress.isMentor,
    assessment: assessmentState(progress),
    assessmentLate: progress.openRoundLate,
    presentationLate: progress.presentationLate,
    late: progress.late.length ? progress.late : undefined,
    total: progress.latest && { value: progress.latest.total, max, shift: progress.latest.shift },
    pdsaPhase: progress.pdsaPhase,
    pdsaStalledSince: progress.pdsaStalledSince,
    presentationPublished: progress.presentationPublished,
    ready: progress.ready,
  };
}

/** What `status` adds per organisation: its presentation links and its last update. */
export function statusUpdates(state: RoundState, summary: ClusterSummary): StatusUpdateLine[] {
  return summary.organisations.map((o) => ({
    organisationName: o.organisationName,
    presentations: (state.presentations.get(o.organisationId) ?? []).map((m) => ({
      meeting: m.meeting,
      link: m.link,
    })),
    lastUpdate: lastUpdate(state, o.organisationId),
  }));
}

export function statusView(summary: ClusterSummary, checklist: Checklist, round: Round): StatusView {
  const host = summary.next?.host && findOrganisation(round, summary.next.host)?.name;
  return {
    clusterName: summary.cluster.name,
    step: summary.step,
    nextMeeting: summary.next && { meeting: summary.next.id, date: summary.next.date, host },
    presentationDeadline: summary.next?.presentationDeadline,
    rows: summary.organisations.map((o) => statusRow(o, checklist)),
    concludedAfter: summary.concluded ? round.resultsConference : undefined,
  };
}
