// The reminder service on a temp store with the real Slack and Teams senders, talking to the fake Slack
// Web API and the fake Bot Connector: for faults of the platforms as the scheduler meets them.
import { createSlackApi } from "../../src/adapters/slack/slack-api.ts";
import { createSlackSender } from "../../src/adapters/slack/slack-sender.ts";
import type { CredentialsFactory } from "../../src/adapters/teams/bot-authentication.ts";
import type { Round } from "../../src/domain/round.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { FAKE_BOT_TOKEN, type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { fakeTokenCredentials } from "../fakes/token-credentials.ts";
import { exampleRound, logger, smallRound, tempStore } from "../scheduler/fakes.ts";
import { createAdapterUnderTest } from "../teams/adapter-under-test.ts";

export const TEAMS_APP_ID = "00000000-0000-0000-0000-00000000b0e1";

export async function realSenders(options: { round?: Round; teamsWithToken?: boolean } = {}) {
  const temp = await tempStore();
  const round = options.round ?? smallRound();
  await temp.store.saveRound(round);
  const { checklists } = await exampleRound();
  const slack: FakeSlackWebApi = await startFakeSlackWebApi();
  const connector: FakeBotConnector = await startFakeBotConnector();
  const log = logger();
  let now = new Date("2027-03-01T00:00:00+01:00");
  const credentials: CredentialsFactory | undefined = options.teamsWithToken
    ? fakeTokenCredentials(connector.serviceUrl, TEAMS_APP_ID)
    : undefined;
  // botbuilder's adapter or the Teams SDK's, as TEAMS_LIBRARY says (vitest.config.ts runs both).
  const teams = createAdapterUnderTest(
    {
      appId: options.teamsWithToken ? TEAMS_APP_ID : undefined,
      appPassword: undefined,
      appTenantId: undefined,
      appType: "MultiTenant",
      allowedTenants: [],
      serviceUrl: connector.serviceUrl,
      engine: { handle: async () => [] },
      store: temp.store,
      clock: () => now,
      logger: log,
      sleep: async () => {},
      random: () => 0.5,
      ...(credentials ? { credentials } : {}),
    },
    connector,
  );
  const slackSender = createSlackSender({
    api: createSlackApi({ botToken: FAKE_BOT_TOKEN, apiUrl: slack.apiUrl }, undefined),
    logger: log,
    intervalMs: 0,
  });
  const service = createReminderService({
    store: temp.store,
    senders: { slack: slackSender, teams: teams.sender },
    checklists,
    logger: log,
    instanceId: "instance-1",
  });
  return {
    store: temp.store,
    round,
    slack,
    connector,
    log,
    tickAt: (iso: string) => {
      now = new Date(iso);
      return service.tick(now);
    },
    close: async () => {
      await slack.close();
      await connector.stop();
      await temp.close();
    },
  };
}
