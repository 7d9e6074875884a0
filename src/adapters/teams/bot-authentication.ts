// botbuilder's own authentication (JWT validation, outbound credentials); its connector clients send each
// request once, within a deadline (send-once-http-client.ts).
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import { errorMessage } from "../../logging/error-message.ts";
import { sendOnceHttpClient } from "./send-once-http-client.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { TokenUnavailableError } from "./token-unavailable.ts";

type Activity = Parameters<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>[0];

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

class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    config: TeamsConfig,
    requestTimeoutMs: number,
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
      undefined,
      undefined,
      // Public ConnectorClientOptions: each request sent once, within the deadline (no blind retries).
      { httpClient: sendOnceHttpClient(requestTimeoutMs) },
    );
  }

  override async authenticateRequest(activity: Activity, authHeader: string) {
    return super.authenticateRequest(activity, authHeader).catch((error: unknown) => {
      // A token that cannot be verified is refused, whatever stopped it (signing keys out of reach, a
      // header botbuilder trips over): CloudAdapter answers 500 to anything but AuthenticationError.
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(`token not verified: ${errorMessage(error)}`, 401);
    });
  }
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
  return new BotAuthentication(config, requestTimeoutMs, credentials, openIdMetadataUrl);
}
