// The composition root's body: builds every part from the config, once, and wires them together.
// main.ts adds the process concerns (signals, exit codes); tests start this in-process.
import { randomUUID } from "node:crypto";
import { createPlayground, type Playground } from "./adapters/playground/create-playground.ts";
import { MovableClock } from "./adapters/playground/movable-clock.ts";
import { createChosenTeamsAdapter } from "./adapters/teams/create-chosen-adapter.ts";
import type { Config } from "./config.ts";
import { dashboardLinks } from "./dashboard/dashboard-links.ts";
import { dashboardRoutes } from "./dashboard/dashboard-routes.ts";
import { dashboardSecret } from "./dashboard/dashboard-secret.ts";
import type { ChannelSender } from "./delivery/sender-port.ts";
import type { Platform } from "./domain/round.ts";
import { Engine } from "./engine/engine.ts";
import type { Logger } from "./logging/logger.ts";
import { projectPath } from "./project-root.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "./round-file/checklist-files.ts";
import { loadRoundFile } from "./round-file/load-round-file.ts";
import { startReminderCron } from "./scheduler/cron.ts";
import { createProjectManagerAlerts } from "./scheduler/project-manager-alerts.ts";
import { createReminderService, type ReminderService } from "./scheduler/reminder-service.ts";
import { healthRoute } from "./server/health.ts";
import { createHttpServer } from "./server/http-server.ts";
import type { Route } from "./server/route.ts";
import { openStore } from "./store/open-store.ts";
import type { Store } from "./store/port.ts";

export const EXAMPLE_ROUND = projectPath("examples", "round-2027.yaml");

export interface RunningApp {
  port: number;
  store: Store;
  /** Present when the playground is on: its clock moves the bot's time. */
  playground?: Playground | undefined;
  reminders: ReminderService;
  stop(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const checklistDirs = [
    BUNDLED_CHECKLIST_DIR,
    ...(config.env.CHECKLIST_DIR ? [config.env.CHECKLIST_DIR] : []),
  ];
  const { checklists } = await loadChecklists(checklistDirs);
  const store = await openStore({
    dataDir: config.env.DATA_DIR,
    mongodbUri: config.env.MONGODB_URI,
    onInvalidRecord: (description) => logger.warn("store.invalid_record", { description }),
  });
  await importRound(config, store, checklistDirs, logger);
  const senders: Partial<Record<Platform, ChannelSender>> = {};
  const instanceId = `modellbot-${randomUUID()}`;
  // Refused attempts and changed identities go to the project managers through the senders set up below.
  const alerts = createProjectManagerAlerts({ store, senders, instanceId, logger });
  const secret = config.dashboard.enabled
    ? dashboardSecret(config.dashboard.secret, config.env.DATA_DIR)
    : undefined;
  // In development the links start at this server; its port is known once it listens (below).
  let localUrl = "";
  const links = secret && dashboardLinks(secret, () => config.dashboard.publicUrl ?? localUrl);
  const engine = new Engine({
    store,
    checklists,
    newNonce: randomUUID,
    alerts,
    dashboard: links || undefined,
  });
  // The playground may move the bot's clock only when no real platform could be reached with it.
  const timeTravel = config.playground && !config.slack && !config.teams.appId;
  const movable = config.playground ? new MovableClock() : undefined;
  const clock = () => (movable && timeTravel ? movable.now() : new Date());
  const routes: Route[] = [];
  const stops: (() => Promise<void>)[] = [];
  if (config.slack) {
    // Loaded only when Slack is configured: Bolt and the chart renderer are tens of megabytes.
    const { createSlackAdapter } = await import("./adapters/slack/create-slack-adapter.ts");
    const slack = createSlackAdapter({
      ...config.slack,
      engine,
      store,
      installationStore: store,
      alerts,
      instanceId,
      clock,
      logger,
    });
    routes.push(...slack.routes);
    senders.slack = slack.sender;
    stops.push(() => slack.stop());
  }
  if (config.teams.enabled) {
    const teams = await createChosenTeamsAdapter(config.teams.library, {
      ...config.teams,
      engine,
      store,
      clock,
      logger,
    });
    routes.push(...teams.routes);
    if (config.teams.appId) senders.teams = teams.sender;
    stops.push(() => teams.stop());
  }
  const playground =
    movable &&
    createPlayground({
      engine,
      store,
      clock: movable,
      timeTravel,
      logger,
      newId: randomUUID,
      reseed: () => importRound(config, store, checklistDirs, logger),
    });
  if (playground) {
    routes.push(...playground.routes);
    // Without credentials a platform's posts land in the playground's channels, never on a real host.
    senders.slack ??= playground.senderFor("slack");
    senders.teams ??= playground.senderFor("teams");
  }
  const reminders = createReminderService({ store, senders, checklists, logger, instanceId });
  const cron = config.env.SCHEDULER
    ? startReminderCron({ service: reminders, store, instanceId, clock: { now: clock }, logger })
    : undefined;
  playground?.clock.onMove(async (now) => {
    await reminders.tick(now);
  });
  if (secret) routes.push(...dashboardRoutes({ store, checklists, secret, clock, logger }));
  const schedulerState = () => ({ scheduler: cron ? "on" : "off", clock: clock().toISOString() });
  routes.push(healthRoute(store, schedulerState, logger));
  const http = createHttpServer(routes, logger);
  const port = await http.listen(config.env.PORT, config.host);
  localUrl = `http://${config.host === "127.0.0.1" ? "127.0.0.1" : "localhost"}:${port}`;
  logger.info("app.listening", {
    host: config.host,
    port,
    store: config.env.MONGODB_URI ? "mongodb" : "embedded",
    slack: !config.slack
      ? "off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN, SLACK_BOT_TOKENS or SLACK_CLIENT_ID)"
      : config.slack.oauth
        ? `on, installs with Add to Slack at ${new URL("/slack/install", config.slack.oauth.redirectUrl ?? config.dashboard.publicUrl ?? localUrl)}`
        : "on",
    teams: !config.teams.enabled
      ? "off (TEAMS=off)"
      : `${config.teams.appId ? "on" : "local development: no authentication (set MICROSOFT_APP_ID)"}, ${
          config.teams.library === "teams" ? "Teams SDK" : "botbuilder"
        } (TEAMS_SDK)`,
    playground: playground ? `http://localhost:${port}/` : "off",
    scheduler: cron ? "on" : "off",
    // Also what /healthz says: a store that refuses writes makes it answer 503 with this reason.
    storeWrites: store.writeRefusal?.() ?? "ok",
    dashboard: secret
      ? `${config.dashboard.publicUrl ?? localUrl}/dashboard (personal links: type dashboard in the chat)`
      : "off (set PUBLIC_URL and DASHBOARD_SECRET)",
  });
  return {
    port,
    store,
    playground,
    reminders,
    async stop() {
      // Stop ticking first, then stop taking requests and let those in flight finish, then close the store.
      if (cron) await cron.stop();
      await reminders.idle();
      await http.close();
      for (const stop of stops) await stop();
      await store.close();
      logger.info("app.stopped");
    },
  };
}

/** ROUND_FILE is imported at every start; with none, the example round seeds an empty development store. */
async function importRound(
  config: Config,
  store: Store,
  checklistDirs: string[],
  logger: Logger,
): Promise<void> {
  const file = config.env.ROUND_FILE ?? (config.production ? undefined : EXAMPLE_ROUND);
  if (!file) return;
  if (!config.env.ROUND_FILE && (await store.listRounds()).length > 0) return;
  const loaded = await loadRoundFile(file, { checklistDirs });
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `${e.file}:${e.line}: ${e.path}: ${e.message}`);
    throw new Error(`The round file ${file} has errors:\n${lines.join("\n")}`);
  }
  for (const warning of loaded.warnings)
    logger.warn("round.warning", { file, line: warning.line, message: warning.message });
  const { changed } = await store.saveRound(loaded.round);
  logger.info("round.imported", { round: loaded.round.id, file, changed });
}
