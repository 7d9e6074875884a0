// The `results` card shows every number a participant would check: per point per round, shift,
// the cluster's median and range, totals and readiness; and it stays valid with 13 points and 4 rounds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBlockKitMessage } from "../../cards/block-kit-limits.ts";
import type { Card } from "../../cards/model.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage } from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { resultsCard } from "../../cards/results.ts";
import type { Reply } from "../../src/engine/events.ts";
import { ADAPTIVE_MAX_BYTES, adaptiveCardProblems, byteSize } from "../cards/adaptive-validator.ts";
import { fixtureChecklist, type Seeded, seededRound } from "./seeded-round.ts";

let seeded: Seeded;
beforeAll(async () => {
  seeded = await seededRound();
});
afterAll(async () => seeded.close());

async function ask(email: string, text: string): Promise<Reply[]> {
  const organisation = email.split("@")[1]?.replace(".example", "") ?? "";
  return seeded.engine.handle(
    {
      type: "command",
      text,
      platform: "playground",
      workspace: "playground",
      channel: organisation,
      user: { id: email, email },
      eventId: `e-${text}`,
    },
    new Date("2027-12-20T10:00:00Z"),
  );
}

function table(card: Card, index = 0): string[][] {
  const tables = card.blocks.filter((b) => b.type === "table");
  const found = tables[index];
  return found?.type === "table" ? found.rows : [];
}

describe("the results card", () => {
  it("shows an organisation's scores per round, the shift and the cluster's median and range", async () => {
    const [reply] = await ask("key@org-0-a.example", "resultat");
    const card = reply && "card" in reply ? reply.card : undefined;
    expect(card?.kind).toBe("results");
    const rows = table(card as Card);
    // Point 1: 1 → 2 → 3 → 4; the cluster's latest: org-0-a 4, org-0-b 3, mentor 4.
    expect(rows[0]?.slice(1)).toEqual(["1", "2", "3", "4", "↑ +3", "4 (3–4)"]);
    // Point 7: 2, 2, 3, 3; cluster 3, 3, 4 → median 3.
    expect(rows[6]?.slice(1)).toEqual(["2", "2", "3", "3", "↑ +1", "3 (3–4)"]);
    expect(rows.at(-1)?.slice(1, 6)).toEqual(["16/40", "20/40", "27/40", "36/40", "↑ +20"]);
    expect(
      card?.blocks.some((b) => b.type === "text" && b.text.includes("Redo att bli modellorganisation: ja")),
    ).toBe(true);
  });

  it("shows an organisation that skipped a round with only the rounds it submitted", async () => {
    const [reply] = await ask("key@org-0-b.example", "results");
    const rows = table((reply && "card" in reply ? reply.card : undefined) as Card);
    expect(rows[0]?.slice(1)).toEqual(["2", "3", "↑ +1", "4 (3–4)"]);
    expect(rows.at(-1)?.slice(1, 4)).toEqual(["20/40", "30/40", "↑ +10"]);
  });

  it("hides other organisations' names unless the round allows it, and refuses another's results", async () => {
    const replies = await ask("key@org-0-a.example", "resultat org-0-b");
    expect(replies.map((r) => ("card" in r ? r.card.kind : r.type))).not.toContain("results");
    const own = await ask("key@org-0-a.example", "resultat");
    const shown = JSON.stringify(own);
    expect(shown).not.toContain("Åsele");
  });

  it("lets the mentor see any organisation of the cluster", async () => {
    const [reply] = await ask("key@mentor-0.example", "resultat org-0-b");
    expect(reply && "card" in reply ? reply.card.kind : undefined).toBe("results");
  });
});

describe("results cards stay within the platforms' limits", () => {
  const thirteen = fixtureChecklist("test-13");
  const rounds = [
    "baseline",
    "before-benchmarking-2",
    "before-benchmarking-3",
    "before-results-conference",
  ] as const;
  for (const locale of ["sv", "en"] as const) {
    it(`13 points and four rounds (${locale})`, () => {
      const card = resultsCard(
        {
          organisationName: "Kramfors kommun",
          maxTotal: 39,
          rounds: rounds.map((round, i) => ({ round, total: 13 + i * 5 })),
          points: thirteen.points.map((p) => ({
            pointId: p.id,
            scores: [1, 2, 2, 3],
            shift: 2,
            cluster: { median: 2.5, min: 1, max: 3 },
          })),
          totalShift: 15,
          ready: false,
          clusterSize: 4,
          clusterTotals: [{ name: "Grums kommun", total: 30 }],
        },
        thirteen,
        locale,
      );
      const adaptive = renderAdaptive(card);
      expect(adaptiveCardProblems(adaptive)).toEqual([]);
      expect(byteSize(adaptive)).toBeLessThan(ADAPTIVE_MAX_BYTES);
      expect(checkBlockKitMessage(renderBlockKitMessage(card))).toEqual([]);
    });
  }
});

describe("the shift as a chart", () => {
  it("gives Teams a grouped bar chart with the same numbers as the table, and a table as its fallback", async () => {
    const [reply] = await ask("key@org-0-a.example", "results");
    const card = (reply && "card" in reply ? reply.card : undefined) as Card;
    const adaptive = JSON.stringify(renderAdaptive(card));
    const chart = JSON.parse(adaptive).body.find(
      (e: { type: string }) => e.type === "Chart.VerticalBar.Grouped",
    );
    expect(chart.data.map((s: { legend: string }) => s.legend)).toEqual(
      ["Baseline", "Meeting 2", "Meeting 3", "Conference"].map(() => expect.any(String)),
    );
    // Point 1 across the four rounds: 1, 2, 3, 4 — the same as the table's first row.
    expect(chart.data.map((s: { values: { y: number }[] }) => s.values[0]?.y)).toEqual([1, 2, 3, 4]);
    expect(chart.fallback.items[1].type).toBe("Table");
    expect(adaptiveCardProblems(renderAdaptive(card))).toEqual([]);
  });

  it("refuses a chart element without a fallback", () => {
    const bare = { type: "AdaptiveCard", version: "1.5", body: [{ type: "Chart.Pie", data: [] }] };
    expect(adaptiveCardProblems(bare)).toContain("Chart.Pie has no fallback");
  });

  it("shows Slack and the text fallback the same numbers as a table", async () => {
    const [reply] = await ask("key@org-0-a.example", "resultat");
    const card = (reply && "card" in reply ? reply.card : undefined) as Card;
    const slack = JSON.stringify(renderBlockKitMessage(card));
    expect(slack).toContain("Nivå per punkt och omgång");
    const text = renderText(card);
    // The rounds are named by the meetings they prepare, as the model names them (meeting 2 overall is
    // benchmarking meeting 1, so "Möte 2" misled).
    expect(text).toMatch(
      /- 1 · Nulägesbedömning: 1 · Inför benchmarkingmöte 2: 2 · Inför benchmarkingmöte 3: 3 · Inför resultatkonferensen: 4/,
    );
    expect(text).not.toMatch(/Möte \d/);
  });
});
