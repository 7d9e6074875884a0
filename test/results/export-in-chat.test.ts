// A project manager asks for the export in the chat and gets the file; nobody else does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderText } from "../../cards/render-text.ts";
import type { Reply } from "../../src/engine/events.ts";
import { parseCsv } from "../../src/export/csv.ts";
import { type Seeded, seededRound } from "./seeded-round.ts";

let seeded: Seeded;
beforeAll(async () => {
  seeded = await seededRound();
});
afterAll(async () => seeded.close());

function ask(email: string, text: string, channel = "project-managers"): Promise<Reply[]> {
  const user = { id: email, email };
  const event = {
    type: "command" as const,
    text,
    platform: "playground" as const,
    workspace: "playground",
    channel,
    user,
    eventId: text,
  };
  return seeded.engine.handle(event, new Date("2027-12-20T10:00:00Z"));
}

describe("export in the chat", () => {
  it("gives a project manager the CSV as a file, with every organisation's latest total in the card", async () => {
    const [reply] = await ask("pm@skr.example", "exportera");
    expect(reply?.type).toBe("file");
    if (reply?.type !== "file") return;
    expect(reply.file.name).toBe("test-round-2027-12-20.csv");
    const rows = parseCsv(reply.file.content);
    expect(rows.filter((r) => r.organisation === "org-0-a").map((r) => r.total)).toEqual([
      "16",
      "20",
      "27",
      "36",
    ]);
    const text = renderText(reply.card);
    expect(text).toMatch(
      /org-0-a kommun · Omgångar: 4 · Senaste summa: 36\/40 · Förflyttning: ↑ \+20 · Redo: ja/,
    );
  });

  it("gives the Markdown report on request", async () => {
    const [reply] = await ask("pm@skr.example", "export md");
    expect(reply?.type === "file" ? reply.file.content : "").toContain(
      "| **Summa** | **16** | **20** | **27** | **36** | **+20** |",
    );
  });

  it("refuses anyone but a project manager, and an unknown format", async () => {
    const member = await ask("key@org-0-a.example", "exportera", "org-0-a");
    expect(member.map((r) => r.type)).toEqual(["private"]);
    const odd = await ask("pm@skr.example", "export pdf");
    expect(
      renderText(odd[0] && "card" in odd[0] ? odd[0].card : { kind: "", title: "", summary: "", blocks: [] }),
    ).toMatch(/exportera csv/);
  });
});
