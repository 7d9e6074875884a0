// Server CPU per Teams submission over real HTTP, whole stack and bare, without the whole benchmark: the
// same children, fake Bot Connector and invokes as `BENCH_ONLY=teams npm run bench`, but what it reports
// is the server's CPU µs per request (user + system, from the child), which a busy shared machine
// disturbs far less than throughput. For comparing changes to the Teams path (issue #9):
//   npx tsx bench/teams-http-cpu.ts 16 3000 4 [310]  # concurrency, requests per block, blocks, warm-up
// A short warm-up (the full benchmark's is 150 + 10 × concurrency) shows what a fresh process costs
// while the JIT is still compiling the request path. THREADS=1 adds the children's CPU by thread (main,
// helpers: GC and compiler threads) and user/system.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startFakeBotConnector } from "../test/fakes/bot-connector.ts";
import { loadExampleRound, TEAMS_SUBMITTER } from "./example-round.ts";
import { closedLoop, keepAliveAgent, post } from "./load-generator.ts";
import type { Prepared } from "./platform-bench.ts";
import { OUT_DIR, type ServerChild, spawnServer } from "./spawn-server.ts";
import { teamsSubmissionCase } from "./teams-cases.ts";

const [concurrencyArg = "16", countArg = "3000", blocksArg = "4", warmArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const count = Number(countArg);
const blocks = Number(blocksArg);
const warm = Number(warmArg ?? countArg);

const example = await loadExampleRound();
const connector = await startFakeBotConnector();
const who = TEAMS_SUBMITTER;
connector.addMember({ ...who, tenantId: who.tenant });
const submission = teamsSubmissionCase(example, connector.serviceUrl);
const dataDir = join(OUT_DIR, `data-teams-http-cpu-${process.pid}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = {
  TEAMS_SERVICE_URL: connector.serviceUrl,
  PORT: "0",
  HOST: "127.0.0.1",
  DATA_DIR: dataDir,
  PLAYGROUND: "off",
  BENCH_ROUND_ID: example.round.id,
  BENCH_ORGANISATION_ID: who.organisationId,
  BENCH_ROUTE: "/api/messages",
};
const app = await spawnServer({ name: "teams-http-cpu-app", entry: "whole-stack.ts", env });
const bare = await spawnServer({ name: "teams-http-cpu-bare", entry: "teams-bare.ts", env });
let next = 1;

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
      const answer = await post(agent, server.port, "/api/messages", request.headers(), request.body);
      try {
        if (isBare) submission.checkBare(answer);
        else submission.checkApp(answer, i);
      } catch (error) {
        failures.push(String(error));
      }
    },
    first,
    size,
  );
  const used = (await server.cpuMs()) - before;
  agent.destroy();
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
    `teams http c=${concurrency}: whole stack ${appMedian.toFixed(0)} µs, bare ${bareMedian.toFixed(0)} µs per request ` +
      `(CPU ratio bare/app ${(bareMedian / appMedian).toFixed(2)}); blocks app ${rows.map((r) => r.app.toFixed(0)).join(" ")}, ` +
      `bare ${rows.map((r) => r.bare.toFixed(0)).join(" ")}`,
  );
  if (process.env.THREADS)
    console.log(`threads (CPU ms): whole stack ${threadCpu(app.pid)}; bare ${threadCpu(bare.pid)}`);
} finally {
  await app.stop();
  await bare.stop();
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
