// The user's writes that keep every version: self-assessments, PDSA updates, presentation marks, statistics.
import type { AssessmentVersion } from "../../domain/assessment.ts";
import { assessmentGroupKey } from "../../domain/assessment.ts";
import { cycleKey, type PdsaVersion } from "../../domain/pdsa.ts";
import type { PresentationMark, StatisticsVersion, SubmissionOps } from "../port.ts";
import { assessmentRecord, pdsaRecord, presentationRecord, statisticsRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { VersionedTable } from "./versioned-table.ts";

export interface SubmissionTables {
  assessments: VersionedTable<AssessmentVersion>;
  pdsa: VersionedTable<PdsaVersion>;
  presentations: VersionedTable<PresentationMark>;
  statistics: VersionedTable<StatisticsVersion>;
}

/** `onAppend` is told of every new version of any of them, inside its transaction. */
export function submissionTables(ctx: SqliteContext, onAppend?: () => void): SubmissionTables {
  return {
    assessments: new VersionedTable(ctx, "assessments", assessmentRecord, onAppend),
    pdsa: new VersionedTable(ctx, "pdsa_updates", pdsaRecord, onAppend),
    presentations: new VersionedTable(ctx, "presentation_marks", presentationRecord, onAppend),
    statistics: new VersionedTable(ctx, "statistics_reports", statisticsRecord, onAppend),
  };
}

export function submissionOps(tables: SubmissionTables): SubmissionOps {
  const { assessments, pdsa, presentations, statistics } = tables;
  return {
    async submitAssessment(submission) {
      const slot = { ...submission, groupKey: assessmentGroupKey(submission) };
      return assessments.append(slot, (version) => ({ ...submission, version }));
    },
    listAssessments: async (roundId, organisationId) => assessments.list(roundId, organisationId),
    latestAssessments: async (roundId, organisationId) => assessments.latestPerGroup(roundId, organisationId),
    assessmentVersion: async (roundId, organisationId, form, version) =>
      assessments.version(roundId, organisationId, assessmentGroupKey(form), version),
    assessmentByKey: async (idempotencyKey) => assessments.byIdempotencyKey(idempotencyKey),
    async savePdsaUpdate(update) {
      const slot = { ...update, groupKey: cycleKey(update) };
      return pdsa.append(slot, (version) => ({ ...update, version }));
    },
    listPdsa: async (roundId, organisationId) => pdsa.list(roundId, organisationId),
    async markPresentation(mark) {
      const slot = { ...mark, groupKey: mark.meeting, submittedAt: mark.markedAt };
      return presentations.append(slot, () => ({ ...mark }));
    },
    listPresentations: async (roundId) => presentations.latestPerGroup(roundId),
    async saveStatistics(input) {
      return statistics.append({ ...input, groupKey: "" }, (version) => ({ ...input, version }));
    },
    latestStatistics: async (roundId) => statistics.latestPerGroup(roundId),
  };
}
