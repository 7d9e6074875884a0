// The OAuth state of an install: signed with SLACK_STATE_SECRET, valid for 10 minutes, and good once. The
// state names a random id, the moment it was made and the install options; its single use is recorded in
// the store with the inbound event ids (rememberEvent), so a second instance refuses a reused state too.
// Bolt's InstallProvider also binds it to the browser that opened the install page (a cookie).
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { InstallURLOptions, StateStore } from "@slack/bolt";
import type { Store } from "../../store/port.ts";
import type { InstallRefusal } from "./install-texts.ts";

export const STATE_TTL_MS = 10 * 60_000;

/** Thrown by verifyStateParam; Bolt hands it to the failure page, which says why by `reason`. */
export class OAuthStateRefused extends Error {
  override name = "OAuthStateRefused";
  /** The code Bolt's own InvalidStateError carries. */
  readonly code = "slack_oauth_invalid_state";
  constructor(readonly reason: Extract<InstallRefusal, "expired" | "reused" | "missing">) {
    super(`OAuth state refused: ${reason}`);
  }
}

interface StatePayload {
  id: string;
  at: number;
  options: InstallURLOptions;
}

export function createOAuthStateStore(deps: {
  secret: string;
  store: Pick<Store, "rememberEvent">;
  /** Ours, not Bolt's `now`: tests move it past the 10 minutes. */
  clock: () => Date;
}): StateStore {
  const sign = (payload: string) => createHmac("sha256", deps.secret).update(payload).digest();
  return {
    async generateStateParam(options) {
      const payload: StatePayload = { id: randomUUID(), at: deps.clock().getTime(), options };
      const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
      return `${encoded}.${sign(encoded).toString("base64url")}`;
    },
    async verifyStateParam(_boltNow, state) {
      const [encoded, signature] = state.split(".");
      if (!encoded || !signature) throw new OAuthStateRefused("missing");
      const given = Buffer.from(signature, "base64url");
      const expected = sign(encoded);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new OAuthStateRefused("missing");
      const payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as StatePayload;
      const now = deps.clock();
      if (now.getTime() - payload.at > STATE_TTL_MS || payload.at > now.getTime() + 60_000)
        throw new OAuthStateRefused("expired");
      const expires = new Date(payload.at + STATE_TTL_MS).toISOString();
      const first = await deps.store.rememberEvent(
        `slack:oauth-state:${payload.id}`,
        now.toISOString(),
        expires,
      );
      if (!first) throw new OAuthStateRefused("reused");
      return payload.options;
    },
  };
}
