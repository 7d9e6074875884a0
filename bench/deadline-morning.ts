// A deadline morning (issue #24): the whole bot takes self-assessment submissions over Slack's HTTP while
// its own reminder tick fans out 10,000 reminders to a fake Slack that enforces one post per second per
// channel (429 with Retry-After). The submissions' p99 during the fan-out is held to the limit; the same
// load on the same process just before, with no fan-out, is its baseline. Every reminder must be delivered
// once, every submission stored.
//
// Slack only: the bot has a Teams sender only with a Microsoft app id, and with one it checks every
// inbound token against Microsoft's keys, which no fake here can sign. The 30,000 fan-out (national) runs
// both platforms in-process (bench/reminders.ts).

import { mkdirSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.ts";
import { FAKE_BOT_TOKEN, startFakeSlackWebApi } from "../test/fakes/slack-web-api.ts";
import { SIGNING_SECRET } from "../test/slack/signed-request.ts";
import { type ExampleRound, SLACK_MENTOR, SLACK_SUBMITTER } from "./example-round.ts";
import { judge, type Measure, percentile, withRatio } from "./measure.ts";
import { type BlockRun, block, type Sequence } from "./platform-bench.ts";
import {
  benchRound,
  DEADLINE_DAY,
  type FanOutShape,
  fakeSlack,
  listen,
  minimumMs,
  PER_CLUSTER,
  paceNote,
  slackPace,
  WARM_UP,
} from "./reminders.ts";
import { slackSubmissionCase } from "./slack-cases.ts";
import { OUT_DIR, spawnServer } from "./spawn-server.ts";

/** 10,000 reminders on Slack: 500 channels of 20 posts, 100 workspaces of 100 (minimum 19.8 s). */
const SHAPE: FanOutShape = {
  slackChannels: 500,
  slackClustersPerChannel: 4,
  slackChannelsPerWorkspace: 5,
  teamsConversations: 0,
  teamsClustersPerConversation: 1,
};
const CONCURRENCY = 16;
const P99_LIMIT_MS = 100;
const PER_BLOCK = 100;
const QUIET_MS = 6_000;
const WARM_UP_MS = 3_000;

async function load(
  run: () => Promise<BlockRun>,
  keepGoing: () => boolean,
): Promise<{ runs: BlockRun[]; ms: number }> {
  const runs: BlockRun[] = [];
  const started = performance.now();
  while (keepGoing()) runs.push(await run());
  return { runs, ms: performance.now() - started };
}

/** Forwards what is not a chat.postMessage (users.info, …) to the fake Slack Web API of the tests. */
function forwardTo(apiUrl: string) {
  return (req: IncomingMessage, body: string, res: ServerResponse) => {
    const method = (req.url ?? "").split("/").pop() ?? "";
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "authorization"]) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    void fetch(`${apiUrl}${method}`, { method: "POST", headers, body })
      .then(async (answer) => {
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" });
        res.end(await answer.text());
      })
      .catch((error: unknown) => {
        res.writeHead(502);
        res.end(String(error));
      });
  };
}

export async function benchDeadlineMorning(
  example: ExampleRound,
  cpuProfileDir?: string,
): Promise<Measure[]> {
  const users = await startFakeSlackWebApi();
  users.addUser({ id: SLACK_SUBMITTER.userId, email: SLACK_SUBMITTER.email, name: "Nadia Karimi" });
  users.addUser({ id: SLACK_MENTOR.userId, email: SLACK_MENTOR.email, name: "Helena Byström" });
  const slack = fakeSlack(forwardTo(users.apiUrl));
  const slackUrl = await listen(slack.server);
  const dataDir = join(OUT_DIR, `data-deadline-morning-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const round = benchRound(SHAPE);
  // Both rounds in the store before the bot starts: the example round's Karlstad submits, the bench
  // round's 2,000 clusters have their deadline day.
  const store = await openStore({ dataDir });
  await store.saveRound(example.round);
  await store.saveRound(round);
  await store.close();
  const app = await spawnServer({
    name: "deadline-morning",
    entry: "whole-stack.ts",
    env: {
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      PLAYGROUND: "off",
      SCHEDULER: "off",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
      SLACK_API_URL: `${slackUrl}/api/`,
      TEAMS_SERVICE_URL: "http://127.0.0.1:9/",
      BENCH_ROUND_ID: example.round.id,
      BENCH_ORGANISATION_ID: SLACK_SUBMITTER.organisationId,
      BENCH_ROUTE: "/slack/events",
    },
    cpuProfileDir,
  });
  const c = { ...slackSubmissionCase(example), section: "deadline morning" };
  const seq: Sequence = { next: 1, submitted: 0 };
  const run = () => block(c, app, "app", CONCURRENCY, PER_BLOCK, seq);
  try {
    await app.tick(WARM_UP); // a warm-up tick: nothing is due then
    const warm = performance.now() + WARM_UP_MS;
    await load(run, () => performance.now() < warm);
    const quietUntil = performance.now() + QUIET_MS;
    const quiet = await load(run, () => performance.now() < quietUntil);
    let ticking = true;
    const started = performance.now();
    const tick = app.tick(DEADLINE_DAY).finally(() => {
      ticking = false;
    });
    const busy = await load(run, () => ticking);
    const report = await tick;
    const stored = await app.storedVersions();
    const messages = round.clusters.length * PER_CLUSTER;
    const ours = [...slack.state.posts.entries()].filter(([key]) => key.includes(round.id));
    const delivered = ours.length;
    const duplicates = ours.filter(([, n]) => n > 1).length;
    const latencies = (r: { runs: BlockRun[] }) => r.runs.flatMap((b) => b.latencies);
    const rate = (r: { runs: BlockRun[]; ms: number }) => latencies(r).length / (r.ms / 1000);
    const failures = [
      ...[...quiet.runs, ...busy.runs].flatMap((b) => b.failures),
      ...(delivered === messages
        ? []
        : [`deadline morning: ${messages} reminders due, ${delivered} delivered`]),
      ...(duplicates === 0 ? [] : [`deadline morning: ${duplicates} reminders sent twice`]),
      ...(report.failed === 0 ? [] : [`deadline morning: the tick reported ${report.failed} failed`]),
      ...(stored === seq.submitted
        ? []
        : [`deadline morning: ${seq.submitted} submissions sent, ${stored} stored`]),
    ];
    const base = { section: "deadline morning", failures: failures.length > 0 ? failures : undefined };
    const wallMs = report.wallMs;
    return [
      judge(
        withRatio({
          ...base,
          name: `view_submission c=${CONCURRENCY} while ${messages} reminders go out: p99 latency (bare = same load, no fan-out)`,
          unit: "ms",
          value: percentile(latencies(busy), 0.99),
          bare: percentile(latencies(quiet), 0.99),
          target: { text: `< ${P99_LIMIT_MS} ms`, of: "value", below: P99_LIMIT_MS },
          note: `${latencies(busy).length} submissions during the fan-out, ${latencies(quiet).length} before it; p50 ${percentile(latencies(busy), 0.5).toFixed(1)} ms against ${percentile(latencies(quiet), 0.5).toFixed(1)} ms`,
        }),
      ),
      withRatio({
        ...base,
        name: "submissions' throughput meanwhile (bare = same load, no fan-out)",
        unit: "req/s",
        value: rate(busy),
        bare: rate(quiet),
      }),
      withRatio({
        ...base,
        name: `the fan-out of ${messages} reminders meanwhile (bare = the least time the rate limits allow)`,
        unit: "ms",
        value: wallMs,
        bare: minimumMs(SHAPE),
        note: `delivered ${delivered} once each, ${slack.state.rateLimited} 429s answered; ${paceNote(slackPace(slack.state.arrivals, started))}`,
      }),
      {
        ...base,
        name: "submissions stored / sent (the whole morning)",
        unit: "versions",
        value: stored,
        bare: seq.submitted,
        ratio: seq.submitted === 0 ? undefined : stored / seq.submitted,
      },
    ];
  } finally {
    await app.stop();
    slack.server.close();
    slack.server.closeAllConnections();
    await users.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
