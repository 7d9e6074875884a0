// What mentors, key persons and project managers notice on the status, guide, reminder, help and form cards.
import { describe, expect, it } from "vitest";
import { guideCard } from "../../cards/guide.ts";
import { helpCard, helpCommands } from "../../cards/help.ts";
import { noticeCard } from "../../cards/notice.ts";
import { pdsaUpdateForm } from "../../cards/pdsa-update.ts";
import { reminderCard } from "../../cards/reminder.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage, renderBlockKitModal } from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { statisticsForm } from "../../cards/statistics.ts";
import { roundOverviewCard, statusCard } from "../../cards/status.ts";
import type { ReminderView, StatusView } from "../../cards/view-models.ts";
import { adaptiveElements, adaptiveInputs } from "./adaptive-walk.ts";
import { thirteen } from "./fixtures/checklists.ts";

type Json = Record<string, unknown>;

const status: StatusView = {
  clusterName: "Kluster Väst",
  step: 3,
  nextMeeting: { meeting: "benchmarking-2", date: "2027-06-08", host: "Grums kommun" },
  presentationDeadline: "2027-06-01",
  rows: [
    {
      organisationName: "Örebro kommun",
      isMentor: true,
      assessment: "done",
      total: { value: 27, max: 30, shift: 2 },
      pdsaPhase: "act",
      presentationPublished: true,
      ready: true,
    },
    {
      organisationName: "Grums kommun",
      isMentor: false,
      assessment: "missing",
      total: { value: 18, max: 30, shift: -1 },
      pdsaPhase: "do",
      presentationPublished: false,
      ready: false,
    },
    { organisationName: "Vaxholms stad", isMentor: false, assessment: "done", ready: false },
  ],
};

describe("status", () => {
  it("shows the step as words and a bar, the next meeting and the deadline", () => {
    const text = renderText(statusCard(status, "sv"));
    expect(text).toContain("Steg 3 av 8 – På hemmaplan: förbättringsarbete med PGSA ■■■□□□□□");
    expect(text).toContain("Nästa möte: Benchmarkingmöte 2, tisdag 8 juni 2027 (värd: Grums kommun)");
    expect(text).toContain("Presentation senast: tisdag 1 juni 2027");
  });

  it("has one row per organisation with the mentor marked and the shift as an arrow and sign", () => {
    const card = statusCard(status, "en");
    const table = adaptiveElements(renderAdaptive(card)).find((e) => e.type === "Table") as Json;
    expect((table.rows as unknown[]).length).toBe(1 + status.rows.length);
    const text = renderText(card);
    expect(text).toContain(
      "- Örebro kommun (mentor) · Self-assessment: done · Total: 27/30 ↑ +2 · PDSA phase: act · Presentation published: yes · Ready: yes",
    );
    expect(text).toContain(
      "- Grums kommun · Self-assessment: missing · Total: 18/30 ↓ −1 · PDSA phase: do · Presentation published: no · Ready: no",
    );
    expect(text).toContain("- Vaxholms stad · Self-assessment: done · Total: – · PDSA phase: – ·");
    expect(renderBlockKitMessage(card).text).toBe(
      "Kluster Väst is at step 3 of 8. 2 of 3 organisations have done the self-assessment.",
    );
  });

  it("gives project managers one line per cluster", () => {
    const card = roundOverviewCard(
      {
        roundName: "Modellkommuner 2027",
        clusters: [
          { clusterName: "Väst", step: 3, assessmentsDone: 2, organisations: 3, ready: 1 },
          {
            clusterName: "Norr",
            step: 4,
            assessmentsDone: 4,
            organisations: 4,
            ready: 0,
            nextMeeting: { meeting: "benchmarking-2", date: "2027-06-10" },
          },
        ],
      },
      "sv",
    );
    const lines = renderText(card)
      .split("\n")
      .filter((l) => l.startsWith("- "));
    expect(lines).toEqual([
      "- Väst · Steg: 3/8: På hemmaplan: förbättringsarbete med PGSA · Nästa möte: inget inplanerat · Skattningar klara: 2 av 3 · Redo: 1 av 3",
      "- Norr · Steg: 4/8: Benchmarkingmöte 2: kvalitetsutveckling · Nästa möte: Benchmarkingmöte 2, torsdag 10 juni 2027 · Skattningar klara: 4 av 4 · Redo: 0 av 4",
    ]);
  });
});

describe("guide", () => {
  it("at step 1 says who of the three people is still to be named", () => {
    const card = guideCard(
      {
        organisationName: "Grums",
        step: 1,
        due: [],
        people: { "key-person": "Lena Ek", "elected-official": "Ola Berg" },
      },
      "sv",
    );
    const text = renderText(card);
    expect(text).toContain("Nyckelperson: Lena Ek");
    expect(text).toContain("Tjänsteperson: inte utsedd ännu");
    expect(text).toContain("⚠ 1 av tre personer är inte utsedda ännu.");
    expect(text).toContain("Utse tre personer");
  });

  it("lists what is due when, and does not ask about people after step 1", () => {
    const card = guideCard(
      {
        organisationName: "Grums",
        step: 6,
        due: [
          { kind: "statistics", date: "2027-10-05", done: false },
          { kind: "assessment", date: "2027-10-05", done: true },
        ],
        people: { "key-person": "Lena Ek" },
      },
      "en",
    );
    const text = renderText(card);
    expect(text).toContain("Statistics reported: by Tuesday 5 October 2027 (not done)");
    expect(text).toContain("Self-assessment done: by Tuesday 5 October 2027 (✓ done)");
    expect(text).toContain("individual-based statistics");
    expect(text).not.toContain("Your three people");
  });
});

describe("reminder", () => {
  const view: ReminderView = {
    organisationName: "Grums",
    kind: "deadline-today",
    meeting: { meeting: "benchmarking-2", date: "2027-06-08" },
    presentationDeadline: "2027-06-01",
    missing: { presentation: true, assessment: false, pdsa: true },
  };

  it("lists only what is missing, with a button for each", () => {
    const card = reminderCard(view, "en");
    const text = renderText(card);
    expect(text).toContain("the presentation is not marked as published");
    expect(text).toContain("no PDSA update since the last meeting");
    expect(text).not.toContain("self-assessment for this round");
    const buttons = adaptiveElements(renderAdaptive(card)).filter((e) => e.type === "Action.Execute");
    expect(buttons.map((b) => b.data)).toEqual([{ command: "published" }, { command: "pdsa" }]);
    expect(buttons.every((b) => b.verb === "command")).toBe(true);
    const slack = renderBlockKitMessage(card).blocks.find((b) => b.type === "actions") as Json;
    expect((slack.elements as Json[]).map((e) => [e.action_id, e.value])).toEqual([
      ["command:published", "published"],
      ["command:pdsa", "pdsa"],
    ]);
  });

  it("says the deadline and meeting in the summary a notification shows", () => {
    expect(reminderCard(view, "sv").summary).toBe(
      "Grums: inför benchmarkingmöte 2 ska presentationen vara publicerad senast tisdag 1 juni 2027.",
    );
    const allDone = reminderCard(
      { ...view, missing: { presentation: false, assessment: false, pdsa: false } },
      "sv",
    );
    expect(renderText(allDone)).toContain("✓ Allt är klart inför mötet.");
    expect(renderAdaptive(allDone).body).not.toContainEqual(expect.objectContaining({ type: "ActionSet" }));
  });
});

describe("help", () => {
  it("lists the commands in the user's language and names the other language's words", () => {
    const sv = renderText(helpCard("sv", helpCommands()));
    for (const word of [
      "status [kluster]",
      "bedöm",
      "pgsa",
      "steg",
      "publicerad <länk>",
      "statistik",
      "koppla <organisation>",
      "hjälp",
    ])
      expect(sv).toContain(`${word}: `);
    expect(sv).toContain("assess");
    const en = renderText(helpCard("en", helpCommands()));
    for (const word of [
      "status [cluster]",
      "assess",
      "pdsa",
      "guide",
      "published <link>",
      "stats",
      "bind <organisation>",
      "help",
    ])
      expect(en).toContain(`${word}: `);
  });
});

describe("notice", () => {
  it("is a title and one sentence, which is also the notification text", () => {
    const card = noticeCard({ title: "Omgången är stängd", text: "Det går inte längre att skicka in." });
    expect(renderText(card)).toBe("Omgången är stängd\n\nDet går inte längre att skicka in.\n");
    expect(renderBlockKitMessage(card).text).toBe("Det går inte längre att skicka in.");
  });
});

describe("PDSA update form", () => {
  it("has the PdsaFields as inputs, prefilled from the latest update, with PGSA phase words in Swedish", () => {
    const latest = {
      area: "Hemtjänst",
      points: ["q2", "q11"],
      cycle: 2,
      phase: "study" as const,
      subSteps: ["choose-area" as const, "facts-and-data" as const],
      aim: "Lika väntetid",
    };
    const card = pdsaUpdateForm(
      {
        roundId: "r",
        organisationId: "o",
        nonce: "n",
        checklist: thirteen,
        organisationName: "Grums",
        latest,
        lastUpdate: "2027-05-03",
      },
      "sv",
    );
    expect(renderText(card)).toContain("Organisation: Grums");
    const inputs = adaptiveInputs(renderAdaptive(card));
    expect(inputs.map((i) => i.id)).toEqual([
      "area",
      "points",
      "cycle",
      "phase",
      "startedOn",
      "endedOn",
      "subSteps",
      "aim",
      "prediction",
      "measure",
      "planWho",
      "doneWhat",
      "surprises",
      "result",
      "learned",
      "decision",
      "nextCycle",
    ]);
    const byId = (id: string) => inputs.find((i) => i.id === id) as Json;
    expect(byId("area").value).toBe("Hemtjänst");
    expect(byId("points").value).toBe("q2,q11");
    expect(byId("cycle").value).toBe(2);
    expect(byId("phase").value).toBe("study");
    expect((byId("phase").choices as Json[]).map((c) => c.title)).toEqual([
      "planera",
      "göra",
      "studera",
      "agera",
    ]);
    expect(byId("aim").value).toBe("Lika väntetid");
    // SKR's sub-steps are optional checkboxes, prefilled from the cycle's last update, and the form says when that was.
    expect(byId("subSteps").value).toBe("choose-area,facts-and-data");
    expect(byId("subSteps").isRequired ?? false).toBe(false);
    expect((byId("subSteps").choices as Json[]).map((c) => c.title)).toContain("Testat i liten skala");
    expect(JSON.stringify(renderAdaptive(card))).toContain("Senaste uppdateringen: måndag 3 maj 2027.");
    // 13 points do not fit Slack's 10 checkboxes: a multi-select instead.
    const modal = renderBlockKitModal(card);
    const points = (modal.blocks as Json[]).find((b) => b.block_id === "points") as Json;
    expect((points.element as Json).type).toBe("multi_static_select");
    expect(((points.element as Json).initial_options as Json[]).map((o) => o.value)).toEqual(["q2", "q11"]);
  });

  it("asks the cycle's dates with each platform's date picker, prefilled", () => {
    const card = pdsaUpdateForm(
      {
        roundId: "r",
        organisationId: "o",
        nonce: "n",
        checklist: thirteen,
        organisationName: "Grums",
        latest: { area: "Hemtjänst", points: [], cycle: 1, phase: "do" as const, startedOn: "2027-04-20" },
      },
      "sv",
    );
    const started = adaptiveInputs(renderAdaptive(card)).find((i) => i.id === "startedOn") as Json;
    expect(started).toMatchObject({ type: "Input.Date", value: "2027-04-20", label: "Cykeln började" });
    const modal = renderBlockKitModal(card);
    const block = (modal.blocks as Json[]).find((b) => b.block_id === "startedOn") as Json;
    expect(block.element).toEqual({ type: "datepicker", action_id: "startedOn", initial_date: "2027-04-20" });
    expect(block.optional).toBe(true);
    expect(renderText(card)).toContain("2027-04-20");
  });
});

describe("statistics form", () => {
  it("asks two required numbers and three routine toggles, prefilled", () => {
    const card = statisticsForm(
      {
        roundId: "r",
        organisationId: "o",
        nonce: "n",
        organisationName: "Grums",
        latest: { reported: 10, bySex: 4, routines: { budget: true, followUp: false, decisions: true } },
      },
      "en",
    );
    const inputs = adaptiveInputs(renderAdaptive(card));
    expect(inputs.map((i) => [i.type, i.id, i.value])).toEqual([
      ["Input.Number", "reported", 10],
      ["Input.Number", "bySex", 4],
      ["Input.Toggle", "routine:budget", "true"],
      ["Input.Toggle", "routine:followUp", "false"],
      ["Input.Toggle", "routine:decisions", "true"],
    ]);
    const modal = renderBlockKitModal(card);
    const reported = (modal.blocks as Json[]).find((b) => b.block_id === "reported") as Json;
    expect(reported).toMatchObject({
      optional: false,
      element: { type: "number_input", initial_value: "10", min_value: "0" },
    });
    const budget = (modal.blocks as Json[]).find((b) => b.block_id === "routine:budget") as Json;
    expect(budget).toMatchObject({
      optional: true,
      element: { type: "checkboxes", initial_options: [{ value: "true" }] },
    });
  });
});
