// `remind --now <ISO instant>`: one reminder tick as of that instant, against the configured store and
// platforms, printing what it sent, skipped and failed. With no platform configured it prints what
// would be sent and claims nothing, so a real tick later still sends it.
import { renderText } from "../../../cards/render-text.ts";
import { workspaceIntervalMs } from "../../adapters/slack/channel-pacer.ts";
import { createSlackInstallations } from "../../adapters/slack/installations.ts";
import { createSlackSender } from "../../adapters/slack/slack-sender.ts";
import { createTokenSeal } from "../../adapters/slack/token-seal.ts";
import { createWorkspaceApis } from "../../adapters/slack/workspace-apis.ts";
import { createTeamsSdkAdapter } from "../../adapters/teams/sdk/sdk-adapter.ts";
import { createTeamsAdapter } from "../../adapters/teams/teams-adapter.ts";
import { type Config, ConfigError, loadConfig } from "../../config.ts";
import type { ChannelSender } from "../../delivery/sender-port.ts";
import type { Platform } from "../../domain/round.ts";
import { createLogger, type Logger } from "../../logging/logger.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../round-file/checklist-files.ts";
import { createReminderService } from "../../scheduler/reminder-service.ts";
import type { ReportLine, TickReport } from "../../scheduler/tick-report.ts";
import { openStore } from "../../store/open-store.ts";
import { type Store, StoreError } from "../../store/port.ts";
import { type CliStrings, cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand, CliIo } from "../io.ts";
import { storeLocation } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

// Slack when SLACK_BOT_TOKEN, SLACK_BOT_TOKENS or SLACK_CLIENT_ID is set (each workspace with its own token); Teams when MICROSOFT_APP_ID is set (without an app id a Teams
// sender could never reach a real conversation).
export type Senders = Partial<Record<Platform, ChannelSender>>;

export type OpenSenders = (
  env: Readonly<Record<string, string | undefined>>,
  store: Store,
  logger: Logger,
) => { senders: Senders } | { error: string };

/** The same configuration as the bot's (src/config.ts, the one loader): its platforms, its rules. */
export const openPlatformSenders: OpenSenders = (env, store, logger) => {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return { error: error.message };
    throw error;
  }
  const senders: Senders = {};
  if (config.slack) {
    const { botToken, workspaceTokens, apiUrl, workspacePostsPerMinute, oauth } = config.slack;
    // With OAuth the tokens are the workspaces' installations in the store, as the bot reads them.
    const installations =
      oauth &&
      createSlackInstallations({
        store,
        seal: createTokenSeal(oauth.tokenKeys),
        app: oauth,
        apiUrl,
        instanceId: `cli-${process.pid}`,
        clock: () => new Date(),
        logger,
        staticToken: (workspace) =>
          Object.hasOwn(workspaceTokens, workspace) ? workspaceTokens[workspace] : undefined,
      });
    const apis = createWorkspaceApis(
      { botToken, workspaceTokens },
      apiUrl,
      undefined,
      installations || undefined,
    );
    const workspaceInterval = workspaceIntervalMs(workspacePostsPerMinute);
    senders.slack = createSlackSender({ apis, logger, workspaceIntervalMs: workspaceInterval });
  }
  if (config.teams.enabled && config.teams.appId) {
    const engine = { handle: async () => [] };
    // TEAMS_SDK chooses, as for the bot (src/adapters/teams/create-chosen-adapter.ts, which loads lazily).
    const create = config.teams.library === "teams" ? createTeamsSdkAdapter : createTeamsAdapter;
    const adapter = create({
      ...config.teams,
      engine,
      store,
      clock: () => new Date(),
      logger,
    });
    senders.teams = adapter.sender;
  }
  return { senders };
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseNow(args: string[]): Date | undefined {
  const [flag, value, ...rest] = args;
  if (flag !== "--now" || value === undefined || rest.length > 0 || !INSTANT.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function where(line: ReportLine): string {
  return line.home ? ` → ${line.home.platform} ${line.home.channel}` : "";
}

function printReport(report: TickReport, t: CliStrings["remind"], io: CliIo): void {
  for (const l of report.sent) io.out(`${l.recovered ? t.recovered : t.sent}  ${l.key}${where(l)}`);
  for (const l of report.skippedNothingMissing) io.out(`${t.nothingMissing}  ${l.key}`);
  for (const l of report.skippedStale) io.out(`${t.stale}  ${l.key}`);
  for (const l of report.failed) io.out(`${t.failed}  ${l.key}${where(l)}: ${l.error}`);
  for (const l of report.notSent) {
    io.out(`${t.notSent}  ${l.key}${where(l)}`);
    for (const line of renderText(l.card).trimEnd().split("\n")) io.out(`    ${line}`);
  }
  io.out(t.total(report));
}

function cliLogger(io: CliIo): Logger {
  return createLogger("warn", { write: (line) => io.err(line.trimEnd()) });
}

export function createRemindCommand(openSenders: OpenSenders): CliCommand {
  return async (args, io) => {
    const t = cliStrings(cliLocale(io)).remind;
    const now = parseNow(args);
    if (!now) {
      io.err(commandUsage(cliLocale(io), "remind"));
      return 2;
    }
    const location = storeLocation(io);
    let store: Awaited<ReturnType<typeof openStore>>;
    try {
      store = await openStore({ dataDir: location.dataDir, mongodbUri: location.mongodbUri });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      io.err(error.message);
      return 1;
    }
    try {
      const logger = cliLogger(io);
      const opened = openSenders(io.env, store, logger);
      if ("error" in opened) {
        io.err(opened.error);
        return 2;
      }
      const configured = Object.keys(opened.senders) as Platform[];
      io.out(t.platforms(configured.length ? configured.join(", ") : t.none));
      io.out(t.tick(args[1] ?? "", location.where));
      const { checklists } = await loadChecklists([BUNDLED_CHECKLIST_DIR]);
      const service = createReminderService({
        store,
        senders: opened.senders,
        checklists,
        logger,
        instanceId: `cli-${process.pid}-${Date.now()}`,
        dryRun: configured.length === 0,
      });
      const report = await service.tick(now);
      printReport(report, t, io);
      return report.failed.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  };
}

export const remindCommand: CliCommand = createRemindCommand(openPlatformSenders);
