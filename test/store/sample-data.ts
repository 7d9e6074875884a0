// Small, realistic documents for the store tests: a round with one cluster, and user writes.
import type { AssessmentRoundId, AssessmentSubmission } from "../../src/domain/assessment.ts";
import type { PdsaUpdate } from "../../src/domain/pdsa.ts";
import type { Round } from "../../src/domain/round.ts";
import type { OutboxClaim, PresentationMarkInput, StatisticsInput } from "../../src/store/port.ts";

export function sampleRound(id = "round-2027"): Round {
  const people = (org: string) => [
    { name: `Politiker ${org}`, email: `politiker@${org}.se`, role: "elected-official" as const },
    { name: `Tjänsteperson ${org}`, email: `tjansteperson@${org}.se`, role: "administrator" as const },
    { name: `Nyckelperson ${org}`, email: `nyckel@${org}.se`, role: "key-person" as const },
  ];
  return {
    id,
    name: "Modellkommuner 2027",
    language: "sv",
    timeZone: "Europe/Stockholm",
    checklist: "skr-2021-10",
    startUp: "2027-02-02",
    resultsConference: "2028-01-25",
    projectManagers: [{ name: "Projektledare", email: "pl@skr.se" }],
    organisations: [
      { id: "kalmar", name: "Kalmar", kind: "municipality", people: people("kalmar") },
      {
        id: "grums",
        name: "Grums",
        kind: "municipality",
        people: people("grums"),
        home: { platform: "slack", workspace: "T0001", channel: "C0001" },
      },
      {
        id: "region-x",
        name: "Region X",
        kind: "region",
        people: people("regionx"),
        home: { platform: "teams", workspace: "tenant-1", channel: "19:abc@thread.tacv2" },
        language: "en",
      },
    ],
    clusters: [
      {
        id: "kalmar-cluster",
        name: "Kalmarklustret",
        mentor: "kalmar",
        organisations: ["grums", "region-x"],
        meetings: [
          { id: "benchmarking-1", date: "2027-03-16", host: "kalmar" },
          { id: "benchmarking-2", date: "2027-06-08", host: "grums" },
          { id: "benchmarking-3", date: "2027-10-05", host: "region-x" },
        ],
      },
    ],
    showNamesInResults: false,
  };
}

export function submission(
  key: string,
  overrides: Partial<AssessmentSubmission> & { assessmentRound?: AssessmentRoundId } = {},
): AssessmentSubmission {
  return {
    roundId: "round-2027",
    organisationId: "grums",
    assessmentRound: "baseline",
    answers: {
      p1: { score: 2, comment: "Beslut finns men följs inte upp" },
      p2: { score: 1 },
      p3: { score: 3 },
    },
    submittedBy: "nyckel@grums.se",
    submittedAt: "2027-03-01T09:00:00.000Z",
    idempotencyKey: key,
    ...overrides,
  };
}

export function pdsaUpdate(key: string, overrides: Partial<PdsaUpdate> = {}): PdsaUpdate {
  return {
    roundId: "round-2027",
    organisationId: "grums",
    area: "Föreningsbidrag",
    points: ["p6", "p8"],
    cycle: 1,
    phase: "plan",
    aim: "Jämställd fördelning av bidrag",
    prediction: "Andelen till flickors aktiviteter ökar",
    submittedBy: "nyckel@grums.se",
    submittedAt: "2027-04-01T09:00:00.000Z",
    idempotencyKey: key,
    ...overrides,
  };
}

export function presentationMark(
  key: string,
  overrides: Partial<PresentationMarkInput> = {},
): PresentationMarkInput {
  return {
    roundId: "round-2027",
    organisationId: "grums",
    meeting: "benchmarking-1",
    link: "https://example.org/grums-1.pdf",
    markedBy: "nyckel@grums.se",
    markedAt: "2027-03-05T10:00:00.000Z",
    idempotencyKey: key,
    ...overrides,
  };
}

export function statistics(key: string, overrides: Partial<StatisticsInput> = {}): StatisticsInput {
  return {
    roundId: "round-2027",
    organisationId: "grums",
    reported: 40,
    bySex: 31,
    routines: { budget: true, followUp: false, decisions: true },
    submittedBy: "nyckel@grums.se",
    submittedAt: "2027-09-20T09:00:00.000Z",
    idempotencyKey: key,
    ...overrides,
  };
}

export function outboxClaim(key: string, overrides: Partial<OutboxClaim> = {}): OutboxClaim {
  return {
    key,
    roundId: "round-2027",
    organisationId: "grums",
    meeting: "benchmarking-1",
    kind: "week-before",
    claimedBy: "instance-a",
    claimedAt: "2027-02-23T08:00:00.000Z",
    ...overrides,
  };
}
