// One scheduler process for the crash tests: one tick as of the given instant against the shared store
// and the parent's fake platform. The parent kills it with SIGKILL in the middle of the fan-out.
// `slack`: the fake chat API (posts carry their key, looked up like Slack's metadata); `teams` and
// `teams-sdk`: the real Teams adapter's proactive sender (on botbuilder or on the Teams SDK, with its send
// throttle) against the fake Bot Connector.
import { createSlackApi } from "../../src/adapters/slack/slack-api.ts";
import { createSlackSender } from "../../src/adapters/slack/slack-sender.ts";
import { createChosenTeamsAdapter } from "../../src/adapters/teams/create-chosen-adapter.ts";
import type { ChannelSender } from "../../src/delivery/sender-port.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { openStore } from "../../src/store/open-store.ts";
import { FAKE_BOT_TOKEN } from "../fakes/slack-web-api.ts";
import { httpSender } from "./http-sender.ts";

const [dataDir = "", platformUrl = "", now = "", instanceId = "", platform = "slack"] = process.argv.slice(2);
const store = await openStore({ dataDir });
const silent = () => {};
const logger = {
  debug: silent,
  info: silent,
  warn: silent,
  error: (message: string) => process.stderr.write(`${message}\n`),
};

async function teamsSender(library: "botbuilder" | "teams"): Promise<ChannelSender> {
  const adapter = await createChosenTeamsAdapter(library, {
    appId: undefined,
    appPassword: undefined,
    appTenantId: undefined,
    appType: "MultiTenant",
    allowedTenants: [],
    serviceUrl: platformUrl,
    engine: { handle: async () => [] },
    store,
    // The send throttle paces by this clock: the real one.
    clock: () => new Date(),
    logger,
  });
  return adapter.sender;
}

/** The real Slack sender (metadata on every post, read back through conversations.history). */
function slackSender(): ChannelSender {
  return createSlackSender({
    api: createSlackApi({ botToken: FAKE_BOT_TOKEN, apiUrl: platformUrl }, undefined),
    logger,
    // The pace is not what this test is about: 600 channels at one post a second would take minutes.
    intervalMs: 0,
  });
}

const senders =
  platform === "teams" || platform === "teams-sdk"
    ? { teams: await teamsSender(platform === "teams" ? "botbuilder" : "teams") }
    : platform === "slack-web-api"
      ? { slack: slackSender() }
      : { slack: httpSender(platformUrl) };
const service = createReminderService({
  store,
  senders,
  checklists: new Map(),
  logger,
  instanceId,
  concurrency: 16,
});
const report = await service.tick(new Date(now));
await store.close();
process.stdout.write(
  `${JSON.stringify({ sent: report.sent.length, recovered: report.sent.filter((l) => l.recovered).length, failed: report.failed.length })}\n`,
);
