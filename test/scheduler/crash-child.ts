// One scheduler process for the crash tests: one tick as of the given instant against the shared store
// and the parent's fake platform. The parent kills it with SIGKILL in the middle of the fan-out.
// `slack`: the fake chat API (posts carry their key, looked up like Slack's metadata); `teams`: the real
// Teams adapter's proactive sender (botbuilder, its send throttle) against the fake Bot Connector.
import { createTeamsAdapter } from "../../src/adapters/teams/teams-adapter.ts";
import type { ChannelSender } from "../../src/delivery/sender-port.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { openStore } from "../../src/store/open-store.ts";
import { httpSender } from "./http-sender.ts";

const [dataDir = "", platformUrl = "", now = "", instanceId = "", platform = "slack"] = process.argv.slice(2);
const store = await openStore({ dataDir });
const silent = () => {};
const logger = {
  info: silent,
  warn: silent,
  error: (message: string) => process.stderr.write(`${message}\n`),
};

function teamsSender(): ChannelSender {
  const adapter = createTeamsAdapter({
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

const senders = platform === "teams" ? { teams: teamsSender() } : { slack: httpSender(platformUrl) };
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
