// The Teams adapter with the real engine on the embedded store and the example round, at a time the test
// picks. The people of cluster Kalmar are members the fake Bot Connector knows by their AAD object ids.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Round } from "../../src/domain/round.ts";
import { Engine } from "../../src/engine/engine.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { EXAMPLE } from "../engine/harness.ts";
import type { TeamsUser } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";

export const KARLSKRONA = {
  tenant: "5930cf28-dc60-472b-80f0-54b59154566e",
  channel: "19:09fc5abb686144d68437fba88e774d57@thread.tacv2",
};
export const KALMAR = {
  tenant: "e48ef547-0130-4a01-9713-ece6344d8ab8",
  channel: "19:477d862e8f1d4f48b6281f07c9e9037f@thread.tacv2",
};
export const LARS: TeamsUser = {
  id: "29:1LarsNystromTeamsId",
  aadObjectId: "3f6b2a9e-1c4d-4e8f-9a0b-5c7d9e1f3a51",
  name: "Lars Nyström",
};
export const ANNA_LIND: TeamsUser = {
  id: "29:1AnnaLindTeamsId",
  aadObjectId: "8c2d4e6f-0a1b-4c3d-8e5f-7a9b1c3d5e62",
  name: "Anna Lind",
};

export interface RealEngineHarness extends Harness {
  embedded: Store;
  round: Round;
  checklist: Checklist;
}

export async function startRealEngine(at: string): Promise<RealEngineHarness> {
  const dir = mkdtempSync(join(tmpdir(), "teams-engine-"));
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error(`example round invalid: ${JSON.stringify(loaded.errors)}`);
  const embedded = await openEmbeddedStore({ dataDir: dir });
  await embedded.saveRound(loaded.round);
  let nonce = 0;
  const engine = new Engine({
    store: embedded,
    checklists: new Map([[loaded.checklist.id, loaded.checklist]]),
    newNonce: () => `nonce-${++nonce}`,
  });
  const h = await startHarness({ engine, store: embedded, clock: () => new Date(at) });
  h.connector.addMember({ ...LARS, email: "lars.nystrom@karlskrona.example", tenantId: KARLSKRONA.tenant });
  h.connector.addMember({ ...ANNA_LIND, email: "anna.lind@kalmar.example", tenantId: KALMAR.tenant });
  return {
    ...h,
    embedded,
    round: loaded.round,
    checklist: loaded.checklist,
    stop: async () => {
      await h.stop();
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Action.Execute with this verb anywhere in a posted Adaptive Card. */
export function findAction(card: unknown, verb: string): { data: Record<string, unknown> } | undefined {
  if (typeof card !== "object" || card === null) return undefined;
  const node = card as Record<string, unknown>;
  if (node.type === "Action.Execute" && node.verb === verb) return node as { data: Record<string, unknown> };
  for (const value of Object.values(node)) {
    const found = Array.isArray(value)
      ? value.map((v) => findAction(v, verb)).find(Boolean)
      : findAction(value, verb);
    if (found) return found;
  }
  return undefined;
}

/** An Adaptive Card's table rows, each as its cells' texts. */
export function tableRows(card: unknown): string[][] {
  if (typeof card !== "object" || card === null) return [];
  const node = card as Record<string, unknown>;
  if (node.type === "TableRow" && Array.isArray(node.cells)) {
    return [node.cells.map((cell) => JSON.stringify(cell).match(/"text":"([^"]*)"/)?.[1] ?? "")];
  }
  return Object.values(node).flatMap((value) =>
    Array.isArray(value) ? value.flatMap(tableRows) : tableRows(value),
  );
}
