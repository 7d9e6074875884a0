// The Bot Framework's token signing, faked: an RSA key whose public half the fake Bot Connector serves as
// the OpenID metadata and JWKS that botbuilder and the Teams SDK read (login.botframework.com/v1/.well-known/
// openidconfiguration and its jwks_uri), and tokens signed with it as the Bot Connector signs its requests
// (issuer https://api.botframework.com, audience the bot's app id, the activity's service URL as a claim).
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

export const METADATA_PATH = "/v1/.well-known/openidconfiguration";
export const KEYS_PATH = "/v1/.well-known/keys";
const KEY_ID = "fake-bot-framework-key";
const ISSUER = "https://api.botframework.com";

let shared: { privateKey: KeyObject; jwk: Record<string, unknown> } | undefined;

/** One key for the whole test run: an RSA key takes tens of milliseconds to make. */
function key() {
  if (!shared) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const privateKey = createPrivateKey(pair.privateKey.export({ format: "pem", type: "pkcs8" }));
    shared = { privateKey, jwk: pair.publicKey.export({ format: "jwk" }) as Record<string, unknown> };
  }
  return shared;
}

export function openIdMetadata(serviceUrl: string) {
  return {
    issuer: ISSUER,
    jwks_uri: `${serviceUrl.replace(/\/$/, "")}${KEYS_PATH}`,
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_signing_alg_values_supported: ["RS256"],
  };
}

/** The JWKS: Teams' keys are endorsed for the msteams channel, which botbuilder checks. */
export function signingKeys() {
  return { keys: [{ ...key().jwk, kid: KEY_ID, use: "sig", alg: "RS256", endorsements: ["msteams"] }] };
}

/** A token as the Bot Connector sends it to the bot `appId` for an activity from `serviceUrl`. */
export function connectorToken(appId: string, serviceUrl: string, now = Date.now()): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const seconds = Math.floor(now / 1000);
  const signed = `${part({ alg: "RS256", typ: "JWT", kid: KEY_ID })}.${part({
    iss: ISSUER,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: seconds - 60,
    iat: seconds - 60,
    exp: seconds + 3600,
  })}`;
  const signature = sign("RSA-SHA256", Buffer.from(signed), key().privateKey).toString("base64url");
  return `${signed}.${signature}`;
}
