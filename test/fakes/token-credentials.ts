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

/**
 * The Teams SDK's token provider (its App's `token` option) asking the same fake endpoint. The SDK keeps
 * the token as a JWT, so the fake's token is carried in one (unsigned: the fake connector never checks it).
 */
export function fakeSdkToken(serviceUrl: string): (scope: string | string[]) => Promise<string> {
  const tokenUrl = new URL(TOKEN_PATH.slice(1), serviceUrl).toString();
  return async (scope) => {
    const response = await fetch(tokenUrl, { method: "POST", body: `scope=${String(scope)}` });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const { access_token } = (await response.json()) as { access_token: string };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const exp = Math.floor(Date.now() / 1000) + 3600;
    return `${part({ alg: "none", typ: "JWT" })}.${part({ access_token, exp })}.`;
  };
}
