// A round that scores two checklist forms (here the bundled 10-point list and a 1–4 test list standing in
// for SKR's 2024 overall and committee forms): each is chosen, stored, totalled, shifted and judged for
// readiness on its own, in status, results and the exports.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { renderText } from "../../cards/render-text.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Round } from "../../src/domain/round.ts";
import { Engine } from "../../src/engine/engine.ts";
import type { InboundEvent, Reply } from "../../src/engine/events.ts";
import { loadRoundState } from "../../src/engine/round-state.ts";
import { parseCsv, toCsv } from "../../src/export/csv.ts";
import { toMarkdown } from "../../src/export/markdown.ts";
import { buildRoundExport } from "../../src/export/round-export.ts";
import { toXlsx } from "../../src/export/xlsx.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { missingItems } from "../../src/scheduler/missing-items.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { fixtureChecklist } from "../results/seeded-round.ts";
import { EXAMPLE, only, text } from "./harness.ts";

const VAXHOLM = "ingrid.falk@vaxholm.example";
const MENTOR = "anna.lind@kalmar.example";
const KARLSKRONA = "lars.nystrom@karlskrona.example";
const AT = "2027-03-10T09:00:00Z";

let dir: string;
let store: Store;
let engine: Engine;
let round: Round;
let main: Checklist;
const second = fixtureChecklist("test-1-4");
let n = 0;

function event(email: string, body: Partial<InboundEvent>): InboundEvent {
  const channel = round.organisations.find((o) => o.people.some((p) => p.email === email))?.id ?? "pm";
  return {
    platform: "playground",
    workspace: "playground",
    channel,
    user: { id: email, email },
    eventId: `e-${++n}`,
    ...body,
  } as InboundEvent;
}
const say = (email: string, words: string) =>
  engine.handle(event(email, { type: "command", text: words } as never), new Date(AT));
const submit = (email: string, form: Card, scores: number[]) =>
  engine.handle(
    event(email, {
      type: "form-submitted",
      formId: form.form?.formId ?? "",
      hidden: form.form?.hidden ?? {},
      values: Object.fromEntries(scores.map((s, i) => [`score:p${i + 1}`, String(s)])),
      idempotencyKey: `k-${++n}`,
    } as never),
    new Date(AT),
  );
const json = (replies: Reply[]) => JSON.stringify(replies);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-forms-"));
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error("example round invalid");
  main = loaded.checklist;
  round = { ...loaded.round, checklists: [main.id, second.id] };
  store = await openStore({ dataDir: dir });
  await store.saveRound(round);
  engine = new Engine({
    store,
    checklists: new Map([
      [main.id, main],
      [second.id, second],
    ]),
    newNonce: () => `nonce-${++n}`,
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("two checklist forms in one round", () => {
  it("asks which form when there are several, with a button for each", async () => {
    const replies = await say(VAXHOLM, "bedöm");
    expect(text(replies)).toMatch(/flera checklistor/);
    expect(json(replies)).toContain('"command":"assess skr-10"');
    expect(json(replies)).toContain('"command":"assess test-1-4"');
  });

  it("opens the second form on its own 1–4 scale, saying which form it is", async () => {
    const form = only(await say(VAXHOLM, "bedöm test-1-4"), "form").card;
    expect(form.form?.hidden.checklist).toBe("test-1-4");
    expect(JSON.stringify(form)).toContain(`{"label":"Checklista","value":"${second.title.sv}"}`);
    expect(json([{ type: "form", card: form }])).toContain(second.scale.labels[3]?.sv ?? "?");
    const first = only(await say(VAXHOLM, "bedöm skr-10"), "form").card;
    expect(first.form?.hidden.checklist).toBeUndefined();
  });

  it("stores each form apart: a submission of one leaves the other missing", async () => {
    const form = only(await say(VAXHOLM, "bedöm test-1-4"), "form").card;
    // Six 4s and four 3s: ready on a 1–4 scale (no 1, the top on more than half of the points).
    only(await submit(VAXHOLM, form, [4, 4, 4, 4, 4, 4, 3, 3, 3, 3]), "form-accepted");
    const stored = await store.latestAssessments(round.id, "vaxholm");
    expect(stored.map((v) => `${v.assessmentRound} ${v.checklist ?? "-"}`)).toEqual(["baseline test-1-4"]);
    // The reminders still ask for the self-assessment: one of the two forms is missing.
    const cluster = round.clusters[0];
    if (!cluster) throw new Error("no cluster");
    expect(
      missingItems(await loadRoundState(store, round), cluster, "vaxholm", "benchmarking-1").assessment,
    ).toBe(true);
    const status = text(await say(MENTOR, "status"));
    expect(status).toContain(main.title.sv);
    expect(status).toContain(second.title.sv);
    // The main table: Vaxholm has not done the 10-point form; the second form's table: 36/40, ready.
    expect(status).toMatch(/Vaxholms stad · Självskattning: saknas · Summa: – /);
    expect(status).toMatch(/Vaxholms stad · Självskattning: klar · Summa: 36\/40 · Redo: ja/);
  });

  it("refuses a form the round does not score, and stores nothing", async () => {
    const form = only(await say(VAXHOLM, "bedöm test-1-4"), "form").card;
    const forged = {
      ...form,
      form: {
        ...(form.form as NonNullable<Card["form"]>),
        hidden: { ...form.form?.hidden, checklist: "test-13" },
      },
    };
    expect(
      only(await submit(VAXHOLM, forged as Card, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), "form-refused"),
    ).toBeDefined();
    expect(await store.latestAssessments(round.id, "vaxholm")).toHaveLength(1);
  });

  it("totals, readiness and shift stay per form in results and exports", async () => {
    const form = only(await say(VAXHOLM, "bedöm skr-10"), "form").card;
    only(await submit(VAXHOLM, form, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), "form-accepted");
    const results = await say(VAXHOLM, "resultat");
    expect(results).toHaveLength(2);
    expect(json(results.slice(0, 1))).toContain("20/30");
    expect(json(results.slice(1))).toContain("36/40");
    expect(json(results.slice(1))).toContain(second.title.sv);
    const state = await loadRoundState(store, round);
    const cluster = round.clusters[0];
    if (!cluster) throw new Error("no cluster");
    expect(missingItems(state, cluster, "vaxholm", "benchmarking-1").assessment).toBe(false);
    // Karlskrona does the main form only: its reminders still ask for the self-assessment.
    const karlskrona = only(await say(KARLSKRONA, "bedöm skr-10"), "form").card;
    only(await submit(KARLSKRONA, karlskrona, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), "form-accepted");
    const after = await loadRoundState(store, round);
    expect(missingItems(after, cluster, "karlskrona", "benchmarking-1").assessment).toBe(true);
    // Its reminder names the form still missing, and only that one.
    const posted = new Map<string, string>();
    const sender = {
      platform: "teams" as const,
      async send(_home: unknown, card: Card, key: string, options?: { handOff?: () => Promise<boolean> }) {
        if (options?.handOff && !(await options.handOff()))
          return { ok: false as const, permanent: false, ambiguous: false, error: "taken" };
        posted.set(key, renderText(card));
        return { ok: true as const, messageId: `m${posted.size}` };
      },
    };
    const reminders = createReminderService({
      store,
      senders: { teams: sender },
      checklists: new Map([
        [main.id, main],
        [second.id, second],
      ]),
      logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      instanceId: "forms",
    });
    await reminders.tick(new Date("2027-03-22T08:00:00Z"));
    const karlskronaReminder = posted.get(`${round.id}/karlskrona/benchmarking-1/deadline-in-7-days`);
    expect(karlskronaReminder).toContain(`självskattningen för omgången är inte gjord: ${second.title.sv}`);
    expect(karlskronaReminder).not.toContain(`${main.title.sv}`);
    const kalmarReminder = posted.get(`${round.id}/kalmar/benchmarking-1/deadline-in-7-days`);
    expect(kalmarReminder).toContain(`${main.title.sv}, ${second.title.sv}`);
    const data = buildRoundExport(state, main, [second]);
    const vaxholm = data.organisations.find((o) => o.id === "vaxholm");
    expect(vaxholm?.ready).toBe(false);
    expect(vaxholm?.forms).toEqual([expect.objectContaining({ checklist: "test-1-4", ready: true })]);
    const rows = parseCsv(toCsv(data)).filter((r) => r.organisation === "vaxholm");
    expect(rows.map((r) => `${r.checklist} ${r.total} ${r.ready}`)).toEqual([
      "skr-10 20 no",
      "test-1-4 36 yes",
    ]);
    // The Markdown draft gives each form its own table, total and readiness.
    const markdown = toMarkdown(data, "sv")
      .split("\n---\n")
      .find((part) => part.includes("Vaxholm"));
    expect(markdown).toContain(`## Resultat: ${main.title.sv}`);
    expect(markdown).toContain(`## Resultat: ${second.title.sv}`);
    expect(markdown).toMatch(/\*\*20\*\*[\s\S]*\*\*36\*\*/);
    // The workbook judges each form on its own too: one readiness row per form, named in its last column.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(data, "sv")) as unknown as ArrayBuffer);
    const readiness = book.worksheets.find((w) => w.name === "Redo att bli modell");
    const rowsOf = (ws: ExcelJS.Worksheet | undefined) =>
      (ws?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    const vaxholmReady = rowsOf(readiness).filter((r) => r[1] === "Vaxholms stad");
    expect(vaxholmReady.map((r) => [r.at(-1), r.at(-2)])).toEqual([
      [main.title.sv, "nej"],
      [second.title.sv, "ja"],
    ]);
  });
});
