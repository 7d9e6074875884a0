// Child: the whole bot as `npm start` builds it (startApp), for the Slack and Teams benchmarks. The runner
// sets the environment: SLACK_API_URL and TEAMS_SERVICE_URL at its fakes, a fresh DATA_DIR, PORT=0.
import { startApp } from "../../src/app.ts";
import { loadConfig, processEnvironment } from "../../src/config.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { serveParent } from "./child-protocol.ts";

const ROUND_ID = process.env.BENCH_ROUND_ID ?? "";
const ORGANISATION_ID = process.env.BENCH_ORGANISATION_ID ?? "";
/** The platform route the benchmark posts to; a 404 there means startApp does not mount the adapter. */
const ROUTE = process.env.BENCH_ROUTE ?? "/";

async function mounted(port: number): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}${ROUTE}`, { method: "POST", body: "{}" });
  await res.text();
  return res.status !== 404;
}

await serveParent(async () => {
  const config = loadConfig(processEnvironment());
  const app = await startApp(config, createLogger(config.env.LOG_LEVEL));
  if (!(await mounted(app.port))) {
    await app.stop();
    throw new Error(`startApp does not serve POST ${ROUTE}: is the adapter wired into src/app.ts?`);
  }
  return {
    port: app.port,
    storedVersions: async () => (await app.store.listAssessments(ROUND_ID, ORGANISATION_ID)).length,
    tick: async (at) => {
      const report = await app.reminders.tick(at);
      return { sent: report.sent.length, failed: report.failed.length };
    },
    stop: () => app.stop(),
  };
});
