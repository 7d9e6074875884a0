// The year's rules as people meet them in chat: the start-up description is marked with a command, late
// items show in `status` with their first late day, late submissions are marked, and once the results
// conference is over the round says it has concluded and its forms are closed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../cards/format.ts";
import { strings } from "../../cards/strings.ts";
import { parseCommand } from "../../src/engine/command-words.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const KALMAR_MENTOR = "anna.lind@kalmar.example";
const KARLSKRONA_KEY = "lars.nystrom@karlskrona.example";
const KARLSKRONA_ELECTED = "eva.dahl@karlskrona.example";
const VAXHOLM_KEY = "ingrid.falk@vaxholm.example";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const sv = strings("sv").status;

describe("the start-up description", () => {
  it("knows the command in both languages", () => {
    expect(parseCommand("beskrivning https://x.example").name).toBe("description");
    expect(parseCommand("/description https://x.example").name).toBe("description");
  });

  it("is marked by the key person, with a link, and kept", async () => {
    const reply = text(
      await h.say(KARLSKRONA_KEY, "beskrivning https://example.org/om-oss", "2027-01-20T09:00:00Z"),
    );
    expect(reply).toMatch(/Karlskrona kommuns beskrivning inför startmötet är markerad som publicerad/);
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.map((m) => `${m.organisationId} ${m.meeting}`)).toEqual(["karlskrona start-up"]);
  });

  it("refuses another role, a missing or bad link, and stores nothing", async () => {
    expect(
      text(await h.say(KARLSKRONA_ELECTED, "beskrivning https://example.org/x", "2027-01-20T09:00:00Z")),
    ).toMatch(/Bara er nyckelperson/);
    // Without a link the bot asks for it in a form: nothing is marked yet.
    expect(only(await h.say(VAXHOLM_KEY, "description", "2027-01-20T09:00:00Z"), "form").card.kind).toBe(
      "description-link",
    );
    expect(text(await h.say(VAXHOLM_KEY, "description javascript:alert(1)", "2027-01-20T09:00:00Z"))).toMatch(
      /https:\/\//,
    );
    expect(await h.store.listPresentations(h.round.id)).toHaveLength(1);
  });

  it("is on the help card in both languages", async () => {
    expect(text(await h.say(VAXHOLM_KEY, "hjälp", "2027-01-20T09:00:00Z"))).toContain("beskrivning <länk>");
    expect(strings("en").help.commands.description.syntax).toBe("description <link>");
  });
});

describe("links per step", () => {
  it("guide shows the current step's material from the round file, as a link", async () => {
    // Before benchmarking meeting 1 the cluster is at step 2; the example gives one link for it.
    const replies = await h.say(VAXHOLM_KEY, "steg", "2027-03-01T09:00:00Z");
    expect(text(replies)).toContain("Material för steget:");
    expect(JSON.stringify(replies)).toContain('"type":"open-url"');
    expect(JSON.stringify(replies)).toContain("skr.se/demokratiledningstyrning");
    const step1 = await h.say(VAXHOLM_KEY, "steg", "2027-01-20T09:00:00Z");
    expect(text(step1)).not.toContain("Material för steget:");
  });
});

describe("late work in status", () => {
  it("names each missing item with its first late day once the deadline has passed", async () => {
    // The start-up description was due on 27 January; Kalmar and Vaxholm have none.
    const status = text(await h.say(KALMAR_MENTOR, "status", "2027-01-29T09:00:00Z"));
    expect(status).toContain(sv.lateHeading);
    const since = formatDate("2027-01-28", "sv");
    expect(status).toContain(`Kalmar kommun: beskrivningen av organisationen (försenat sedan ${since})`);
    expect(status).toContain(`Vaxholms stad: beskrivningen av organisationen (försenat sedan ${since})`);
    expect(status).not.toMatch(/Karlskrona kommun: beskrivningen/);
  });

  it("guide says when an item is late, from its first late day", async () => {
    const guide = text(await h.say(VAXHOLM_KEY, "steg", "2027-01-29T09:00:00Z"));
    expect(guide).toContain(sv.lateSince(formatDate("2027-01-28", "sv")));
    const before = text(await h.say(VAXHOLM_KEY, "steg", "2027-01-27T09:00:00Z"));
    expect(before).not.toContain("försenad");
  });

  it("says nothing is late before a deadline", async () => {
    const status = text(await h.say(KALMAR_MENTOR, "status", "2027-01-26T09:00:00Z"));
    expect(status).not.toContain(sv.lateHeading);
  });

  it("shows a late baseline as late until it comes in, then marks it as handed in late", async () => {
    // Benchmarking meeting 1 of cluster kalmar is on 5 April; its deadline is 29 March.
    const before = text(await h.say(KALMAR_MENTOR, "status", "2027-03-31T08:00:00Z"));
    expect(before).toContain(sv.lateSince(formatDate("2027-03-30", "sv")));
    const form = only(await h.say(VAXHOLM_KEY, "bedöm", "2027-03-31T09:00:00Z"), "form").card;
    only(
      await h.submit(VAXHOLM_KEY, form, scores(h.checklist, [2]), "2027-03-31T09:01:00Z", "late-baseline"),
      "form-accepted",
    );
    const after = text(await h.say(KALMAR_MENTOR, "status", "2027-03-31T10:00:00Z"));
    expect(after).toMatch(new RegExp(`Vaxholms stad[^\\n]*${strings("sv").done} \\(${sv.lateMark}\\)`));
    // Vaxholm is still late with the presentation; the assessment is off its late list.
    expect(after).toMatch(/Vaxholms stad: beskrivningen av organisationen \([^)]*\), presentationen \(/);
    expect(after).not.toMatch(/Vaxholms stad:[^\n]*självskattningen/);
  });
});

describe("PDSA sub-steps and work that stands still", () => {
  const pdsaValues = { area: "Föreningsbidrag", points: "p6", cycle: "1", phase: "do" };

  it("keeps the SKR sub-steps ticked in an update, in their order, and refuses one that is not", async () => {
    const form = only(await h.say(KARLSKRONA_KEY, "pgsa", "2027-04-10T09:00:00Z"), "form").card;
    const bad = await h.submit(
      KARLSKRONA_KEY,
      form,
      { ...pdsaValues, subSteps: "guess" },
      "2027-04-10T09:01:00Z",
      "p0",
    );
    expect(only(bad, "form-invalid").errors.subSteps).toMatch(/delsteg/);
    const values = { ...pdsaValues, subSteps: "test-small,choose-area" };
    only(await h.submit(KARLSKRONA_KEY, form, values, "2027-04-10T09:02:00Z", "p1"), "form-accepted");
    const [stored] = await h.store.listPdsa(h.round.id, "karlskrona");
    expect(stored?.subSteps).toEqual(["choose-area", "test-small"]);
    const again = only(await h.say(KARLSKRONA_KEY, "pgsa", "2027-04-12T09:00:00Z"), "form").card;
    expect(JSON.stringify(again)).toContain("Senaste uppdateringen: lördag 10 april 2027.");
  });

  it("marks in status a PDSA with no update for six weeks during a step at home, and not before", async () => {
    // Step 5 of cluster kalmar starts after benchmarking meeting 2 (13 May).
    const early = text(await h.say(KALMAR_MENTOR, "status", "2027-06-20T09:00:00Z"));
    expect(early).not.toContain("ingen uppdatering sedan");
    const late = text(await h.say(KALMAR_MENTOR, "status", "2027-06-26T09:00:00Z"));
    expect(late).toMatch(
      /Karlskrona kommun[^\n]*PGSA-fas: göra \(⚠ ingen uppdatering sedan fredag 14 maj 2027\)/,
    );
    expect(late).toMatch(/Vaxholms stad[^\n]*PGSA-fas: – \(⚠ ingen uppdatering sedan/);
    const form = only(await h.say(KARLSKRONA_KEY, "pgsa", "2027-06-26T09:00:00Z"), "form").card;
    only(await h.submit(KARLSKRONA_KEY, form, pdsaValues, "2027-06-26T09:01:00Z", "p2"), "form-accepted");
    const after = text(await h.say(KALMAR_MENTOR, "status", "2027-06-26T10:00:00Z"));
    expect(after).not.toMatch(/Karlskrona kommun[^\n]*ingen uppdatering/);
    // Less than six weeks after the last update (10 April) nothing is marked.
    expect(text(await h.say(KALMAR_MENTOR, "status", "2027-05-12T09:00:00Z"))).not.toContain(
      "ingen uppdatering",
    );
  });
});

describe("the round's conclusion", () => {
  const AFTER = "2027-12-10T09:00:00Z";

  it("status says the round has concluded and keeps the final figures", async () => {
    const status = text(await h.say(KALMAR_MENTOR, "status", AFTER));
    expect(status).toContain(sv.concludedText(formatDate("2027-12-09", "sv")));
    expect(status).not.toContain(strings("sv").status.nextMeeting);
    expect(status).toMatch(/Vaxholms stad[^\n]*20\/30/);
    expect(status).not.toContain(sv.lateHeading);
  });

  it("the forms and marking commands say the round is closed and store nothing", async () => {
    const before = await h.store.listPresentations(h.round.id);
    for (const command of [
      "bedöm",
      "pgsa",
      "statistik",
      "beskrivning https://example.org/x",
      "publicerad https://example.org/y",
    ]) {
      expect(text(await h.say(VAXHOLM_KEY, command, AFTER)), command).toMatch(/är avslutad/);
    }
    expect(await h.store.listPresentations(h.round.id)).toEqual(before);
  });

  it("the project managers' overview says so for every cluster", async () => {
    const overview = text(await h.say("sara.holm@skr.example", "status", AFTER));
    expect(overview.match(/omgången är avslutad/g)).toHaveLength(2);
  });

  it("guide says the round has concluded", async () => {
    expect(text(await h.say(VAXHOLM_KEY, "steg", AFTER))).toContain(
      sv.concludedText(formatDate("2027-12-09", "sv")),
    );
  });

  it("results stay available, the late baseline marked late", async () => {
    const replies = await h.say(VAXHOLM_KEY, "resultat", AFTER);
    expect(JSON.stringify(replies)).toContain("20/30");
    expect(text(replies)).toContain("Inlämnad efter sista dagen: Nulägesbedömning.");
    expect(JSON.stringify(replies)).toContain("Nulägesbedömning (försenad)");
  });

  it("is still open on the conference day itself", async () => {
    expect(text(await h.say(VAXHOLM_KEY, "pgsa", "2027-12-09T15:00:00Z"))).not.toMatch(/är avslutad/);
  });
});
