// A fake Bot Connector on 127.0.0.1: the `serviceUrl` of test activities. It records what the bot posts
// (replies and proactive messages), answers TeamsInfo.getMember, creates personal (1:1) chats, serves the
// signing keys of bot-framework-keys.ts, and can fail the next calls on demand.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { KEYS_PATH, METADATA_PATH, openIdMetadata, signingKeys } from "./bot-framework-keys.ts";

export interface RecordedActivity {
  conversationId: string;
  /**
   * Set for a reply in the turn: `POST /v3/conversations/:id/activities/:replyToId` (botbuilder), or
   * `POST /v3/conversations/:id/activities` with `replyToId` in the activity (the Teams SDK); the Bot
   * Connector's REST API takes both.
   */
  replyToId?: string | undefined;
  /** The Authorization header the post came with (the bot's token). */
  authorization?: string | undefined;
  activity: Record<string, unknown>;
}

export interface TeamsMember {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  userPrincipalName?: string;
  tenantId?: string;
}

/** A `POST /v3/conversations` that succeeded: the personal chat and what the bot asked for. */
export interface CreatedConversation {
  id: string;
  memberIds: string[];
  tenantId: string | undefined;
}

/**
 * `hang`: read the request, never answer (the bot sees a timeout after sending). `afterCreating`: the post
 * is created (recorded, as Teams shows it) and then answered with the error, as a gateway that times out
 * after the service did the work.
 */
export type Failure =
  | { status: 429; retryAfterSeconds?: number }
  | { status: 401 | 403 | 404 | 412 | 413 | 500 | 502 | 503 | 504; afterCreating?: boolean }
  | "hang";

/** Where the fake token endpoint listens (the credentials of test/fakes/token-credentials.ts ask it). */
export const TOKEN_PATH = "/botframework.com/oauth2/v2.0/token";

export interface FakeBotConnector {
  /** The service URL to put on activities, ending in `/`. */
  readonly serviceUrl: string;
  /** Activities the connector accepted (2xx), in order. */
  readonly activities: RecordedActivity[];
  /** Every request that reached the connector, failed or not: `METHOD path`. */
  readonly requests: string[];
  /** Personal chats the bot created (or reopened: Teams answers the same id for the same person). */
  readonly conversations: CreatedConversation[];
  addMember(member: TeamsMember): void;
  /** A 1:1 chat with this user (Teams id) is refused with 403, as when the app is not installed for them. */
  refusePersonalChat(userId: string): void;
  /**
   * The next `count` calls (posts or member look-ups; only those of `method` when given) get this failure
   * instead of an answer.
   */
  failNext(count: number, failure: Failure, method?: "GET" | "POST"): void;
  /** While down, the token endpoint answers 503 (as when login.microsoftonline.com is unreachable). */
  setTokenEndpointDown(down: boolean): void;
  /** Token requests that reached the endpoint, answered or not. */
  readonly tokenRequests: number;
  /** Each accepted post is answered this much later (it is recorded when it arrives). */
  setLatency(ms: number): void;
  /** Called after each recorded post with the number recorded so far. */
  onActivity(listener: (count: number) => void): void;
  stop(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const CREATE_PATH = "/v3/conversations";
const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const activities: RecordedActivity[] = [];
  const requests: string[] = [];
  const members = new Map<string, TeamsMember>();
  const conversations: CreatedConversation[] = [];
  const refused = new Set<string>();
  const failures: { failure: Failure; method: string | undefined }[] = [];
  const hanging = new Set<ServerResponse>();
  const listeners: ((count: number) => void)[] = [];
  let nextId = 1;
  let tokenDown = false;
  let tokenRequests = 0;
  let latencyMs = 0;

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      if (req.method === "POST" && path === TOKEN_PATH) {
        tokenRequests += 1;
        if (tokenDown) return json(res, 503, { error: "temporarily_unavailable" });
        return json(res, 200, {
          token_type: "Bearer",
          expires_in: 3600,
          access_token: `token-${tokenRequests}`,
        });
      }
      requests.push(`${req.method} ${path}`);
      const index = failures.findIndex((f) => f.method === undefined || f.method === req.method);
      const failure = index < 0 ? undefined : failures.splice(index, 1)[0]?.failure;
      if (failure === "hang") return void hanging.add(res);
      if (failure && !("afterCreating" in failure && failure.afterCreating)) return fail(res, failure);
      if (req.method === "POST" && path === CREATE_PATH) return createConversation(res, body);
      // The Bot Framework's signing keys, for a bot that checks tokens signed by bot-framework-keys.ts.
      if (req.method === "GET" && path === METADATA_PATH) return json(res, 200, openIdMetadata(serviceUrl));
      if (req.method === "GET" && path === KEYS_PATH) return json(res, 200, signingKeys());
      const post = req.method === "POST" ? ACTIVITY_PATH.exec(path) : null;
      if (post) {
        const id = `activity-${nextId++}`;
        const activity = JSON.parse(body || "{}") as Record<string, unknown>;
        // A reply names the activity it answers in the path (botbuilder) or in the body (the Teams SDK).
        const bodyReplyTo = typeof activity.replyToId === "string" ? activity.replyToId : undefined;
        activities.push({
          conversationId: decodeURIComponent(post[1] ?? ""),
          replyToId: post[2] === undefined ? bodyReplyTo : decodeURIComponent(post[2]),
          authorization: req.headers.authorization,
          activity,
        });
        for (const listener of listeners) listener(activities.length);
        if (failure) return fail(res, failure);
        if (latencyMs > 0) return void setTimeout(() => json(res, 201, { id }), latencyMs);
        return json(res, 201, { id });
      }
      const member = req.method === "GET" ? MEMBER_PATH.exec(path) : null;
      if (member) {
        const found = members.get(decodeURIComponent(member[2] ?? ""));
        if (found) return json(res, 200, found);
        return json(res, 404, { error: { code: "MemberNotFoundInConversation", message: "not found" } });
      }
      json(res, 404, { error: { code: "NotFound", message: `no fake for ${req.method} ${path}` } });
    });
  });
  const createConversation = (res: ServerResponse, body: string) => {
    const parameters = JSON.parse(body || "{}") as {
      members?: { id: string }[];
      tenantId?: string;
      channelData?: { tenant?: { id?: string } };
    };
    const memberIds = (parameters.members ?? []).map((m) => m.id);
    if (memberIds.some((id) => refused.has(id))) {
      return json(res, 403, {
        error: { code: "Forbidden", message: "The bot is not installed for the user" },
      });
    }
    const id = `a:1personal-${memberIds.join("-")}`;
    conversations.push({
      id,
      memberIds,
      tenantId: parameters.tenantId ?? parameters.channelData?.tenant?.id,
    });
    json(res, 201, { id, activityId: "" });
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const serviceUrl = `http://127.0.0.1:${port}/`;

  return {
    serviceUrl,
    activities,
    requests,
    conversations,
    refusePersonalChat: (userId) => void refused.add(userId),
    addMember: (m) => {
      members.set(m.aadObjectId, m);
      members.set(m.id, m);
    },
    failNext: (count, failure, method) => {
      for (let i = 0; i < count; i++) failures.push({ failure, method });
    },
    setTokenEndpointDown: (down) => {
      tokenDown = down;
    },
    get tokenRequests() {
      return tokenRequests;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    onActivity: (listener) => void listeners.push(listener),
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function fail(res: ServerResponse, failure: Exclude<Failure, "hang">): void {
  if (failure.status === 429 && failure.retryAfterSeconds !== undefined) {
    res.setHeader("Retry-After", String(failure.retryAfterSeconds));
  }
  json(res, failure.status, { error: { code: `Http${failure.status}`, message: "fake failure" } });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
