// Server CPU per request over real HTTP, whole stack and bare, without the whole benchmark: the same
// children, fakes and requests as `BENCH_ONLY=slack,teams npm run bench`, but what it reports is the
// server's CPU µs per request (user + system, from the child), which a busy shared machine disturbs far
// less than throughput. For comparing changes to one request path (issue #9):
//   npx tsx bench/http-cpu.ts teams 16 3000 4 [310]  # case, concurrency, requests per block, blocks, warm-up
// Cases: teams (a self-assessment invoke, botbuilder), teams-sdk (the same on the Teams SDK), slack-status
// (`/modell status`), slack-submit (view_submission). Each is measured against its own bare app.
// The bare side is the equal-work baseline of the full benchmark (the whole stack's captured answer, one
// durable row per submission); BARE=ack measures against the ack-only floor instead.
// The warm-up is a fixed number of requests (the full benchmark warms until the CPU per request settles,
// bench/platform-bench.ts); a short one shows what a fresh process costs while the JIT is still compiling
// the request path. THREADS=1 adds the children's CPU by thread (main,
// helpers: GC and compiler threads) and user/system.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startFakeBotConnector } from "../test/fakes/bot-connector.ts";
import { FAKE_BOT_TOKEN, startFakeSlackWebApi } from "../test/fakes/slack-web-api.ts";
import { SIGNING_SECRET } from "../test/slack/signed-request.ts";
import { loadExampleRound, SLACK_MENTOR, SLACK_SUBMITTER, TEAMS_SUBMITTER } from "./example-round.ts";
import { closedLoop, keepAliveAgent, post } from "./load-generator.ts";
import { captureAnswer, type PlatformCase, type Prepared, type Sequence } from "./platform-bench.ts";
import { slackStatusCase, slackSubmissionCase } from "./slack-cases.ts";
import { buildBundles, OUT_DIR, type ServerChild, spawnServer } from "./spawn-server.ts";
import { teamsSubmissionCase } from "./teams-cases.ts";

const [caseArg = "teams", concurrencyArg = "16", countArg = "3000", blocksArg = "4", warmArg] =
  process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const count = Number(countArg);
const blocks = Number(blocksArg);
const warm = Number(warmArg ?? countArg);

buildBundles();
const example = await loadExampleRound();
example.openRound(SLACK_SUBMITTER.organisationId);
example.openRound(TEAMS_SUBMITTER.organisationId);
const connector = await startFakeBotConnector();
const slack = await startFakeSlackWebApi();
const who = TEAMS_SUBMITTER;
connector.addMember({ ...who, tenantId: who.tenant });
slack.addUser({ id: SLACK_SUBMITTER.userId, email: SLACK_SUBMITTER.email, name: "Nadia Karimi" });
slack.addUser({ id: SLACK_MENTOR.userId, email: SLACK_MENTOR.email, name: "Helena Byström" });
const cases: Record<
  string,
  { case: PlatformCase; organisationId: string; bare: string; env?: Record<string, string> }
> = {
  teams: {
    case: teamsSubmissionCase(example, connector.serviceUrl),
    organisationId: who.organisationId,
    bare: "teams-bare.ts",
    env: { TEAMS_SDK: "botbuilder" },
  },
  "teams-sdk": {
    case: teamsSubmissionCase(example, connector.serviceUrl),
    organisationId: who.organisationId,
    bare: "teams-sdk-bare.ts",
    env: { TEAMS_SDK: "teams" },
  },
  "slack-status": {
    case: slackStatusCase(example, slack),
    organisationId: SLACK_SUBMITTER.organisationId,
    bare: "slack-bare.ts",
  },
  "slack-submit": {
    case: slackSubmissionCase(example),
    organisationId: SLACK_SUBMITTER.organisationId,
    bare: "slack-bare.ts",
  },
};
const chosen = cases[caseArg];
if (!chosen) throw new Error(`no case ${caseArg}: ${Object.keys(cases).join(", ")}`);
const submission = chosen.case;
const dataDir = join(OUT_DIR, `data-http-cpu-${process.pid}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = {
  ...chosen.env,
  TEAMS_SERVICE_URL: connector.serviceUrl,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
  SLACK_API_URL: slack.apiUrl,
  PORT: "0",
  HOST: "127.0.0.1",
  DATA_DIR: dataDir,
  PLAYGROUND: "off",
  BENCH_ROUND_ID: example.round.id,
  BENCH_ORGANISATION_ID: chosen.organisationId,
  BENCH_ROUTE: submission.path,
};
// PROFILE=dir writes the whole-stack child's CPU profile there when it stops, and the bare one's in dir/bare.
const app = await spawnServer({
  name: `http-cpu-${caseArg}-app`,
  entry: "whole-stack.ts",
  env,
  cpuProfileDir: process.env.PROFILE,
});
const bareMode = process.env.BARE === "ack" ? "ack" : "equal";
const bareDir = join(OUT_DIR, `data-http-cpu-bare-${process.pid}`);
rmSync(bareDir, { recursive: true, force: true });
mkdirSync(bareDir, { recursive: true });
const captured: Sequence = { next: 1, submitted: 0 };
const answerFile = join(OUT_DIR, `answer-http-cpu-${process.pid}.json`);
const answer = await captureAnswer(submission, app, captured);
writeFileSync(answerFile, answer);
const bare = await spawnServer({
  name: `http-cpu-${caseArg}-bare`,
  entry: chosen.bare,
  env: { ...env, DATA_DIR: bareDir, BENCH_BARE: bareMode, BENCH_BARE_BODY_FILE: answerFile },
  cpuProfileDir: process.env.PROFILE && join(process.env.PROFILE, "bare"),
});
let next = captured.next;

const answerLength = answer.length;

/** One block of `count` requests: server CPU µs per request. */
async function block(server: ServerChild, isBare: boolean, size = count): Promise<number> {
  const first = next;
  const prepared: Prepared[] = Array.from({ length: size }, (_, k) => submission.prepare(first + k));
  next += size;
  const agent = keepAliveAgent(concurrency);
  const failures: string[] = [];
  const before = await server.cpuMs();
  await closedLoop(
    concurrency,
    Number.POSITIVE_INFINITY,
    async (i) => {
      const request = prepared[i - first] as Prepared;
      const answer = await post(agent, server.port, submission.path, request.headers(), request.body);
      try {
        // The equal-work baseline answers every request with the one captured answer: its size is checked,
        // not its content (a submission's confirmation names request i's own total).
        if (!isBare) submission.checkApp(answer, i);
        else if (bareMode === "ack") submission.checkBare(answer);
        else if (answer.status !== 200 || answer.body.length !== answerLength)
          throw new Error(`bare answered ${answer.status} with ${answer.body.length} characters`);
      } catch (error) {
        failures.push(String(error));
      }
    },
    first,
    size,
  );
  const used = (await server.cpuMs()) - before;
  agent.destroy();
  slack.calls.length = 0;
  if (failures.length > 0) throw new Error(`${failures.length} failed: ${failures[0]}`);
  return (used * 1000) / size;
}

/** CPU of a child (Linux): its main thread, and the helper threads (GC, JIT compilation, libuv). */
function threadCpu(pid: number): string {
  const tick = 10; // ms per clock tick (USER_HZ = 100)
  const sum = { main: 0, helpers: 0, user: 0, system: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [user, system] = [Number(fields[11]) * tick, Number(fields[12]) * tick];
    sum.user += user;
    sum.system += system;
    if (tid === String(pid)) sum.main += user + system;
    else sum.helpers += user + system;
  }
  return `main ${sum.main}, helpers ${sum.helpers}; user ${sum.user}, system ${sum.system}`;
}

try {
  await block(app, false, warm);
  await block(bare, true, warm);
  const rows: { app: number; bare: number }[] = [];
  for (let b = 0; b < blocks; b++) rows.push({ bare: await block(bare, true), app: await block(app, false) });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const appMedian = median(rows.map((r) => r.app));
  const bareMedian = median(rows.map((r) => r.bare));
  console.log(
    `${caseArg} http c=${concurrency}: whole stack ${appMedian.toFixed(0)} µs, bare (${bareMode}) ${bareMedian.toFixed(0)} µs per request ` +
      `(CPU ratio bare/app ${(bareMedian / appMedian).toFixed(2)}); blocks app ${rows.map((r) => r.app.toFixed(0)).join(" ")}, ` +
      `bare ${rows.map((r) => r.bare.toFixed(0)).join(" ")}`,
  );
  if (process.env.THREADS)
    console.log(`threads (CPU ms): whole stack ${threadCpu(app.pid)}; bare ${threadCpu(bare.pid)}`);
} finally {
  await app.stop();
  await bare.stop();
  await connector.stop();
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
  rmSync(answerFile, { force: true });
}
