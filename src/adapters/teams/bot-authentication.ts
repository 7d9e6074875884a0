// botbuilder's own authentication (JWT validation, outbound credentials), with connector clients reused.
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from "botbuilder";
import { ConnectorClientCache } from "./connector-clients.ts";
import type { TeamsConfig } from "./teams-config.ts";

type Activity = Parameters<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>[0];
type Claims = Parameters<ConfigurationBotFrameworkAuthentication["createConnectorFactory"]>[0];

type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["createUserTokenClient"]>>;

class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** botbuilder also builds a (never used here) user-token client for every activity: one per app will do. */
  readonly #userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    config: TeamsConfig,
    private readonly clients: ConnectorClientCache,
  ) {
    const options = {
      MicrosoftAppId: config.appId ?? "",
      MicrosoftAppPassword: config.appPassword ?? "",
      MicrosoftAppTenantId: config.appTenantId ?? "",
      MicrosoftAppType: config.appType,
    };
    super(options, new ConfigurationServiceClientCredentialFactory(options));
  }

  override async authenticateRequest(activity: Activity, authHeader: string) {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    if (!factory) return result;
    return { ...result, connectorFactory: this.clients.wrap(factory, appKey(result.claimsIdentity)) };
  }

  override createConnectorFactory(claimsIdentity: Claims) {
    return this.clients.wrap(super.createConnectorFactory(claimsIdentity), appKey(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: Claims): Promise<UserTokenClient> {
    const key = appKey(claimsIdentity);
    let client = this.#userTokenClients.get(key);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.#userTokenClients.delete(key));
      this.#userTokenClients.set(key, client);
    }
    return client;
  }
}

/** The outbound client depends on the bot app the claims name (empty when authentication is off). */
function appKey(claims: Claims): string {
  return String(claims.getClaimValue("aud") ?? claims.getClaimValue("appid") ?? "");
}

export function createBotAuthentication(config: TeamsConfig, requestTimeoutMs: number) {
  return new ReusingBotFrameworkAuthentication(config, new ConnectorClientCache(requestTimeoutMs));
}
