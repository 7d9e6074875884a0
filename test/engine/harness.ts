// Drives the real engine on the embedded store with the example round and a clock the test sets.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Card } from "../../cards/model.ts";
import { renderText } from "../../cards/render-text.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Round } from "../../src/domain/round.ts";
import type { ProjectManagerAlerts } from "../../src/engine/audit.ts";
import type { DashboardLinks } from "../../src/engine/dashboard-port.ts";
import { Engine } from "../../src/engine/engine.ts";
import type { InboundEvent, Reply } from "../../src/engine/events.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";

export const EXAMPLE = new URL("../../examples/round-2027.yaml", import.meta.url).pathname;

export interface Harness {
  engine: Engine;
  store: Store;
  round: Round;
  checklist: Checklist;
  /** Sends a command as `email` at `at` in the organisation's playground channel. */
  say(email: string, text: string, at: string, extra?: Partial<InboundEvent>): Promise<Reply[]>;
  submit(
    email: string,
    form: Card,
    values: Record<string, unknown>,
    at: string,
    key: string,
    hidden?: Record<string, string>,
    extra?: Partial<InboundEvent>,
  ): Promise<Reply[]>;
  close(): Promise<void>;
}

/** `wrapStore` puts a fault in front of the store the engine uses (test/fakes/slow-store.ts). */
export async function startHarness(
  options: {
    alerts?: ProjectManagerAlerts;
    wrapStore?: (store: Store) => Store;
    dashboard?: DashboardLinks;
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-engine-"));
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error(`example round invalid: ${JSON.stringify(loaded.errors)}`);
  const opened = await openStore({ dataDir: dir });
  const store = options.wrapStore ? options.wrapStore(opened) : opened;
  await store.saveRound(loaded.round);
  let nonce = 0;
  const engine = new Engine({
    store,
    checklists: new Map([[loaded.checklist.id, loaded.checklist]]),
    newNonce: () => `nonce-${++nonce}`,
    alerts: options.alerts,
    dashboard: options.dashboard,
  });
  let eventId = 0;
  const origin = (email: string) => ({
    platform: "playground" as const,
    workspace: "playground",
    channel: organisationOf(loaded.round, email) ?? "project-managers",
    user: { id: email, email },
    eventId: `event-${++eventId}`,
  });
  return {
    engine,
    store,
    round: loaded.round,
    checklist: loaded.checklist,
    say: (email, text, at, extra) =>
      engine.handle({ type: "command", text, ...origin(email), ...extra } as InboundEvent, new Date(at)),
    submit: (email, form, values, at, key, hidden, extra) =>
      engine.handle(
        {
          type: "form-submitted",
          formId: form.form?.formId ?? "none",
          values,
          hidden: hidden ?? form.form?.hidden ?? {},
          idempotencyKey: key,
          ...origin(email),
          ...extra,
        } as InboundEvent,
        new Date(at),
      ),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function organisationOf(round: Round, email: string): string | undefined {
  return round.organisations.find((o) => o.people.some((p) => p.email === email))?.id;
}

/** The one reply of a type, failing loudly when it is not there. */
export function only<T extends Reply["type"]>(replies: Reply[], type: T): Extract<Reply, { type: T }> {
  const found = replies.filter((r): r is Extract<Reply, { type: T }> => r.type === type);
  if (found.length !== 1)
    throw new Error(`expected one ${type} reply, got ${replies.map((r) => r.type).join(", ")}`);
  return found[0] as Extract<Reply, { type: T }>;
}

export function text(replies: Reply[]): string {
  return replies.map((r) => ("card" in r ? renderText(r.card) : "")).join("\n---\n");
}

/** A full self-assessment: every point of the checklist at the given scores, in order. */
export function scores(checklist: Checklist, values: number[]): Record<string, string> {
  return Object.fromEntries(
    checklist.points.map((p, i) => [`score:${p.id}`, String(values[i] ?? values.at(-1))]),
  );
}
