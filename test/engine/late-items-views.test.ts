// One round state, three views: the mentor's `status`, the dashboard's due table and the Excel export's
// late sheet list the same items as late (still awaited) and as never came, because all three take them
// from the engine's one judgement (src/engine/late-items.ts).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { strings } from "../../cards/strings.ts";
import { dashboardView } from "../../src/dashboard/dashboard-view.ts";
import type { DueItemKind } from "../../src/domain/due-before.ts";
import type { MeetingId } from "../../src/domain/round.ts";
import { actorInRound } from "../../src/engine/actor.ts";
import { xlsxStrings } from "../../src/export/xlsx-strings.ts";
import { type Harness, only, scores, startHarness } from "./harness.ts";

const MANAGER = "sara.holm@skr.example";
const LARS = "lars.nystrom@karlskrona.example";
const CLUSTER = "Klustret Kalmar";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // Karlskrona publishes its description on time (due 27 January) and its baseline late (due 29 March).
  await h.say(LARS, "beskrivning https://example.org/karlskrona.pdf", "2027-01-20T10:00:00Z");
  const form = only(await h.say(LARS, "bedöm", "2027-04-01T12:00:00Z"), "form").card;
  await h.submit(LARS, form, scores(h.checklist, Array(10).fill(2)), "2027-04-01T12:00:00Z", "late-baseline");
});
afterAll(async () => h.close());

/** `organisation: kind (meeting) state`; a late item's meeting is left out, as `status` leaves it out. */
type Line = string;

function line(organisation: string, kind: DueItemKind, meeting: MeetingId, state: string): Line {
  return `${organisation}: ${kind}${state === "missed" ? ` (${meeting})` : ""} ${state}`;
}

function invert<K extends string>(record: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(record).map(([k, v]) => [v as string, k as K]));
}

const KIND_WORDS = invert(schedulerStrings("sv").clusterSummary.missing);
/** Status names a meeting inside its sentence ("inför startmötet"); the Excel sheet by its name ("Startmöte"). */
const MEETING_IN_SENTENCE = invert(strings("sv").meetingInSentence);
const MEETING_NAMES = invert(strings("sv").meetings);

async function fromStatus(at: string): Promise<Line[]> {
  const card = only(await h.say(MANAGER, `status ${CLUSTER}`, at), "message").card;
  const lines: Line[] = [];
  let state: string | undefined;
  for (const block of card.blocks) {
    if (block.type === "heading") state = { Försenat: "late", "Lämnades aldrig in": "missed" }[block.text];
    if (block.type !== "text" || !state) continue;
    for (const row of block.text.split("\n")) {
      const [organisation = "", items = ""] = row.split(/: (.*)/s);
      for (const item of items.split(", ")) {
        const [, word = "", meeting = ""] = /^(.*?)(?: inför (.*)| \(försenat sedan .*\))$/.exec(item) ?? [];
        const kind = KIND_WORDS.get(word);
        const meetingId = MEETING_IN_SENTENCE.get(meeting);
        if (!kind) throw new Error(`unknown item in status: ${item}`);
        lines.push(line(organisation, kind, meetingId ?? "start-up", state));
      }
    }
    state = undefined;
  }
  return lines.sort();
}

async function fromDashboard(at: string, states = ["late", "missed"]): Promise<Line[]> {
  const actor = actorInRound(h.round, MANAGER);
  if (!actor) throw new Error("no project manager");
  const view = await dashboardView({ store: h.store, checklist: h.checklist }, actor, new Date(at), "kalmar");
  return view.clusters
    .flatMap((c) => c.organisations)
    .flatMap((o) =>
      o.due
        .filter((d) => states.includes(d.state))
        .map((d) => line(o.progress.organisationName, d.kind, d.meeting, d.state)),
    )
    .sort();
}

async function fromExcel(at: string, states = ["late", "missed"]): Promise<Line[]> {
  const reply = (await h.say(MANAGER, "exportera xlsx", at))[0];
  if (reply?.type !== "file") throw new Error("expected a workbook");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(reply.file.content, "base64") as unknown as ArrayBuffer);
  const t = xlsxStrings("sv");
  const kinds = invert(t.items);
  const lateStates = invert(t.lateStates);
  const sheet = book.getWorksheet(t.sheets.late);
  const lines: Line[] = [];
  sheet?.eachRow((row, n) => {
    const [, cluster, organisation, what, meeting, state] = row.values as string[];
    if (n === 1 || cluster !== CLUSTER) return;
    const kind = kinds.get(what ?? "");
    const meetingId = MEETING_NAMES.get(meeting ?? "");
    const judged = lateStates.get(state ?? "");
    if (!kind || !meetingId || !judged) throw new Error(`unreadable row ${JSON.stringify(row.values)}`);
    if (states.includes(judged)) lines.push(line(organisation ?? "", kind, meetingId, judged));
  });
  return lines.sort();
}

describe("late and never-came items", () => {
  it("are the same in status, on the dashboard and in the Excel export, at every stage of the round", async () => {
    // Step 1 after the description's deadline; after benchmarking meeting 1; once the round has concluded.
    for (const at of ["2027-01-29T10:00:00Z", "2027-04-10T10:00:00Z", "2027-12-20T10:00:00Z"]) {
      const status = await fromStatus(at);
      expect(status.length).toBeGreaterThan(0);
      expect({ at, dashboard: await fromDashboard(at) }).toEqual({ at, dashboard: status });
      expect({ at, excel: await fromExcel(at) }).toEqual({ at, excel: status });
    }
  });

  it("after meeting 1: the description is still awaited, the presentations and baselines never came", async () => {
    const status = await fromStatus("2027-04-10T10:00:00Z");
    expect(status).toEqual(
      [
        line("Kalmar kommun", "description", "start-up", "late"),
        line("Vaxholms stad", "description", "start-up", "late"),
        ...["Kalmar kommun", "Karlskrona kommun", "Vaxholms stad"].map((o) =>
          line(o, "presentation", "benchmarking-1", "missed"),
        ),
        line("Kalmar kommun", "assessment", "benchmarking-1", "missed"),
        line("Vaxholms stad", "assessment", "benchmarking-1", "missed"),
      ].sort(),
    );
    // What came late is in the dashboard and the workbook alike.
    const doneLate = ["done-late"];
    expect(await fromDashboard("2027-04-10T10:00:00Z", doneLate)).toEqual([
      line("Karlskrona kommun", "assessment", "benchmarking-1", "done-late"),
    ]);
    expect(await fromExcel("2027-04-10T10:00:00Z", doneLate)).toEqual(
      await fromDashboard("2027-04-10T10:00:00Z", doneLate),
    );
  });
});
