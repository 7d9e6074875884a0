// One scheduler process for the crash test: one tick as of the given instant against the shared store
// and the parent's fake platform. The parent kills it with SIGKILL in the middle of the fan-out.
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { openStore } from "../../src/store/open-store.ts";
import { httpSender } from "./http-sender.ts";

const [dataDir = "", platformUrl = "", now = "", instanceId = ""] = process.argv.slice(2);
const store = await openStore({ dataDir });
const silent = () => {};
const service = createReminderService({
  store,
  senders: { slack: httpSender(platformUrl) },
  checklists: new Map(),
  logger: { info: silent, warn: silent, error: (message) => process.stderr.write(`${message}\n`) },
  instanceId,
  concurrency: 16,
});
const report = await service.tick(new Date(now));
await store.close();
process.stdout.write(
  `${JSON.stringify({ sent: report.sent.length, recovered: report.sent.filter((l) => l.recovered).length, failed: report.failed.length })}\n`,
);
