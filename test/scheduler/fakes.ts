// Stand-ins for the scheduler tests: recording channel senders, a quiet logger, a store in a temp dir and
// the example round.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Card } from "../../cards/model.ts";
import type { ChannelSender, SendOutcome } from "../../src/delivery/sender-port.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { ChatHome, Platform, Round } from "../../src/domain/round.ts";
import type { Logger } from "../../src/logging/logger.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { logLines } from "../fakes/log-lines.ts";
import { testRound } from "../fixtures/round-builder.ts";

export interface SentMessage {
  platform: Platform;
  home: ChatHome;
  card: Card;
  key: string;
  /** The fake clock's instant when the post was made. */
  at: Date;
}

export interface RecordingSender extends ChannelSender {
  readonly sent: SentMessage[];
  /** Every call to send, posted or refused: `key channel`. */
  readonly attempts: string[];
  /** Answers every post to this channel with the outcome instead of posting. */
  refuse(channel: string, outcome: Extract<SendOutcome, { ok: false }>): void;
}

/** A recording platform shared by both senders, so tests see one list in the order posts were made. */
export function recordingPlatforms(clock: { now(): Date }, options: { lookup?: Platform[] } = {}) {
  const sent: SentMessage[] = [];
  const attempts: string[] = [];
  const refusals = new Map<string, Extract<SendOutcome, { ok: false }>>();
  const make = (platform: Platform): RecordingSender => {
    const sender: RecordingSender = {
      platform,
      sent,
      attempts,
      refuse: (channel, outcome) => refusals.set(channel, outcome),
      async send(home, card, key, options) {
        attempts.push(`${key} ${home.channel}`);
        const refusal = refusals.get(home.channel);
        // A refusal before the post leaves (a token that will not come) hands nothing off.
        if (refusal?.unavailable) return refusal;
        if (options?.handOff && !(await options.handOff()))
          return { ok: false, permanent: false, ambiguous: false, error: "taken" };
        if (refusal) return refusal;
        sent.push({ platform, home, card, key, at: clock.now() });
        return { ok: true, messageId: `m${sent.length}` };
      },
    };
    if (options.lookup?.includes(platform)) {
      sender.findSent = async (home, key) => {
        const index = sent.findIndex((m) => m.key === key && m.home.channel === home.channel);
        return index < 0 ? undefined : `m${index + 1}`;
      };
    }
    return sender;
  };
  return {
    sent,
    attempts,
    slack: make("slack"),
    teams: make("teams"),
    /** Posts again answer normally in this channel. */
    accept: (channel: string) => refusals.delete(channel),
  };
}

export function logger(): Logger & { lines: string[] } {
  const { logger, lines } = logLines("info");
  return { ...logger, lines };
}

export interface TempStore {
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "modellbot-scheduler-"));
  const store = await openStore({ dataDir });
  return {
    store,
    dataDir,
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const EXAMPLE_ROUND = join(import.meta.dirname, "../../examples/round-2027.yaml");

export async function exampleRound(): Promise<{ round: Round; checklists: Map<string, Checklist> }> {
  const loaded = await loadRoundFile(EXAMPLE_ROUND);
  if (!loaded.ok) throw new Error(`example round does not load: ${JSON.stringify(loaded.errors)}`);
  return { round: loaded.round, checklists: new Map([[loaded.checklist.id, loaded.checklist]]) };
}

export function fakeClock(start: Date) {
  let now = start;
  return {
    now: () => now,
    set(next: Date) {
      now = next;
    },
  };
}

/** One cluster (mentor + two organisations) on Wednesdays; the mentor and org-a on Slack, org-b on Teams. */
export function smallRound(overrides: Partial<Round> = {}): Round {
  const round = testRound({
    startUp: "2027-02-03",
    conference: "2027-12-08",
    clusters: [
      {
        mentor: "mentor",
        organisations: ["org-a", "org-b"],
        b1: "2027-04-14",
        b2: "2027-06-09",
        b3: "2027-10-13",
      },
    ],
  });
  const homes: Record<string, ChatHome> = {
    mentor: { platform: "slack", workspace: "T0MENTOR1", channel: "C0MENTOR1" },
    "org-a": { platform: "slack", workspace: "T0ORGA001", channel: "C0ORGA001" },
    "org-b": { platform: "teams", workspace: "tenant-b", channel: "19:orgb@thread.tacv2" },
  };
  return {
    ...round,
    organisations: round.organisations.map((o) => ({ ...o, home: homes[o.id] })),
    projectManagerHome: { platform: "slack", workspace: "T0PROJECT1", channel: "C0PROJECTS" },
    ...overrides,
  };
}
