// The user's writes that keep every version: self-assessments, PDSA updates, presentation marks, statistics.

import { assessmentGroupKey } from "../../domain/assessment.ts";
import { cycleKey } from "../../domain/pdsa.ts";
import type { SubmissionOps } from "../port.ts";
import { assessmentRecord, pdsaRecord, presentationRecord, statisticsRecord } from "../records.ts";
import { COLLECTIONS, type MongoContext } from "./context.ts";
import { VersionedCollection } from "./versioned-collection.ts";

export function submissionOps(ctx: MongoContext): SubmissionOps {
  const assessments = new VersionedCollection(ctx, COLLECTIONS.assessments, assessmentRecord);
  const pdsa = new VersionedCollection(ctx, COLLECTIONS.pdsaUpdates, pdsaRecord);
  const presentations = new VersionedCollection(ctx, COLLECTIONS.presentationMarks, presentationRecord);
  const statistics = new VersionedCollection(ctx, COLLECTIONS.statisticsReports, statisticsRecord);
  return {
    submitAssessment: (submission) =>
      assessments.append({ ...submission, groupKey: assessmentGroupKey(submission) }, (version) => ({
        ...submission,
        version,
      })),
    listAssessments: (roundId, organisationId) => assessments.list(roundId, organisationId),
    latestAssessments: (roundId, organisationId) => assessments.latestPerGroup(roundId, organisationId),
    assessmentVersion: (roundId, organisationId, form, version) =>
      assessments.version(roundId, organisationId, assessmentGroupKey(form), version),
    assessmentByKey: (idempotencyKey) => assessments.byIdempotencyKey(idempotencyKey),
    savePdsaUpdate: (update) =>
      pdsa.append({ ...update, groupKey: cycleKey(update) }, (version) => ({ ...update, version })),
    listPdsa: (roundId, organisationId) => pdsa.list(roundId, organisationId),
    markPresentation: (mark) =>
      presentations.append({ ...mark, groupKey: mark.meeting, submittedAt: mark.markedAt }, () => ({
        ...mark,
      })),
    listPresentations: (roundId) => presentations.latestPerGroup(roundId),
    saveStatistics: (input) =>
      statistics.append({ ...input, groupKey: "" }, (version) => ({ ...input, version })),
    latestStatistics: (roundId) => statistics.latestPerGroup(roundId),
  };
}
