// Fan-out of reminders in one tick (10,000, or 30,000 at national scale: FanOutShape) through the real Slack and Teams senders to fake platforms on
// 127.0.0.1 that enforce Slack's one post per second per channel and Teams' seven per second per
// conversation (429 with Retry-After when exceeded). Reports every delivery and the wall time as a ratio
// to the least time those limits allow, the Slack workspace pace included (SLACK_WORKSPACE_POSTS_PER_MINUTE:
// Slack publishes no figure for its workspace-wide limit, so the fake does not enforce one and the
// minimum counts the bot's own default pace). Run alone with
// `npx tsx bench/reminders.ts [30000 | 1000] [--mongo]`.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE,
  workspaceIntervalMs,
} from "../src/adapters/slack/channel-pacer.ts";
import { createSlackApi } from "../src/adapters/slack/slack-api.ts";
import { createSlackSender } from "../src/adapters/slack/slack-sender.ts";
import { createTeamsAdapter } from "../src/adapters/teams/teams-adapter.ts";
import type { ChatHome, Organisation, Round } from "../src/domain/round.ts";
import { createReminderService, type ReminderService } from "../src/scheduler/reminder-service.ts";
import { openStore } from "../src/store/open-store.ts";
import { sameDayClusters, testRound } from "../test/fixtures/round-builder.ts";
import { jongodbBinary } from "../test/mongo/jongodb-binary.ts";
import { startJongodb } from "../test/mongo/jongodb-server.ts";

/**
 * How the fan-out is spread over channels. The spread sets the minimum the limits allow; much less than
 * that, and the bound is not the platforms but this process: two durable outbox commits per post plus the
 * SDKs' own work (about 600 posts a second here), so a 9 s minimum measured a ratio of about 2 that says
 * nothing about pacing.
 */
export interface FanOutShape {
  slackChannels: number;
  /** 5 posts per cluster: clusters × 5 posts per Slack channel. */
  slackClustersPerChannel: number;
  /** Municipalities have workspaces of their own: a workspace's posts take about as long as a channel's. */
  slackChannelsPerWorkspace: number;
  teamsConversations: number;
  teamsClustersPerConversation: number;
}

/** 10,000 reminders, minimum 19.8 s: 20 posts per Slack channel, 100 per workspace at 200 ms each. */
export const TEN_THOUSAND: FanOutShape = {
  slackChannels: 250,
  slackClustersPerChannel: 4,
  slackChannelsPerWorkspace: 5,
  teamsConversations: 50,
  teamsClustersPerConversation: 20,
};

/**
 * National scale (issue #24): 30,000 reminders, half on each platform, minimum 59.8 s: 60 posts per Slack
 * channel (300 per workspace at 200 ms each), 375 per Teams conversation (7/s: 53 s).
 */
export const THIRTY_THOUSAND: FanOutShape = {
  slackChannels: 250,
  slackClustersPerChannel: 12,
  slackChannelsPerWorkspace: 5,
  teamsConversations: 40,
  teamsClustersPerConversation: 75,
};

/** 1,000 reminders, minimum 9.8 s: for a store as slow as the MongoDB emulator (`--mongo`). */
export const ONE_THOUSAND: FanOutShape = {
  slackChannels: 20,
  slackClustersPerChannel: 2,
  slackChannelsPerWorkspace: 5,
  teamsConversations: 20,
  teamsClustersPerConversation: 8,
};

/** Per cluster on its deadline day: three reminders, the mentor's summary and the host's invitation. */
export const PER_CLUSTER = 5;
export const DEADLINE_DAY = new Date("2027-04-07T09:00:00+02:00");
export const WARM_UP = new Date("2027-03-01T09:00:00+01:00");

export interface ReminderBenchResult {
  messages: number;
  delivered: { slack: number; teams: number };
  duplicates: number;
  rateLimited: { slack: number; teams: number };
  wallMs: number;
  minimumMs: number;
  ratio: number;
  /** Where the time over the minimum goes: a channel's pace starts with its first post. */
  slackPace: SlackPace;
  /** The ticks after the fan-out, when every message of the day is finished: nothing goes out. */
  after: AfterTicks;
  /**
   * The longest the event loop was held during the fan-out tick: how long a request arriving then (the
   * bot answers people on the same loop) could wait behind the tick's own work.
   */
  longestLoopDelayMs: number;
}

/**
 * What every later tick of the deadline day costs: each in-window message's outbox entry is read again.
 * The service keeps nothing between ticks, so a restarted instance should take as long as the running one
 * (it once kept the keys of finished entries, which measured no gain: docs/machinery-measurements.md).
 */
export interface AfterTicks {
  /** The same instance's next tick a minute later. */
  nextMs: number;
  /** The same tick in a freshly started instance on the same store. */
  restartedMs: number;
  /** Posts either of them made: any is a duplicate. */
  posts: number;
}

export interface SlackPace {
  /** From the start of the tick until every Slack channel had its first post. */
  lastFirstPostMs: number;
  /** Between two posts to one channel, as they arrived: median and longest. */
  medianGapMs: number;
  longestGapMs: number;
}

export function slackPace(arrivals: ReadonlyMap<string, number[]>, startedAt: number): SlackPace {
  const firsts = [...arrivals.values()].map((times) => (times[0] ?? startedAt) - startedAt);
  const gaps = [...arrivals.values()]
    .flatMap((times) => times.slice(1).map((t, i) => t - (times[i] ?? t)))
    .sort((a, b) => a - b);
  return {
    lastFirstPostMs: Math.max(0, ...firsts),
    medianGapMs: gaps[Math.floor(gaps.length / 2)] ?? 0,
    longestGapMs: gaps.at(-1) ?? 0,
  };
}

/** A sliding one-second window per channel: more than `limit` accepted posts in it answers 429. */
class RateLimit {
  readonly #accepted = new Map<string, number[]>();
  constructor(readonly limit: number) {}
  admit(channel: string, now: number): boolean {
    const recent = (this.#accepted.get(channel) ?? []).filter((t) => t > now - 1000);
    const ok = recent.length < this.limit;
    if (ok) recent.push(now);
    this.#accepted.set(channel, recent);
    return ok;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

export async function listen(server: Server): Promise<string> {
  // Longer than any pause in the fan-out: a keep-alive socket closed under a client resets its next post.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function fakeSlack(other?: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
  const limit = new RateLimit(1);
  const posts = new Map<string, number>();
  /** When each channel's accepted posts arrived. */
  const arrivals = new Map<string, number[]>();
  const state = { rateLimited: 0, posts, arrivals };
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    if (other && !req.url?.endsWith("/chat.postMessage")) return other(req, text, res);
    const form = new URLSearchParams(text);
    const channel = form.get("channel") ?? "";
    const now = performance.now();
    if (!limit.admit(channel, now)) {
      state.rateLimited += 1;
      res.writeHead(429, { "retry-after": "1", "content-type": "application/json" });
      return res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
    }
    const times = arrivals.get(channel) ?? [];
    times.push(now);
    arrivals.set(channel, times);
    const key = JSON.parse(form.get("metadata") ?? "{}")?.event_payload?.key ?? "";
    posts.set(key, (posts.get(key) ?? 0) + 1);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, channel, ts: `${Date.now() / 1000}` }));
  });
  return { server, state };
}

function fakeBotConnector() {
  const limit = new RateLimit(7);
  const state = { rateLimited: 0, posts: new Map<string, number>() };
  const server = createServer(async (req, res) => {
    await readBody(req);
    const conversation = decodeURIComponent(
      /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? "")?.[1] ?? "",
    );
    if (!limit.admit(conversation, performance.now())) {
      state.rateLimited += 1;
      res.writeHead(429, { "retry-after": "1" });
      return res.end();
    }
    state.posts.set(conversation, (state.posts.get(conversation) ?? 0) + 1);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `a${state.posts.size}-${Date.now()}` }));
  });
  return { server, state };
}

function homeFor(shape: FanOutShape, cluster: number, slackClusters: number): ChatHome {
  if (cluster < slackClusters) {
    const channel = Math.floor(cluster / shape.slackClustersPerChannel);
    const workspace = `T0BENCH${String(Math.floor(channel / shape.slackChannelsPerWorkspace)).padStart(3, "0")}`;
    return { platform: "slack", workspace, channel: `C${String(channel).padStart(8, "0")}` };
  }
  const conversation = Math.floor((cluster - slackClusters) / shape.teamsClustersPerConversation);
  return {
    platform: "teams",
    workspace: `tenant-${conversation}`,
    channel: `19:bench${conversation}@thread.tacv2`,
  };
}

/** Every cluster meets the same day; all organisations of a cluster share one channel. */
export function benchRound(shape: FanOutShape): Round {
  const slackClusters = shape.slackChannels * shape.slackClustersPerChannel;
  const count = slackClusters + shape.teamsConversations * shape.teamsClustersPerConversation;
  const clusters = sameDayClusters(count);
  const round = testRound({ startUp: "2027-02-03", conference: "2027-12-08", clusters });
  const clusterOf = (o: Organisation) => Number(o.id.slice(1));
  return {
    ...round,
    id: "bench-round",
    organisations: round.organisations.map((o) => ({
      ...o,
      home: homeFor(shape, clusterOf(o), slackClusters),
    })),
  };
}

/**
 * Slack: n posts to a channel take (n - 1) seconds, and m posts to a workspace (m - 1) workspace intervals;
 * Teams: seven per second, so ⌊(n - 1) / 7⌋ seconds.
 */
export function minimumMs(shape: FanOutShape): number {
  const perChannel = shape.slackClustersPerChannel * PER_CLUSTER;
  const channel = shape.slackChannels > 0 ? (perChannel - 1) * 1000 : 0;
  const workspace =
    shape.slackChannels > 0
      ? (perChannel * Math.min(shape.slackChannelsPerWorkspace, shape.slackChannels) - 1) *
        workspaceIntervalMs(DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE)
      : 0;
  const slack = Math.max(channel, workspace);
  const teams =
    shape.teamsConversations > 0
      ? Math.floor((shape.teamsClustersPerConversation * PER_CLUSTER - 1) / 7) * 1000
      : 0;
  return Math.max(slack, teams);
}

export async function benchReminders(
  shape: FanOutShape = TEN_THOUSAND,
  mongodbUri?: string,
): Promise<ReminderBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "modellbot-bench-reminders-"));
  const store = await openStore({ dataDir, mongodbUri });
  const slack = fakeSlack();
  const connector = fakeBotConnector();
  const quiet = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (m: string, f?: unknown) => console.error(m, f),
  };
  try {
    const round = benchRound(shape);
    await store.saveRound(round);
    const slackUrl = await listen(slack.server);
    const serviceUrl = `${await listen(connector.server)}/`;
    const slackSender = createSlackSender({
      api: createSlackApi({ botToken: "xoxb-bench", apiUrl: `${slackUrl}/api/` }, undefined),
      logger: quiet,
    });
    const engine = { handle: async () => [] };
    const teams = createTeamsAdapter({
      appId: undefined,
      appPassword: undefined,
      appTenantId: undefined,
      appType: "MultiTenant",
      allowedTenants: [],
      serviceUrl,
      engine,
      store,
      clock: () => new Date(),
      logger: quiet,
    });
    const serviceOptions = {
      store,
      senders: { slack: slackSender, teams: teams.sender },
      checklists: new Map(),
      logger: quiet,
      instanceId: "bench",
    };
    const service = createReminderService(serviceOptions);
    const postCount = () =>
      [...slack.state.posts.values(), ...connector.state.posts.values()].reduce((a, b) => a + b, 0);
    await service.tick(WARM_UP); // Plans the round before the clock starts; nothing is due then.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // The histogram counts from its second timer callback: a block straight after enable() would be missed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    const report = await service.tick(DEADLINE_DAY);
    const wallMs = performance.now() - started;
    loop.disable();
    const after = await afterTicks(service, () => createReminderService(serviceOptions), postCount);
    const slackPosts = [...slack.state.posts.values()];
    const teamsPosts = [...connector.state.posts.values()].reduce((a, b) => a + b, 0);
    const messages = round.clusters.length * PER_CLUSTER;
    if (report.failed.length > 0)
      console.error("bench: failed", report.failed.length, report.failed.slice(0, 3));
    return {
      messages,
      delivered: { slack: slackPosts.length, teams: teamsPosts },
      duplicates:
        slackPosts.filter((n) => n > 1).length + Math.max(0, teamsPosts - (messages - slackPosts.length)),
      rateLimited: { slack: slack.state.rateLimited, teams: connector.state.rateLimited },
      wallMs,
      minimumMs: minimumMs(shape),
      ratio: wallMs / minimumMs(shape),
      slackPace: slackPace(slack.state.arrivals, started),
      after,
      longestLoopDelayMs: loop.max / 1e6,
    };
  } finally {
    slack.server.close();
    connector.server.close();
    slack.server.closeAllConnections();
    connector.server.closeAllConnections();
    if (mongodbUri) await store.eraseAll();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const A_MINUTE_LATER = new Date(DEADLINE_DAY.getTime() + 60_000);

async function afterTicks(
  running: ReminderService,
  restart: () => ReminderService,
  postCount: () => number,
): Promise<AfterTicks> {
  const before = postCount();
  const next = performance.now();
  await running.tick(A_MINUTE_LATER);
  const nextMs = performance.now() - next;
  const restarted = performance.now();
  await restart().tick(A_MINUTE_LATER);
  const restartedMs = performance.now() - restarted;
  return { nextMs, restartedMs, posts: postCount() - before };
}

export function formatReminderBench(r: ReminderBenchResult, shape: FanOutShape): string[] {
  return [
    `reminders fan-out: ${r.messages} messages, delivered ${r.delivered.slack} on Slack + ${r.delivered.teams} on Teams = ${r.delivered.slack + r.delivered.teams}, duplicates ${r.duplicates}`,
    `  ${shape.slackChannels} Slack channels (1/s each) in ${shape.slackChannels / shape.slackChannelsPerWorkspace} workspaces (${DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE}/min each), ${shape.teamsConversations} Teams conversations (7/s each); 429s answered: Slack ${r.rateLimited.slack}, Teams ${r.rateLimited.teams}`,
    `  wall ${(r.wallMs / 1000).toFixed(2)} s, minimum the limits allow ${(r.minimumMs / 1000).toFixed(2)} s, ratio ${r.ratio.toFixed(2)}`,
    `  ${paceNote(r.slackPace)}`,
    `  ${afterNote(r.after)}`,
    `  the event loop was held ${r.longestLoopDelayMs.toFixed(0)} ms at the longest during the tick`,
  ];
}

export function afterNote(a: AfterTicks): string {
  return `the tick a minute later: ${a.nextMs.toFixed(0)} ms, ${a.restartedMs.toFixed(0)} ms in a restarted instance; ${a.posts} posts`;
}

export function paceNote(p: SlackPace): string {
  const ms = (value: number) => value.toFixed(0);
  return `every Slack channel's first post after ${ms(p.lastFirstPostMs)} ms; a channel's posts ${ms(p.medianGapMs)} ms apart (median), ${ms(p.longestGapMs)} ms at most`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shape = process.argv.includes("30000")
    ? THIRTY_THOUSAND
    : process.argv.includes("1000")
      ? ONE_THOUSAND
      : TEN_THOUSAND;
  // `--mongo`: on the jongodb emulator instead of SQLite, for the round trips a store makes (an
  // emulator's speed is not MongoDB's, so `npm run bench` does not use it).
  const mongo = process.argv.includes("--mongo") ? await startEmulator() : undefined;
  try {
    for (const line of formatReminderBench(await benchReminders(shape, mongo?.uri), shape)) console.log(line);
  } finally {
    await mongo?.stop();
  }
}

async function startEmulator() {
  const binary = jongodbBinary();
  if (!binary.ok) throw new Error(binary.reason);
  const server = await startJongodb(binary.path);
  // The emulator breaks the streaming heartbeat (moreToCome) within a minute or so: polled instead.
  const uri = `${server.uri}${server.uri.includes("?") ? "&" : "?"}serverMonitoringMode=poll`;
  return { ...server, uri };
}
