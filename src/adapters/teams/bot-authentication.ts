// botbuilder's own authentication (JWT validation, outbound credentials), with connector clients reused.
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import { errorMessage } from "../../logging/error-message.ts";
import { ConnectorClientCache } from "./connector-clients.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { TokenUnavailableError } from "./token-unavailable.ts";

type Activity = Parameters<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>[0];
type Claims = Parameters<ConfigurationBotFrameworkAuthentication["createConnectorFactory"]>[0];

/** botbuilder's credentials factory (botframework-connector's abstract class, not exported by botbuilder). */
export type CredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;
type Credentials = Awaited<ReturnType<CredentialsFactory["createCredentials"]>>;

/** Marks a failure to sign a request (getting the token) so that it is not taken for a post that left. */
function markTokenFailures(inner: CredentialsFactory): CredentialsFactory {
  return {
    isValidAppId: (appId) => inner.isValidAppId(appId),
    isAuthenticationDisabled: () => inner.isAuthenticationDisabled(),
    async createCredentials(appId, audience, loginEndpoint, validateAuthority) {
      const credentials: Credentials = await inner.createCredentials(
        appId,
        audience,
        loginEndpoint,
        validateAuthority,
      );
      // A child of the credentials, so that everything else botbuilder reads of them stays as it was.
      const marked = Object.create(credentials) as Credentials;
      marked.signRequest = async (resource) => {
        try {
          return await credentials.signRequest(resource);
        } catch (error) {
          throw new TokenUnavailableError(`no token for the Bot Connector: ${errorMessage(error)}`, {
            cause: error,
          });
        }
      };
      return marked;
    },
  } as CredentialsFactory;
}

type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["createUserTokenClient"]>>;

class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** botbuilder also builds a (never used here) user-token client for every activity: one per app will do. */
  readonly #userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    config: TeamsConfig,
    private readonly clients: ConnectorClientCache,
    credentials: CredentialsFactory | undefined,
    openIdMetadataUrl: string | undefined,
  ) {
    const options = {
      MicrosoftAppId: config.appId ?? "",
      MicrosoftAppPassword: config.appPassword ?? "",
      MicrosoftAppTenantId: config.appTenantId ?? "",
      MicrosoftAppType: config.appType,
      ...(openIdMetadataUrl
        ? {
            ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
            // With any endpoint given, botbuilder takes every other from the options: without the issuer
            // it would accept none (its default applies only when nothing is given).
            ToBotFromChannelTokenIssuer: "https://api.botframework.com",
          }
        : {}),
    };
    super(
      options,
      markTokenFailures(credentials ?? new ConfigurationServiceClientCredentialFactory(options)),
    );
  }

  override async authenticateRequest(activity: Activity, authHeader: string) {
    const result = await super.authenticateRequest(activity, authHeader).catch((error: unknown) => {
      // A token that cannot be verified is refused, whatever stopped it (signing keys out of reach, a
      // header botbuilder trips over): CloudAdapter answers 500 to anything but AuthenticationError.
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(`token not verified: ${errorMessage(error)}`, 401);
    });
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

/**
 * `credentials` replaces botbuilder's MSAL-based factory and `openIdMetadataUrl` the Bot Framework's
 * signing-key metadata: tests point them at fakes on 127.0.0.1.
 */
export function createBotAuthentication(
  config: TeamsConfig,
  requestTimeoutMs: number,
  credentials?: CredentialsFactory,
  openIdMetadataUrl?: string,
) {
  const clients = new ConnectorClientCache(requestTimeoutMs);
  return new ReusingBotFrameworkAuthentication(config, clients, credentials, openIdMetadataUrl);
}
