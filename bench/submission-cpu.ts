// CPU per form submission, in-process, for working on the submission path (issue #9) without the whole
// HTTP benchmark. Four modes, each on the real embedded store in a fresh temp dir with the example round:
//   engine  — engine.handle with form-submitted events (the shared path: forms, store, confirmation card);
//   teams   — the Teams route handler (CloudAdapter, TeamsActivityHandler, turn, engine, store, invoke
//             response) with in-memory request and response objects, so only the server side is counted;
//   handler — the bare adapter with a TeamsActivityHandler that answers at once: botbuilder's dispatch;
//   bare    — a CloudAdapter whose handler only answers the invoke, through the same bridge: the baseline.
// Runs the sources through tsx with Node's default V8 flags, as `npm start` runs the bundle; arguments:
// mode, concurrency, submissions per block, blocks:
//   npx tsx bench/submission-cpu.ts teams 16 4000 5
// Prints user+system CPU µs per submission, best and median over the measured blocks (CPU_SPLIT=1: user
// and system per block). The first block only warms up: a fresh process runs the path interpreted.

import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  type AdaptiveCardInvokeResponse,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  type TurnContext,
} from "botbuilder";
import {
  expressLikeRequest,
  expressLikeResponse,
  readActivityBody,
  respond,
} from "../src/adapters/teams/http-bridge.ts";
import { createTeamsAdapter } from "../src/adapters/teams/teams-adapter.ts";
import { Engine } from "../src/engine/engine.ts";
import type { InboundEvent } from "../src/engine/events.ts";
import type { Logger } from "../src/logging/logger.ts";
import { openStore } from "../src/store/open-store.ts";
import { startFakeBotConnector } from "../test/fakes/bot-connector.ts";
import { type ExampleRound, fullAnswers, loadExampleRound, TEAMS_SUBMITTER } from "./example-round.ts";
import { cpuBlocks } from "./measure.ts";
import { confirmationTotal } from "./teams-cases.ts";
import { assessmentInvokes } from "./teams-requests.ts";

type Mode = "engine" | "teams" | "bare" | "handler";
type Submit = (i: number) => Promise<void>;

const [modeArg = "teams", concurrencyArg = "16", countArg = "4000", blocksArg = "5"] = process.argv.slice(2);
const mode = modeArg as Mode;
const concurrency = Number(concurrencyArg);
const count = Number(countArg);
const blocks = Number(blocksArg);

const quiet: Logger = { debug() {}, info() {}, warn() {}, error: (m, f) => console.error(m, f) };

function formEvent(example: ExampleRound, i: number): InboundEvent {
  const who = TEAMS_SUBMITTER;
  const { scores, comments } = fullAnswers(example.checklist, i);
  const values: Record<string, unknown> = {};
  example.checklist.points.forEach((point, p) => {
    values[`score:${point.id}`] = scores[p];
    values[`comment:${point.id}`] = comments[p] ?? "";
  });
  return {
    type: "form-submitted",
    formId: "self-assessment",
    values,
    hidden: {
      roundId: example.round.id,
      organisationId: who.organisationId,
      assessmentRound: example.openRound(who.organisationId),
      nonce: `n-${i}`,
    },
    idempotencyKey: `bench:${i}`,
    platform: "teams",
    workspace: who.tenant,
    channel: who.channel,
    user: { id: who.aadObjectId, locale: "sv-SE", email: who.email },
    eventId: `bench:${i}`,
  };
}

/** An IncomingMessage as the bridge reads it: method, headers and the body as one chunk. */
function request(body: string): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(body)]), {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(body.length) },
  }) as unknown as IncomingMessage;
}

/** A ServerResponse that keeps what is written; `done` settles on end(). */
function response(): { res: ServerResponse; done: Promise<{ status: number; body: string }> } {
  let finish: (answer: { status: number; body: string }) => void = () => {};
  const done = new Promise<{ status: number; body: string }>((resolve) => {
    finish = resolve;
  });
  const res = {
    socket: null,
    writableEnded: false,
    headersSent: false,
    statusCode: 200,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      res.headers[name] = value;
    },
    writeHead(code: number) {
      res.statusCode = code;
      return res;
    },
    end(text?: string) {
      res.writableEnded = true;
      finish({ status: res.statusCode, body: text ?? "" });
      return res;
    },
  };
  return { res: res as unknown as ServerResponse, done };
}

/** The example round in a fresh embedded store, and the engine on it. */
async function exampleEngine(example: ExampleRound, dir: string) {
  const store = await openStore({ dataDir: dir });
  await store.saveRound(example.round);
  const engine = new Engine({
    store,
    checklists: new Map([[example.checklist.id, example.checklist]]),
    newNonce: () => "nonce",
  });
  return { store, engine };
}

async function engineMode(example: ExampleRound, dir: string): Promise<Submit> {
  const { engine } = await exampleEngine(example, dir);
  return async (i) => {
    const replies = await engine.handle(formEvent(example, i), new Date());
    if (replies[0]?.type !== "form-accepted") throw new Error(`not accepted: ${JSON.stringify(replies[0])}`);
  };
}

async function teamsMode(example: ExampleRound, dir: string): Promise<Submit> {
  const connector = await startFakeBotConnector();
  const who = TEAMS_SUBMITTER;
  connector.addMember({ id: who.id, aadObjectId: who.aadObjectId, name: who.name, email: who.email });
  const { store, engine } = await exampleEngine(example, dir);
  const adapter = createTeamsAdapter({
    appId: undefined,
    appPassword: undefined,
    appTenantId: undefined,
    appType: "MultiTenant",
    allowedTenants: [],
    serviceUrl: connector.serviceUrl,
    engine,
    store,
    clock: () => new Date(),
    logger: quiet,
  });
  const route = adapter.routes[0];
  if (!route) throw new Error("no Teams route");
  const invokes = assessmentInvokes(example, connector.serviceUrl);
  return async (i) => {
    const { res, done } = response();
    await route.handler(request(invokes(i).body), res);
    const answer = await done;
    const expected = confirmationTotal(example, who.locale, i);
    if (answer.status !== 200 || !answer.body.includes(expected))
      throw new Error(`no confirmation: ${answer.status} ${answer.body.slice(0, 200)}`);
  };
}

/** The bare adapter with botbuilder's TeamsActivityHandler answering the invoke: what its dispatch costs. */
async function handlerMode(example: ExampleRound): Promise<Submit> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const handler = new (class extends TeamsActivityHandler {
    protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
      return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: {} };
    }
  })();
  return throughBridge(example, adapter, (context) => handler.run(context), "handler");
}

/** Each submission through the same bridge as the bot's route, into `adapter` with `logic`. */
function throughBridge(
  example: ExampleRound,
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  name: string,
): Submit {
  const invokes = assessmentInvokes(example, "http://127.0.0.1:9/");
  return async (i) => {
    const { res, done } = response();
    const req = request(invokes(i).body);
    const body = await readActivityBody(req);
    if (!body.ok) return respond(res, body.status);
    await adapter.process(expressLikeRequest(req, body.body), expressLikeResponse(res), logic);
    if ((await done).status !== 200) throw new Error(`${name} did not answer 200`);
  };
}

async function bareMode(example: ExampleRound): Promise<Submit> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  return throughBridge(
    example,
    adapter,
    async (context) => {
      await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: {} } });
    },
    "bare",
  );
}

/** `total` submissions, `concurrency` in flight at a time; returns CPU µs per submission. */
async function measure(submit: Submit, first: number, total: number): Promise<number> {
  let next = first;
  const end = first + total;
  const worker = async () => {
    while (next < end) await submit(next++);
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(before);
  if (process.env.CPU_SPLIT)
    console.log(`  user ${(used.user / total).toFixed(0)} system ${(used.system / total).toFixed(0)}`);
  return (used.user + used.system) / total;
}

const example = await loadExampleRound();
const dir = mkdtempSync(join(tmpdir(), "submission-cpu-"));
try {
  const submit =
    mode === "engine"
      ? await engineMode(example, dir)
      : mode === "teams"
        ? await teamsMode(example, dir)
        : mode === "handler"
          ? await handlerMode(example)
          : await bareMode(example);
  const line = await cpuBlocks((first, total) => measure(submit, first, total), count, blocks);
  console.log(`${mode} c=${concurrency}, per submission: ${line}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
