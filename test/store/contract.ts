// The store contract: what the engine relies on, run against every Store implementation.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { homeName, personName, workspaceName } from "../../src/domain/round-names.ts";
import type { SlackInstallation, Store } from "../../src/store/port.ts";
import { EMULATOR_GAPS, type ServerFeature } from "../mongo/mongo-under-test.ts";
import {
  outboxClaim,
  pdsaUpdate,
  presentationMark,
  sampleRound,
  statistics,
  submission,
} from "./sample-data.ts";

let lacking: ReadonlySet<ServerFeature> = new Set();

/**
 * `it` for a test that needs a server feature: its name says which, and it is skipped only where the
 * server lacks it (the emulator), never on a real MongoDB or on the embedded store.
 */
const needs =
  (feature: ServerFeature) =>
  (name: string, test: () => Promise<void>): void => {
    const named = `${name} [needs ${EMULATOR_GAPS[feature]}]`;
    // Skipped only on the emulator, which lacks the feature (test/mongo/emulator-gaps.test.ts proves it).
    if (lacking.has(feature)) it.skip(`${named}: skipped, the emulator lacks it`, test);
    else it(named, test);
  };
const itGroups = needs("groupByObjectId");

/** Cluster c1 of round-2027 set to step 3 by a project manager. */
const STEP_OVERRIDE = {
  roundId: "round-2027",
  clusterId: "c1",
  step: 3,
  setBy: "pl@skr.se",
  setAt: "2027-04-01",
};

export interface ContractOptions {
  /** Server features this implementation's server lacks (the emulator's gaps): tests needing them skip. */
  lacks?: ReadonlySet<ServerFeature> | undefined;
}

export function runStoreContract(name: string, open: () => Promise<Store>, options: ContractOptions = {}) {
  describe(`store contract: ${name}`, () => {
    // Set as this suite is collected (vitest collects one suite's tests before the next suite's).
    lacking = options.lacks ?? new Set();
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const s = () => store;

    roundContract(s);
    bindingContract(s);
    assessmentContract(s);
    pdsaContract(s);
    presentationAndStatisticsContract(s);
    outboxContract(s);
    eventAndTickContract(s);
    accountAndAuditContract(s);
    eraseContract(s);
    languageContract(s);
    dashboardRevocationContract(s);
    slackInstallationContract(s);
  });
}

function roundContract(store: () => Store): void {
  /** The port promises no order: sorted here by round, then organisation. */
  const naming = async (key: string) =>
    (await store().roundsNaming(key)).sort((a, b) =>
      `${a.roundId}/${a.organisationId ?? ""}`.localeCompare(`${b.roundId}/${b.organisationId ?? ""}`),
    );
  describe("rounds", () => {
    it("stores a round and reads it back exactly, without store fields", async () => {
      expect(await store().saveRound(sampleRound())).toEqual({ changed: true });
      const read = await store().getRound("round-2027");
      expect(read).toStrictEqual(sampleRound());
      expect(Object.keys(read ?? {})).not.toContain("_id");
    });

    it("reports an identical round as unchanged, whatever its key order", async () => {
      await store().saveRound(sampleRound());
      const reordered = Object.fromEntries(Object.entries(sampleRound()).reverse()) as ReturnType<
        typeof sampleRound
      >;
      expect(await store().saveRound(reordered)).toEqual({ changed: false });
    });

    it("updates a changed date without touching assessments or PDSA history", async () => {
      await store().saveRound(sampleRound());
      await store().submitAssessment(submission("a1"));
      await store().savePdsaUpdate(pdsaUpdate("p1"));
      const moved = { ...sampleRound(), resultsConference: "2028-02-01" };
      expect(await store().saveRound(moved)).toEqual({ changed: true });
      expect((await store().getRound("round-2027"))?.resultsConference).toBe("2028-02-01");
      expect(await store().listAssessments("round-2027")).toHaveLength(1);
      expect(await store().listPdsa("round-2027")).toHaveLength(1);
    });

    it("stores one of two different rounds saved at once, telling neither that nothing changed", async () => {
      // Two instances importing different files for a new round at the same moment, ten times over.
      const ids = Array.from({ length: 10 }, (_, i) => `race-${i}`);
      const early = (id: string) => ({ ...sampleRound(id), resultsConference: "2027-11-30" });
      const late = (id: string) => ({ ...sampleRound(id), resultsConference: "2027-12-14" });
      const results = await Promise.all(
        ids.flatMap((id) => [store().saveRound(early(id)), store().saveRound(late(id))]),
      );
      expect(results.filter((r) => !r.changed)).toEqual([]);
      for (const id of ids) {
        const stored = await store().getRound(id);
        expect([early(id), late(id)]).toContainEqual(stored);
        if (stored) expect(await store().saveRound(stored)).toEqual({ changed: false });
      }
    });

    it("finds where the rounds name a person, a workspace and a home channel, from the latest save", async () => {
      await store().saveRound(sampleRound("round-b"));
      await store().saveRound(sampleRound("round-a"));
      expect(await naming(personName("nyckel@grums.se"))).toEqual([
        { roundId: "round-a", organisationId: "grums" },
        { roundId: "round-b", organisationId: "grums" },
      ]);
      // A project manager belongs to no organisation.
      expect(await naming(personName("pl@skr.se"))).toEqual([{ roundId: "round-a" }, { roundId: "round-b" }]);
      // Workspace ids in any letter case; a channel exactly as the platform names it.
      // A workspace belongs to the round, whichever organisations are at home in it.
      expect(await naming(workspaceName("slack", "t0001"))).toEqual([
        { roundId: "round-a" },
        { roundId: "round-b" },
      ]);
      expect(await naming(homeName("teams", "TENANT-1", "19:abc@thread.tacv2"))).toEqual([
        { roundId: "round-a", organisationId: "region-x" },
        { roundId: "round-b", organisationId: "region-x" },
      ]);
      expect(await naming(homeName("slack", "T0001", "c0001"))).toEqual([]);
      expect(await naming(personName("nobody@grums.se"))).toEqual([]);
      // Saved again without Grums: its people, workspace and channel are no longer named in that round.
      const round = sampleRound("round-a");
      await store().saveRound({
        ...round,
        organisations: round.organisations.filter((o) => o.id !== "grums"),
      });
      expect(await naming(personName("nyckel@grums.se"))).toEqual([
        { roundId: "round-b", organisationId: "grums" },
      ]);
      expect(await naming(homeName("slack", "T0001", "C0001"))).toEqual([
        { roundId: "round-b", organisationId: "grums" },
      ]);
      expect(await naming(workspaceName("slack", "T0001"))).toEqual([{ roundId: "round-b" }]);
    });

    it("lists rounds by id and answers undefined for an unknown one", async () => {
      await store().saveRound(sampleRound("round-b"));
      await store().saveRound(sampleRound("round-a"));
      expect((await store().listRounds()).map((r) => r.id)).toEqual(["round-a", "round-b"]);
      expect(await store().getRound("nope")).toBeUndefined();
    });
  });
}

function bindingContract(store: () => Store): void {
  describe("bindings and conversation references", () => {
    const binding = {
      platform: "teams" as const,
      workspace: "tenant-1",
      channel: "19:abc@thread.tacv2",
      roundId: "round-2027",
      organisationId: "region-x",
      conversationReference: { serviceUrl: "https://smba.example/emea/", conversation: { id: "19:abc" } },
      boundBy: "pl@skr.se",
      boundAt: "2027-02-01T10:00:00.000Z",
    };

    it("finds a binding by its channel, with its conversation reference intact", async () => {
      await store().saveBinding(binding);
      expect(await store().findBinding("teams", "tenant-1", "19:abc@thread.tacv2")).toStrictEqual(binding);
      expect(await store().findBinding("slack", "tenant-1", "19:abc@thread.tacv2")).toBeUndefined();
    });

    it("rebinding a channel replaces the old binding", async () => {
      await store().saveBinding(binding);
      await store().saveBinding({ ...binding, organisationId: "grums", roundId: "round-2028" });
      expect(await store().listBindings()).toHaveLength(1);
      expect(await store().listBindings("round-2027")).toEqual([]);
      expect((await store().listBindings("round-2028"))[0]?.organisationId).toBe("grums");
    });

    it("marks a binding broken and keeps the rest of it", async () => {
      await store().saveBinding(binding);
      await store().markBindingBroken(
        "teams",
        "tenant-1",
        "19:abc@thread.tacv2",
        "403 bot removed",
        "2027-05-01T09:00:00.000Z",
      );
      const found = await store().findBinding("teams", "tenant-1", "19:abc@thread.tacv2");
      expect(found?.broken).toEqual({ reason: "403 bot removed", at: "2027-05-01T09:00:00.000Z" });
      expect(found?.organisationId).toBe("region-x");
    });

    it("keeps the latest conversation reference per conversation", async () => {
      const key = ["teams", "tenant-1", "19:chat"] as const;
      expect(await store().getConversationReference(...key)).toBeUndefined();
      await store().saveConversationReference(...key, { activityId: "1" }, "2027-01-01T00:00:00.000Z");
      await store().saveConversationReference(...key, { activityId: "2" }, "2027-01-02T00:00:00.000Z");
      expect(await store().getConversationReference(...key)).toStrictEqual({
        platform: "teams",
        workspace: "tenant-1",
        channel: "19:chat",
        reference: { activityId: "2" },
        savedAt: "2027-01-02T00:00:00.000Z",
      });
    });
  });
}

function assessmentContract(store: () => Store): void {
  describe("self-assessments", () => {
    it("numbers versions per organisation and assessment round, keeping earlier ones as they were", async () => {
      const first = await store().submitAssessment(submission("a1"));
      const second = await store().submitAssessment(
        submission("a2", { answers: { p1: { score: 3 } }, submittedAt: "2027-03-02T09:00:00.000Z" }),
      );
      const other = await store().submitAssessment(submission("a3", { organisationId: "kalmar" }));
      const nextRound = await store().submitAssessment(
        submission("a4", {
          assessmentRound: "before-benchmarking-2",
          submittedAt: "2027-05-20T09:00:00.000Z",
        }),
      );
      expect([first, second, other, nextRound].map((r) => [r.value.version, r.duplicate])).toEqual([
        [1, false],
        [2, false],
        [1, false],
        [1, false],
      ]);
      const grums = await store().listAssessments("round-2027", "grums");
      expect(grums.map((a) => a.idempotencyKey)).toEqual(["a1", "a2", "a4"]);
      expect(grums[0]).toStrictEqual({ ...submission("a1"), version: 1 });
    });

    it("stores a retried submission once and answers with the first result", async () => {
      const first = await store().submitAssessment(submission("same"));
      const retry = await store().submitAssessment(submission("same", { answers: { p1: { score: 1 } } }));
      expect(retry).toEqual({ value: first.value, duplicate: true });
      expect(await store().listAssessments("round-2027")).toHaveLength(1);
    });

    it("stores one version when the same key arrives many times at once", async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => store().submitAssessment(submission("burst"))),
      );
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => r.value.version))).toEqual(new Set([1]));
      expect(await store().listAssessments("round-2027")).toHaveLength(1);
    });

    itGroups("gives the latest version per organisation and assessment round", async () => {
      await store().submitAssessment(submission("a1"));
      await store().submitAssessment(submission("a2", { answers: { p1: { score: 3 } } }));
      await store().submitAssessment(submission("a3", { assessmentRound: "before-benchmarking-2" }));
      await store().submitAssessment(submission("a4", { organisationId: "kalmar" }));
      await store().submitAssessment(submission("x1", { roundId: "other-round" }));
      const latest = await store().latestAssessments("round-2027");
      expect(latest.map((a) => [a.organisationId, a.assessmentRound, a.version])).toEqual([
        ["grums", "baseline", 2],
        ["grums", "before-benchmarking-2", 1],
        ["kalmar", "baseline", 1],
      ]);
      expect(latest[0]?.answers).toEqual({ p1: { score: 3 } });
      const grums = await store().latestAssessments("round-2027", "grums");
      expect(grums.map((a) => [a.organisationId, a.assessmentRound, a.version])).toEqual([
        ["grums", "baseline", 2],
        ["grums", "before-benchmarking-2", 1],
      ]);
    });

    itGroups("keeps a round's further checklist form apart: its own versions, its own latest", async () => {
      await store().submitAssessment(submission("main"));
      await store().submitAssessment(submission("form-1", { checklist: "committee" }));
      await store().submitAssessment(
        submission("form-2", { checklist: "committee", answers: { p1: { score: 4 } } }),
      );
      const latest = await store().latestAssessments("round-2027", "grums");
      expect(latest.map((a) => [a.assessmentRound, a.checklist ?? "-", a.version])).toEqual([
        ["baseline", "-", 1],
        ["baseline", "committee", 2],
      ]);
      expect(latest[1]?.answers).toEqual({ p1: { score: 4 } });
    });

    it("finds one version of one form, and a version by its idempotency key", async () => {
      await store().submitAssessment(submission("v1"));
      await store().submitAssessment(submission("v2", { answers: { p1: { score: 4 } } }));
      await store().submitAssessment(
        submission("c1", { checklist: "committee", answers: { p1: { score: 1 } } }),
      );
      await store().submitAssessment(submission("k1", { organisationId: "kalmar" }));
      const baseline = { assessmentRound: "baseline" } as const;

      const first = await store().assessmentVersion("round-2027", "grums", baseline, 1);
      expect([first?.idempotencyKey, first?.version]).toEqual(["v1", 1]);
      expect((await store().assessmentVersion("round-2027", "grums", baseline, 2))?.answers).toEqual({
        p1: { score: 4 },
      });
      const committee = { assessmentRound: "baseline", checklist: "committee" } as const;
      expect((await store().assessmentVersion("round-2027", "grums", committee, 1))?.idempotencyKey).toBe(
        "c1",
      );
      expect(await store().assessmentVersion("round-2027", "grums", committee, 2)).toBeUndefined();
      expect(await store().assessmentVersion("round-2027", "grums", baseline, 3)).toBeUndefined();
      expect(await store().assessmentVersion("other-round", "grums", baseline, 1)).toBeUndefined();

      expect((await store().assessmentByKey("v2"))?.version).toBe(2);
      expect((await store().assessmentByKey("k1"))?.organisationId).toBe("kalmar");
      expect(await store().assessmentByKey("never-sent")).toBeUndefined();
    });
  });
}

function pdsaContract(store: () => Store): void {
  describe("PDSA updates", () => {
    it("numbers versions per cycle, whatever the area's case and spacing", async () => {
      await store().savePdsaUpdate(pdsaUpdate("p1"));
      const again = await store().savePdsaUpdate(
        pdsaUpdate("p2", { area: " föreningsbidrag ", phase: "do", doneWhat: "Testade ny fördelning" }),
      );
      const nextCycle = await store().savePdsaUpdate(pdsaUpdate("p3", { cycle: 2 }));
      expect([again.value.version, nextCycle.value.version]).toEqual([2, 1]);
      const all = await store().listPdsa("round-2027");
      expect(all.map((u) => [u.idempotencyKey, u.version])).toEqual([
        ["p1", 1],
        ["p2", 2],
        ["p3", 1],
      ]);
      expect(all[1]?.doneWhat).toBe("Testade ny fördelning");
    });

    it("stores a retried update once and filters by organisation", async () => {
      const first = await store().savePdsaUpdate(pdsaUpdate("p1"));
      expect(await store().savePdsaUpdate(pdsaUpdate("p1", { phase: "act" }))).toEqual({
        value: first.value,
        duplicate: true,
      });
      await store().savePdsaUpdate(pdsaUpdate("k1", { organisationId: "kalmar" }));
      expect((await store().listPdsa("round-2027", "kalmar")).map((u) => u.idempotencyKey)).toEqual(["k1"]);
      expect(await store().listPdsa("round-2027")).toHaveLength(2);
    });
  });
}

function presentationAndStatisticsContract(store: () => Store): void {
  describe("presentation marks and statistics", () => {
    itGroups("lists the latest mark per organisation and meeting; a retry changes nothing", async () => {
      await store().markPresentation(presentationMark("m1"));
      await store().markPresentation(presentationMark("m2", { link: "https://example.org/grums-1-v2.pdf" }));
      await store().markPresentation(presentationMark("m3", { meeting: "benchmarking-2" }));
      const retry = await store().markPresentation(presentationMark("m1", { link: "https://other" }));
      expect(retry.duplicate).toBe(true);
      expect(retry.value.link).toBe("https://example.org/grums-1.pdf");
      const marks = await store().listPresentations("round-2027");
      expect(marks.map((m) => [m.meeting, m.link])).toEqual([
        ["benchmarking-1", "https://example.org/grums-1-v2.pdf"],
        ["benchmarking-2", "https://example.org/grums-1.pdf"],
      ]);
    });

    itGroups("keeps statistics versions and gives the latest per organisation", async () => {
      await store().saveStatistics(statistics("s1"));
      const second = await store().saveStatistics(statistics("s2", { bySex: 35 }));
      expect(second.value.version).toBe(2);
      expect((await store().saveStatistics(statistics("s2"))).duplicate).toBe(true);
      await store().saveStatistics(statistics("s3", { organisationId: "kalmar" }));
      const latest = await store().latestStatistics("round-2027");
      expect(latest.map((x) => [x.organisationId, x.bySex, x.version])).toEqual([
        ["grums", 35, 2],
        ["kalmar", 31, 1],
      ]);
    });

    it("gives the latest step override per cluster", async () => {
      await store().setStepOverride(STEP_OVERRIDE);
      await store().setStepOverride({ ...STEP_OVERRIDE, step: 5 });
      await store().setStepOverride({ ...STEP_OVERRIDE, clusterId: "c2", step: 2 });
      const overrides = await store().listStepOverrides("round-2027");
      expect(overrides.map((o) => [o.clusterId, o.step])).toEqual([
        ["c1", 5],
        ["c2", 2],
      ]);
    });
  });

  describe("a round's activity", () => {
    itGroups(
      "is the latest assessments, every PDSA version, the latest marks, statistics and overrides",
      async () => {
        await store().submitAssessment(submission("a1"));
        await store().submitAssessment(submission("a2", { answers: { p1: { score: 4 } } }));
        await store().submitAssessment(submission("a3", { organisationId: "kalmar" }));
        await store().submitAssessment(submission("other", { roundId: "round-2028" }));
        await store().savePdsaUpdate(pdsaUpdate("p1"));
        await store().savePdsaUpdate(pdsaUpdate("p2", { phase: "do" }));
        await store().markPresentation(presentationMark("m1"));
        await store().saveStatistics(statistics("s1"));
        await store().saveStatistics(statistics("s2", { bySex: 35 }));
        await store().setStepOverride(STEP_OVERRIDE);
        const activity = await store().roundActivity("round-2027");
        expect(activity).toEqual({
          assessments: await store().latestAssessments("round-2027"),
          pdsa: await store().listPdsa("round-2027"),
          presentations: await store().listPresentations("round-2027"),
          statistics: await store().latestStatistics("round-2027"),
          overrides: await store().listStepOverrides("round-2027"),
        });
        expect(activity.assessments.map((a) => [a.organisationId, a.version])).toEqual([
          ["grums", 2],
          ["kalmar", 1],
        ]);
        expect(activity.pdsa).toHaveLength(2);
        expect(activity.statistics.map((x) => x.bySex)).toEqual([35]);
      },
    );

    it("shows each kind of write as soon as it is made", async () => {
      const empty = await store().roundActivity("round-2027");
      expect(Object.values(empty).every((list) => list.length === 0)).toBe(true);
      await store().submitAssessment(submission("a1"));
      expect((await store().roundActivity("round-2027")).assessments).toHaveLength(1);
      await store().savePdsaUpdate(pdsaUpdate("p1"));
      expect((await store().roundActivity("round-2027")).pdsa).toHaveLength(1);
      await store().markPresentation(presentationMark("m1"));
      expect((await store().roundActivity("round-2027")).presentations).toHaveLength(1);
      await store().saveStatistics(statistics("s1"));
      expect((await store().roundActivity("round-2027")).statistics).toHaveLength(1);
      await store().setStepOverride({
        roundId: "round-2027",
        clusterId: "c1",
        step: 3,
        setBy: "pl@skr.se",
        setAt: "2027-04-01",
      });
      expect((await store().roundActivity("round-2027")).overrides).toHaveLength(1);
      await store().submitAssessment(submission("a2", { answers: { p1: { score: 4 } } }));
      const [latest] = (await store().roundActivity("round-2027")).assessments;
      expect([latest?.version, latest?.answers.p1?.score]).toEqual([2, 4]);
    });
  });
}

const PERMANENT_403 = { class: "permanent", attempts: 1, error: "HTTP 403" } as const;

function outboxContract(store: () => Store): void {
  describe("reminder outbox", () => {
    it("lets exactly one caller claim a reminder, ever", async () => {
      const claims = await Promise.all(
        ["a", "b", "c", "d"].map((who) => store().claimOutbox(outboxClaim("k1", { claimedBy: who }))),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      await store().completeOutbox("k1", {
        state: "failed",
        failure: PERMANENT_403,
        at: "2027-02-23T08:01:00.000Z",
      });
      expect(await store().claimOutbox(outboxClaim("k1"))).toBe(false);
    });

    it("records the platform's message id, or the failure's class and attempts as codes with the error", async () => {
      await store().claimOutbox(outboxClaim("k1"));
      await store().claimOutbox(outboxClaim("k2", { roundId: "round-2028" }));
      await store().completeOutbox("k1", {
        state: "sent",
        messageId: "1700000000.0001",
        at: "2027-02-23T08:00:05.000Z",
      });
      await store().completeOutbox("k2", {
        state: "failed",
        failure: { class: "transient", attempts: 2, error: "channel_not_found" },
        at: "2027-02-23T08:00:06.000Z",
      });
      expect(await store().getOutbox("k1")).toStrictEqual({
        ...outboxClaim("k1"),
        state: "sent",
        messageId: "1700000000.0001",
        updatedAt: "2027-02-23T08:00:05.000Z",
      });
      expect((await store().listOutbox({ state: "failed" })).map((e) => [e.key, e.failure])).toEqual([
        ["k2", { class: "transient", attempts: 2, error: "channel_not_found" }],
      ]);
      expect((await store().listOutbox({ roundId: "round-2027" })).map((e) => e.key)).toEqual(["k1"]);
      expect(await store().listOutbox()).toHaveLength(2);
      expect(await store().getOutbox("never")).toBeUndefined();
    });
  });
}

function eventAndTickContract(store: () => Store): void {
  describe("inbound events and scheduler ticks", () => {
    it("sees an event id once until it expires, then once more", async () => {
      const at = "2027-03-01T10:00:00.000Z";
      const expires = "2027-03-01T11:00:00.000Z";
      expect(await store().rememberEvent("Ev1", at, expires)).toBe(true);
      expect(await store().rememberEvent("Ev1", "2027-03-01T10:59:59.000Z", expires)).toBe(false);
      await store().forgetEvent("Ev9");
      expect(await store().rememberEvent("Ev1", "2027-03-01T10:59:59.000Z", expires)).toBe(false);
      expect(await store().rememberEvent("Ev2", at, expires)).toBe(true);
      expect(await store().rememberEvent("Ev1", "2027-03-01T11:00:01.000Z", "2027-03-01T12:00:00.000Z")).toBe(
        true,
      );
      expect(await store().rememberEvent("Ev1", "2027-03-01T11:30:00.000Z", "2027-03-01T12:30:00.000Z")).toBe(
        false,
      );
    });

    it("forgets an event id whose handling failed, so the platform's retry is handled", async () => {
      const at = "2027-03-01T10:00:00.000Z";
      const expires = "2027-03-01T11:00:00.000Z";
      expect(await store().rememberEvent("Failed1", at, expires)).toBe(true);
      await store().forgetEvent("Failed1");
      expect(await store().rememberEvent("Failed1", "2027-03-01T10:00:05.000Z", expires)).toBe(true);
      expect(await store().rememberEvent("Failed1", "2027-03-01T10:00:06.000Z", expires)).toBe(false);
    });

    it("gives each scheduler tick to exactly one instance", async () => {
      const at = "2027-03-01T08:00:00.000Z";
      const claims = await Promise.all(
        ["i1", "i2", "i3"].map((id) => store().claimTick("tick-0800", id, at)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store().claimTick("tick-0805", "i2", "2027-03-01T08:05:00.000Z")).toBe(true);
    });
  });
}

function accountAndAuditContract(store: () => Store): void {
  const lars = {
    platform: "teams" as const,
    workspace: "5930cf28-dc60-472b-80f0-54b59154566e",
    userId: "3f6b2a9e-1c4d-4e8f-9a0b-5c7d9e1f3a51",
    email: "lars.nystrom@karlskrona.example",
    boundAt: "2027-03-01T08:00:00.000Z",
  };
  describe("recognised accounts and the audit trail", () => {
    it("keeps the first e-mail an account was known by; a later one does not move it", async () => {
      expect(await store().findAccount(lars.platform, lars.workspace, lars.userId)).toBeUndefined();
      expect(await store().bindAccount(lars)).toEqual(lars);
      const moved = { ...lars, email: "sara.holm@skr.example", boundAt: "2027-03-02T08:00:00.000Z" };
      expect(await store().bindAccount(moved)).toEqual(lars);
      expect(await store().findAccount(lars.platform, lars.workspace, lars.userId)).toEqual(lars);
      // The same user id in another tenant is another account.
      expect(
        await store().findAccount(lars.platform, "aa2056af-b353-4f4d-adbc-8f1da7207207", lars.userId),
      ).toBe(undefined);
    });

    it("binds an account once when several instances see it at once", async () => {
      const emails = ["a@x.example", "b@x.example", "c@x.example"];
      const held = await Promise.all(emails.map((email) => store().bindAccount({ ...lars, email })));
      expect(new Set(held.map((b) => b.email)).size).toBe(1);
    });

    it("forgets an account only when asked, so it is recognised afresh", async () => {
      await store().bindAccount(lars);
      expect(await store().forgetAccount(lars.platform, lars.workspace, lars.userId)).toBe(true);
      expect(await store().forgetAccount(lars.platform, lars.workspace, lars.userId)).toBe(false);
      const again = { ...lars, email: "lars@new.example" };
      expect(await store().bindAccount(again)).toEqual(again);
    });

    it("lists audit entries oldest first, by round and since a time", async () => {
      const who = { platform: "slack", workspace: "T05QF3L7K2A", userId: "U1", email: "sara@skr.example" };
      const entries = [
        {
          roundId: "round-2027",
          at: "2027-03-02T09:00:00.000Z",
          action: "setstep" as const,
          who,
          what: "setstep 4",
          clusterId: "c1",
        },
        {
          roundId: "round-2027",
          at: "2027-03-01T09:00:00.000Z",
          action: "bind" as const,
          who,
          what: "bind alfa",
          organisationId: "alfa",
        },
        {
          roundId: "other",
          at: "2027-03-03T09:00:00.000Z",
          action: "export" as const,
          who,
          what: "export csv",
        },
      ];
      for (const entry of entries) await store().appendAudit(entry);
      expect((await store().listAudit({ roundId: "round-2027" })).map((e) => e.what)).toEqual([
        "bind alfa",
        "setstep 4",
      ]);
      expect((await store().listAudit({ since: "2027-03-02T00:00:00.000Z" })).map((e) => e.what)).toEqual([
        "setstep 4",
        "export csv",
      ]);
      expect((await store().listAudit({ roundId: "round-2027" }))[0]).toEqual(entries[1]);
    });
  });
}

function eraseContract(store: () => Store): void {
  describe("erasing everything (the playground's start over)", () => {
    it("leaves no round, submission, binding, claim or event, and everything can be written again", async () => {
      await store().saveRound(sampleRound());
      await store().submitAssessment(submission("erase-1"));
      await store().claimOutbox(outboxClaim("erase-key"));
      await store().rememberEvent("EvErase", "2027-03-01T10:00:00.000Z", "2027-03-02T10:00:00.000Z");
      // Read once, so that anything kept between reads would be kept now.
      expect(await store().listAssessments("round-2027")).toHaveLength(1);
      await store().eraseAll();
      expect(await store().listRounds()).toEqual([]);
      expect(await store().listAssessments("round-2027")).toEqual([]);
      expect((await store().roundActivity("round-2027")).assessments).toEqual([]);
      expect(await store().listOutbox()).toEqual([]);
      expect(await store().claimOutbox(outboxClaim("erase-key"))).toBe(true);
      expect(
        await store().rememberEvent("EvErase", "2027-03-01T10:00:01.000Z", "2027-03-02T10:00:00.000Z"),
      ).toBe(true);
      expect(await store().saveRound(sampleRound())).toEqual({ changed: true });
    });
  });
}

function languageContract(store: () => Store): void {
  describe("a person's language", () => {
    it("keeps each person's latest choice, and forgets it when they go back to their organisation's", async () => {
      expect(await store().getLanguage("lars@k.example")).toBeUndefined();
      await store().setLanguage("lars@k.example", "en", "2027-03-01T08:00:00.000Z");
      await store().setLanguage("eva@k.example", "sv", "2027-03-01T08:00:00.000Z");
      await store().setLanguage("lars@k.example", "sv", "2027-03-02T08:00:00.000Z");
      expect(await store().getLanguage("lars@k.example")).toBe("sv");
      await store().setLanguage("lars@k.example", undefined, "2027-03-03T08:00:00.000Z");
      expect(await store().getLanguage("lars@k.example")).toBeUndefined();
      expect(await store().getLanguage("eva@k.example")).toBe("sv");
    });
  });
}

function dashboardRevocationContract(store: () => Store): void {
  describe("revoked dashboard links", () => {
    it("keeps every revocation, one person's or everyone's, oldest first", async () => {
      expect(await store().listDashboardRevocations()).toEqual([]);
      const one = { email: "eva@alfa.example", revokedAt: "2027-03-01T09:00:00.000Z", revokedBy: "cli" };
      const all = { revokedAt: "2027-03-02T09:00:00.000Z", revokedBy: "cli" };
      await store().revokeDashboardLinks(one);
      await store().revokeDashboardLinks(all);
      expect(await store().listDashboardRevocations()).toEqual([one, all]);
    });
  });
}

/** A workspace install with sealed tokens (the store checks the prefix, never the cipher). */
function installation(id: string, overrides: Partial<SlackInstallation> = {}): SlackInstallation {
  return {
    id,
    isEnterpriseInstall: false,
    teamId: id,
    teamName: `Team ${id}`,
    botId: `B${id}`,
    botUserId: `U${id}`,
    scopes: ["chat:write", "commands"],
    botToken: `sealed:v1:k1:iv:tag:${id}`,
    installedBy: "U0INSTALLER",
    installedAt: "2027-03-01T09:00:00.000Z",
    updatedAt: "2027-03-01T09:00:00.000Z",
    ...overrides,
  };
}

function slackInstallationContract(store: () => Store): void {
  describe("Slack installations", () => {
    it("keeps one installation per workspace and per org-wide install; the latest save wins", async () => {
      const org = installation("E0GRID", {
        isEnterpriseInstall: true,
        teamId: undefined,
        enterpriseId: "E0GRID",
        enterpriseName: "Grid",
        botRefreshToken: "sealed:v1:k1:iv:tag:refresh",
        botTokenExpiresAt: "2027-03-01T21:00:00.000Z",
      });
      const { teamId: _none, ...orgAsStored } = org;
      await store().saveSlackInstallation(installation("T0GRUMS"));
      await store().saveSlackInstallation(installation("T0KARLSTAD", { enterpriseId: "E0GRID" }));
      await store().saveSlackInstallation(org);
      const refreshed = installation("T0GRUMS", {
        botToken: "sealed:v1:k1:iv:tag:second",
        updatedAt: "2027-03-02T09:00:00.000Z",
      });
      await store().saveSlackInstallation(refreshed);
      expect(await store().findSlackInstallation("T0GRUMS")).toStrictEqual(refreshed);
      expect(await store().findSlackInstallation("E0GRID")).toStrictEqual(orgAsStored);
      expect(await store().findSlackInstallation("T0NONE")).toBeUndefined();
      expect((await store().listSlackInstallations()).map((i) => i.id)).toEqual([
        "E0GRID",
        "T0GRUMS",
        "T0KARLSTAD",
      ]);
    });

    it("deletes an installation and its tokens, saying what was removed", async () => {
      await store().saveSlackInstallation(installation("T0GRUMS"));
      expect(await store().deleteSlackInstallation("T0GRUMS")).toStrictEqual(installation("T0GRUMS"));
      expect(await store().deleteSlackInstallation("T0GRUMS")).toBeUndefined();
      expect(await store().findSlackInstallation("T0GRUMS")).toBeUndefined();
      await store().saveSlackInstallation(installation("T0GRUMS"));
      expect(await store().listSlackInstallations()).toHaveLength(1);
    });

    it("refuses a token in clear, and stores nothing", async () => {
      await expect(
        store().saveSlackInstallation(installation("T0GRUMS", { botToken: "xoxb-in-clear" })),
      ).rejects.toMatchObject({ code: "store_invalid_record" });
      await expect(
        store().saveSlackInstallation(installation("T0GRUMS", { botRefreshToken: "xoxe-1-in-clear" })),
      ).rejects.toMatchObject({ code: "store_invalid_record" });
      expect(await store().listSlackInstallations()).toEqual([]);
    });

    it("is erased with everything else", async () => {
      await store().saveSlackInstallation(installation("T0GRUMS"));
      await store().eraseAll();
      expect(await store().listSlackInstallations()).toEqual([]);
    });
  });
}
