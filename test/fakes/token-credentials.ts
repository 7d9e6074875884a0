// Bot Framework credentials whose token comes from the fake Bot Connector's token endpoint instead of
// login.microsoftonline.com (which MSAL would ask, over HTTPS only): the stand-in for botbuilder's MSAL
// factory, so that a test can take the token endpoint down and watch what the bot does.
import type { CredentialsFactory } from "../../src/adapters/teams/bot-authentication.ts";
import { TOKEN_PATH } from "./bot-connector.ts";

type Credentials = Awaited<ReturnType<CredentialsFactory["createCredentials"]>>;
type Resource = Parameters<Credentials["signRequest"]>[0];

export function fakeTokenCredentials(serviceUrl: string, appId: string): CredentialsFactory {
  const tokenUrl = new URL(TOKEN_PATH.slice(1), serviceUrl).toString();
  const credentials: Credentials = {
    async signRequest(resource: Resource) {
      const response = await fetch(tokenUrl, { method: "POST", body: `client_id=${appId}` });
      if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
      const { access_token } = (await response.json()) as { access_token: string };
      resource.headers.set("authorization", `Bearer ${access_token}`);
      return resource;
    },
  };
  return {
    isValidAppId: async (id: string) => id === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => credentials,
  } as CredentialsFactory;
}
