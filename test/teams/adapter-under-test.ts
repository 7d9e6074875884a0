// Which Teams adapter a Teams test runs against: botbuilder's (the default) or the Teams SDK's, chosen by
// TEAMS_LIBRARY (vitest.config.ts runs every Teams test file once for each), so that one set of tests
// covers both. The options are botbuilder's; for the Teams SDK the same intent is translated: its signing
// keys' metadata is on the fake connector (never login.botframework.com), and `credentials` (a token from
// the fake token endpoint) becomes the App's token provider asking the same endpoint.

import { createTeamsSdkAdapter } from "../../src/adapters/teams/sdk/sdk-adapter.ts";
import {
  createTeamsAdapter,
  type TeamsAdapter,
  type TeamsAdapterOptions,
} from "../../src/adapters/teams/teams-adapter.ts";
import type { FakeBotConnector } from "../fakes/bot-connector.ts";
import { fakeSdkToken } from "../fakes/token-credentials.ts";

export type TeamsLibrary = "botbuilder" | "teams";

export const TEAMS_LIBRARY: TeamsLibrary = process.env.TEAMS_LIBRARY === "teams" ? "teams" : "botbuilder";

export function createAdapterUnderTest(
  options: TeamsAdapterOptions,
  connector: FakeBotConnector,
  library: TeamsLibrary = TEAMS_LIBRARY,
): TeamsAdapter {
  if (library === "botbuilder") return createTeamsAdapter(options);
  const { credentials, openIdMetadataUrl, ...common } = options;
  return createTeamsSdkAdapter({
    ...common,
    ...(credentials ? { token: fakeSdkToken(connector.serviceUrl) } : {}),
    cloud: {
      openIdMetadataUrl: openIdMetadataUrl ?? `${connector.serviceUrl}v1/.well-known/openidconfiguration`,
    },
  });
}
