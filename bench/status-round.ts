// A programme round of any size for the status benchmark: clusters of a mentor and three benchmarking
// organisations, every organisation with its own Slack channel, and a year of work in the store.
import { ASSESSMENT_ROUNDS } from "../src/domain/assessment.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import type { Cluster, Organisation, Round } from "../src/domain/round.ts";
import type { Store } from "../src/store/port.ts";

export const WORKSPACE = "T0BENCH001";
export const PROJECT_MANAGER = "pm@skr.example";
export const PM_CHANNEL = "C0BENCHPM1";
/** Before the results conference: all four assessment rounds are behind every organisation. */
export const STATUS_NOW = new Date("2027-11-25T09:00:00+01:00");

export const keyPerson = (organisationId: string) => `key@${organisationId}.example`;
/** A Slack channel id as a round file accepts it (C and at least six capitals or digits; Z for a dash). */
export const channelOf = (organisationId: string) =>
  `C${organisationId.toUpperCase().replace(/[^A-Z0-9]/g, "Z")}`;

function organisation(id: string): Organisation {
  return {
    id,
    name: `${id} kommun`,
    kind: "municipality",
    people: [
      { name: `Nyckel ${id}`, email: keyPerson(id), role: "key-person" },
      { name: `Politiker ${id}`, email: `politiker@${id}.example`, role: "elected-official" },
      { name: `Tjänsteperson ${id}`, email: `tjansteperson@${id}.example`, role: "administrator" },
    ],
    home: { platform: "slack", workspace: WORKSPACE, channel: channelOf(id) },
  };
}

/** A mentor and `benchmarking` (2 or 3) benchmarking organisations. */
function cluster(n: number, benchmarking: number): Cluster {
  const mentor = `mentor-${n}`;
  const organisations = ["a", "b", "c"].slice(0, benchmarking).map((x) => `org-${n}-${x}`);
  return {
    id: `cluster-${n}`,
    name: `Kluster ${n}`,
    mentor,
    organisations,
    meetings: [
      { id: "benchmarking-1", date: "2027-04-06", host: mentor },
      { id: "benchmarking-2", date: "2027-06-08", host: organisations[0] ?? mentor },
      { id: "benchmarking-3", date: "2027-10-12", host: organisations[1] ?? mentor },
    ],
  };
}

export function statusRound(id: string, clusters: number, checklist: string, benchmarking = 3): Round {
  const all = Array.from({ length: clusters }, (_, n) => cluster(n, benchmarking));
  return {
    id,
    name: `Bench ${clusters} kluster`,
    language: "sv",
    timeZone: "Europe/Stockholm",
    checklist,
    startUp: "2027-02-02",
    resultsConference: "2027-12-09",
    projectManagers: [{ name: "Projektledare", email: PROJECT_MANAGER }],
    projectManagerHome: { platform: "slack", workspace: WORKSPACE, channel: PM_CHANNEL },
    organisations: all.flatMap((c) => [c.mentor, ...c.organisations]).map(organisation),
    clusters: all,
    showNamesInResults: false,
  };
}

/** Every organisation (mentors too): four assessment rounds of two versions each, PDSA, presentations. */
export async function fillRound(store: Store, round: Round, checklist: Checklist): Promise<number> {
  await store.saveRound(round);
  let versions = 0;
  for (const [o, organisation] of round.organisations.entries())
    versions += await fillOrganisation(store, round, checklist, o, organisation);
  return versions;
}

/**
 * fillRound's work for a round already in the store (imported from its file), `concurrency`
 * organisations at a time: the store's group commit shares the commits, as it does for a busy bot.
 */
export async function fillImportedRound(
  store: Store,
  round: Round,
  checklist: Checklist,
  concurrency: number,
): Promise<number> {
  let next = 0;
  let versions = 0;
  const worker = async () => {
    while (next < round.organisations.length) {
      const o = next++;
      const organisation = round.organisations[o];
      if (!organisation) continue;
      const written = await fillOrganisation(store, round, checklist, o, organisation);
      versions += written;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return versions;
}

async function fillOrganisation(
  store: Store,
  round: Round,
  checklist: Checklist,
  o: number,
  organisation: Organisation,
): Promise<number> {
  let versions = 0;
  const by = keyPerson(organisation.id);
  for (const [r, assessmentRound] of ASSESSMENT_ROUNDS.entries()) {
    for (let v = 0; v < 2; v++) {
      const answers = Object.fromEntries(
        checklist.points.map((p, k) => [p.id, { score: 1 + ((o + r + k + v) % checklist.scale.max) }]),
      );
      const submittedAt = new Date(Date.UTC(2027, 2 + 2 * r, 1 + v)).toISOString();
      await store.submitAssessment({
        roundId: round.id,
        organisationId: organisation.id,
        assessmentRound,
        answers,
        submittedBy: by,
        submittedAt,
        idempotencyKey: `bench-status:${organisation.id}:${assessmentRound}:${v}`,
      });
      versions++;
    }
  }
  for (const [k, phase] of (["plan", "do", "study", "act"] as const).entries()) {
    await store.savePdsaUpdate({
      roundId: round.id,
      organisationId: organisation.id,
      area: "Föreningsbidrag",
      points: [checklist.points[5]?.id ?? "p6"],
      cycle: 1,
      phase,
      aim: "Jämställd fördelning av bidrag",
      submittedBy: by,
      submittedAt: new Date(Date.UTC(2027, 4, 1 + k)).toISOString(),
      idempotencyKey: `bench-status:${organisation.id}:pdsa:${phase}`,
    });
  }
  for (const meeting of ["benchmarking-1", "benchmarking-2", "benchmarking-3"] as const) {
    await store.markPresentation({
      roundId: round.id,
      organisationId: organisation.id,
      meeting,
      link: `https://example.org/${organisation.id}/${meeting}.pdf`,
      markedBy: by,
      markedAt: "2027-03-01T09:00:00.000Z",
      idempotencyKey: `bench-status:${organisation.id}:${meeting}`,
    });
  }
  return versions;
}
