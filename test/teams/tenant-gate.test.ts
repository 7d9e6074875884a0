// The Teams gate admits the tenants the engine's rule names (engine/locate.ts, the same as Slack's) and
// asks at every request: a round imported or a channel bound a moment ago counts for the next activity.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TenantGate } from "../../src/adapters/teams/tenant-gate.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { sameDayClusters, testRound } from "../fixtures/round-builder.ts";

const KALMAR = "8E2C3F41-0000-4000-8000-00000000CAFE";
const round = (() => {
  const r = testRound({ startUp: "2027-02-03", conference: "2027-12-08", clusters: sameDayClusters(1) });
  const [first, ...rest] = r.organisations;
  if (!first) throw new Error("the test round has no organisation");
  const home = { platform: "teams" as const, workspace: KALMAR, channel: "19:kalmar@thread.tacv2" };
  return { ...r, organisations: [{ ...first, home }, ...rest] };
})();

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-tenant-gate-"));
  store = await openEmbeddedStore({ dataDir: dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the Teams tenant gate", () => {
  it("admits a tenant from the moment its round file is imported, in any letter case", async () => {
    const gate = new TenantGate([], store);
    expect(await gate.check(KALMAR)).toBe("unknown-tenant");
    await store.saveRound(round);
    expect(await gate.check(KALMAR)).toBe("accepted");
    expect(await gate.check(KALMAR.toLowerCase())).toBe("accepted");
  });

  it("admits a tenant from the moment a channel of it is bound, and no other", async () => {
    await store.saveRound(round);
    const gate = new TenantGate([], store);
    const other = "0c0ffee0-0000-4000-8000-000000000001";
    expect(await gate.check(other)).toBe("unknown-tenant");
    const organisationId = round.organisations[1]?.id ?? "";
    const channel = "19:bound@thread.tacv2";
    await store.saveBinding({
      platform: "teams",
      workspace: other,
      channel,
      roundId: round.id,
      organisationId,
      boundAt: "2027-02-03T09:00:00Z",
    });
    expect(await gate.check(other)).toBe("accepted");
    expect(await gate.check("0c0ffee0-0000-4000-8000-000000000002")).toBe("unknown-tenant");
  });

  it("refuses a tenant the round names when TEAMS_ALLOWED_TENANTS leaves it out", async () => {
    await store.saveRound(round);
    const gate = new TenantGate(["0c0ffee0-0000-4000-8000-000000000001"], store);
    expect(await gate.check(KALMAR)).toBe("not-allowed");
  });
});
