// Completes an organisation's items for a meeting through the store, the way the engine records them.

import type { AssessmentRoundId } from "../../src/domain/assessment.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { MeetingId } from "../../src/domain/round.ts";
import type { Store } from "../../src/store/port.ts";

export type Item = "description" | "presentation" | "assessment" | "pdsa" | "statistics";

const ASSESSMENT_BEFORE: Partial<Record<MeetingId, AssessmentRoundId>> = {
  "benchmarking-1": "baseline",
  "benchmarking-2": "before-benchmarking-2",
  "benchmarking-3": "before-benchmarking-3",
  "results-conference": "before-results-conference",
};

export interface Completion {
  at: string;
  roundId: string;
  organisationId: string;
  meeting: MeetingId;
  items: Item[];
}

export async function complete(store: Store, checklist: Checklist, c: Completion): Promise<void> {
  const who = `key@${c.organisationId}.example`;
  const id = `${c.organisationId}-${c.meeting}`;
  const marked = c.items.includes("presentation") || c.items.includes("description");
  if (marked && c.meeting !== "results-conference") {
    await store.markPresentation({
      roundId: c.roundId,
      organisationId: c.organisationId,
      meeting: c.meeting,
      link: `https://share.example/${id}`,
      markedBy: who,
      markedAt: c.at,
      idempotencyKey: `presentation-${id}`,
    });
  }
  const assessmentRound = ASSESSMENT_BEFORE[c.meeting];
  if (c.items.includes("assessment") && assessmentRound) {
    await store.submitAssessment({
      roundId: c.roundId,
      organisationId: c.organisationId,
      assessmentRound,
      answers: Object.fromEntries(checklist.points.map((p) => [p.id, { score: checklist.scale.min + 1 }])),
      submittedBy: who,
      submittedAt: c.at,
      idempotencyKey: `assessment-${id}`,
    });
  }
  if (c.items.includes("pdsa")) {
    await store.savePdsaUpdate({
      roundId: c.roundId,
      organisationId: c.organisationId,
      area: "Föreningsbidrag",
      points: [checklist.points[0]?.id ?? "1"],
      cycle: 1,
      phase: "do",
      submittedBy: who,
      submittedAt: c.at,
      idempotencyKey: `pdsa-${id}`,
    });
  }
  if (c.items.includes("statistics")) {
    await store.saveStatistics({
      roundId: c.roundId,
      organisationId: c.organisationId,
      reported: 40,
      bySex: 30,
      routines: { budget: true, followUp: false, decisions: false },
      submittedBy: who,
      submittedAt: c.at,
      idempotencyKey: `statistics-${id}`,
    });
  }
}
