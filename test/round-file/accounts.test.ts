// Accounts in the round file: extra workspaces or tenants a person may act from, and the people the bot
// could never recognise named as warnings (the round still loads: a project manager may bind a channel later).
import { describe, expect, it } from "vitest";
import { edit, lineOf, parse, SMALL_ROUND } from "./helpers.ts";

const SKR_TENANT = "0c5d7f3a-2b1e-4d6f-9a8c-3e5b7d9f1a2c";

describe("accounts", () => {
  it("keeps the accounts listed for a project manager and a person", () => {
    const text = edit(
      SMALL_ROUND,
      "    email: Sara.Holm@SKR.example",
      `    email: Sara.Holm@SKR.example\n    accounts: [{ platform: teams, workspace: ${SKR_TENANT} }, { platform: slack, workspace: E0GRID1234 }]`,
    );
    const result = parse(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.round.projectManagers[0]?.accounts).toEqual([
      { platform: "teams", workspace: SKR_TENANT },
      { platform: "slack", workspace: "E0GRID1234" },
    ]);
  });

  it("refuses an account that is not a workspace or tenant id, on its line", () => {
    const text = edit(
      SMALL_ROUND,
      "    email: Sara.Holm@SKR.example",
      "    email: Sara.Holm@SKR.example\n    accounts: [{ platform: teams, workspace: skr }]",
    );
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.line).toBe(lineOf(text, "accounts:"));
    expect(result.errors[0]?.message).toMatch(/tenant id is a GUID/);
  });

  it("names every person the bot could not recognise yet, as warnings", () => {
    const result = parse(SMALL_ROUND);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const named = result.warnings
      .filter((w) => w.message.includes("recognised"))
      .map((w) => w.message.split(" can ")[0]);
    // The small round has no project managers' home, and some organisations without a home.
    expect(named).toContain("project manager Sara Holm");
    for (const w of result.warnings) expect(w.sv).toBeDefined();
    const accountWarnings = result.warnings.filter((w) => w.message.includes("recognised"));
    const homeless = result.round.organisations.filter((o) => !o.home);
    expect(homeless.length).toBeGreaterThan(0);
    for (const organisation of homeless)
      for (const person of organisation.people)
        expect(named).toContain(`${person.name} (${organisation.id})`);
    expect(accountWarnings).toHaveLength(1 + homeless.length * 3);
  });

  it("names nobody in the example round: every person can be recognised", async () => {
    const { loadRoundFile } = await import("../../src/round-file/load-round-file.ts");
    const result = await loadRoundFile(new URL("../../examples/round-2027.yaml", import.meta.url).pathname);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.filter((w) => w.message.includes("recognised"))).toEqual([]);
  });
});
