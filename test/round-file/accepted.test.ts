import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readiness } from "../../src/domain/assessment.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { edit, FIXTURE_CHECKLISTS, parse, SMALL_ROUND, SMALL_ROUND_PATH } from "./helpers.ts";

const EXAMPLE = fileURLToPath(new URL("../../examples/round-2027.yaml", import.meta.url));

function accepted(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join("\n"));
  return result;
}

function scores(values: number[]) {
  return Object.fromEntries(values.map((score, i) => [`q${i + 1}`, { score }]));
}

describe("a valid round file becomes a Round", () => {
  const { round, checklist } = accepted(SMALL_ROUND);

  it("stores e-mails in lower case, for people and project managers", () => {
    expect(round.projectManagers[0]?.email).toBe("sara.holm@skr.example");
    expect(round.organisations[0]?.people[0]?.email).toBe("key@alfa.example");
  });

  it("hides other organisations' names in results unless the file says otherwise", () => {
    expect(round.showNamesInResults).toBe(false);
    const shown = accepted(
      edit(SMALL_ROUND, "checklist: skr-10", "checklist: skr-10\nshowNamesInResults: true"),
    );
    expect(shown.round.showNamesInResults).toBe(true);
  });

  it("names a cluster after its mentor when the file gives no name", () => {
    expect(round.clusters.map((c) => c.name)).toEqual(["Alfa kommun", "Andra klustret"]);
  });

  it("keeps the meetings, hosts, chat homes and languages", () => {
    expect(round.clusters[1]?.meetings).toEqual([
      { id: "benchmarking-1", date: "2027-04-15", host: "delta" },
      { id: "benchmarking-2", date: "2027-06-10", host: "epsilon" },
      { id: "benchmarking-3", date: "2027-10-07", host: "eta" },
    ]);
    expect(round.organisations[1]?.home).toEqual({
      platform: "slack",
      workspace: "T05QF3L7K2A",
      channel: "C06J8N2KQ4T",
    });
    expect(round.organisations[2]?.language).toBe("en");
    expect(round.organisations[2]?.kind).toBe("region");
  });

  it("comes with the checklist it names", () => {
    expect(checklist.id).toBe("skr-10");
    expect(checklist.points).toHaveLength(10);
  });
});

describe("any checklist through the round file", () => {
  it("loads a 13-point checklist, where seven top scores make a model organisation and six do not", () => {
    const { checklist } = accepted(edit(SMALL_ROUND, "checklist: skr-10", "checklist: test-13"));
    expect(checklist.points).toHaveLength(13);
    expect(readiness(checklist, scores([3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2])).ready).toBe(true);
    expect(readiness(checklist, scores([3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2])).ready).toBe(false);
  });

  it("loads a checklist scored 1 to 4, where 3 is not the top and 1 is the minimum", () => {
    const { checklist } = accepted(edit(SMALL_ROUND, "checklist: skr-10", "checklist: test-1-4"));
    expect(checklist.scale).toMatchObject({ min: 1, max: 4 });
    const allThrees = Object.fromEntries(checklist.points.map((p) => [p.id, { score: 3 }]));
    expect(readiness(checklist, allThrees).ready).toBe(false);
    const mostlyFours = Object.fromEntries(checklist.points.map((p, i) => [p.id, { score: i < 6 ? 4 : 2 }]));
    expect(readiness(checklist, mostlyFours).ready).toBe(true);
  });
});

describe("loading a round file from disk", () => {
  it("loads the example round with the bundled checklist", async () => {
    const result = await loadRoundFile(EXAMPLE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.round.id).toBe("modellkommuner-2027");
    expect(result.round.clusters.map((c) => [c.mentor, ...c.organisations])).toEqual([
      ["kalmar", "karlskrona", "vaxholm"],
      ["ornskoldsvik", "grums", "karlstad", "kramfors"],
    ]);
    expect(result.checklist.id).toBe("skr-10");
  });

  it("puts the example's first cluster on Teams and mixes platforms in the second", async () => {
    const result = await loadRoundFile(EXAMPLE);
    if (!result.ok) throw new Error("example rejected");
    const platformOf = (id: string) => result.round.organisations.find((o) => o.id === id)?.home?.platform;
    expect(["kalmar", "karlskrona", "vaxholm"].map(platformOf)).toEqual(["teams", "teams", "teams"]);
    expect(["ornskoldsvik", "grums", "karlstad", "kramfors"].map(platformOf)).toEqual([
      "slack",
      "teams",
      "slack",
      "teams",
    ]);
    expect(result.round.organisations.filter((o) => o.language === "en").map((o) => o.id)).toEqual([
      "karlstad",
    ]);
  });

  it("finds a checklist in an extra folder", async () => {
    const bundledOnly = await loadRoundFile(SMALL_ROUND_PATH);
    expect(bundledOnly.ok).toBe(true);
    const result = await loadRoundFile(SMALL_ROUND_PATH, { checklistDirs: [FIXTURE_CHECKLISTS] });
    expect(result.ok).toBe(true);
  });

  it("says so when the file cannot be read", async () => {
    const result = await loadRoundFile("/nonexistent/round.yaml");
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: "/nonexistent/round.yaml",
          line: 0,
          path: "",
          message: expect.stringMatching(/ENOENT/),
          sv: expect.stringMatching(/kan inte läsa filen \(ENOENT\)/),
        },
      ],
    });
  });
});
