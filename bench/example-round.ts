// Who and where the platform benchmarks act in the example round (examples/round-2027.yaml): the names the
// fakes resolve users to, and the forms and answers a real submission carries.

import type { Card } from "../cards/model.ts";
import { selfAssessmentForm } from "../cards/self-assessment.ts";
import { EXAMPLE_ROUND } from "../src/app.ts";
import type { AssessmentRoundId } from "../src/domain/assessment.ts";
import { openAssessmentRound } from "../src/domain/calendar.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import type { Locale, Round } from "../src/domain/round.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../src/round-file/checklist-files.ts";
import { loadRoundFile } from "../src/round-file/load-round-file.ts";

/** Slack: Karlstad submits; Örnsköldsvik's mentor asks for status (both on Slack in the example round). */
export const SLACK_SUBMITTER = {
  userId: "U07NADIA01",
  email: "nadia.karimi@karlstad.example",
  organisationId: "karlstad",
  workspace: "T06HX9RM4PB",
  channel: "C07B3ZP5W1M",
  locale: "en" as Locale,
};
export const SLACK_MENTOR = {
  userId: "U06HELENA1",
  email: "helena.bystrom@ornskoldsvik.example",
  clusterId: "ornskoldsvik",
  workspace: "T05QF3L7K2A",
  channel: "C06J8N2KQ4T",
};
/** Teams: Karlskrona's key person, in Karlskrona's own tenant. */
export const TEAMS_SUBMITTER = {
  id: "29:1LarsNystromTeamsId",
  aadObjectId: "5d0e7c1a-3b2f-4e8d-9a61-0c4b2f7e9d13",
  name: "Lars Nyström",
  email: "lars.nystrom@karlskrona.example",
  organisationId: "karlskrona",
  tenant: "5930cf28-dc60-472b-80f0-54b59154566e",
  channel: "19:09fc5abb686144d68437fba88e774d57@thread.tacv2",
  locale: "sv" as Locale,
};

export interface ExampleRound {
  round: Round;
  checklist: Checklist;
  /** The assessment round open now for the organisation's cluster. */
  openRound(organisationId: string): AssessmentRoundId;
}

export async function loadExampleRound(): Promise<ExampleRound> {
  const loaded = await loadRoundFile(EXAMPLE_ROUND, { checklistDirs: [BUNDLED_CHECKLIST_DIR] });
  if (!loaded.ok) throw new Error(`${EXAMPLE_ROUND} does not load`);
  const { round } = loaded;
  const checklist = (await loadChecklists([BUNDLED_CHECKLIST_DIR])).checklists.get(round.checklist);
  if (!checklist) throw new Error(`checklist ${round.checklist} is not bundled`);
  return {
    round,
    checklist,
    openRound(organisationId) {
      const cluster = round.clusters.find((c) => [c.mentor, ...c.organisations].includes(organisationId));
      // The bot uses the real clock, so the bench needs today to fall inside an assessment round.
      const open = cluster && openAssessmentRound(round, cluster, new Date());
      if (!open) throw new Error(`no assessment round of ${round.id} is open today for ${organisationId}`);
      return open;
    },
  };
}

/** A full self-assessment: every point scored, half of them with a comment. Varies with `i`. */
export function fullAnswers(checklist: Checklist, i: number): { scores: string[]; comments: string[] } {
  const { min, max } = checklist.scale;
  const scores = checklist.points.map((_, p) => String(min + ((i + p) % (max - min + 1))));
  const comments = checklist.points.map((_, p) =>
    p % 2 === 0 ? `Beslut och uppföljning ${2027 + (p % 3)}: arbetet pågår i förvaltningen (${i}).` : "",
  );
  return { scores, comments };
}

export function assessmentForm(
  example: ExampleRound,
  organisationId: string,
  locale: Locale,
  nonce: string,
): Card {
  const organisation = example.round.organisations.find((o) => o.id === organisationId);
  return selfAssessmentForm(
    {
      roundId: example.round.id,
      organisationId,
      organisationName: organisation?.name ?? organisationId,
      checklist: example.checklist,
      assessmentRound: example.openRound(organisationId),
      nonce,
    },
    locale,
  );
}
