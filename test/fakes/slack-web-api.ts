// A fake Slack Web API on 127.0.0.1: records every call (method, body, when), answers the methods the bot
// uses the way Slack does, and can be told to fail the next calls (429 with Retry-After, an `ok: false`
// error, or a connection reset after the request arrived). It also takes response_url posts.
// Like Slack, a bot token belongs to one workspace: a channel or user added to a workspace is not found
// with another workspace's token. FAKE_BOT_TOKEN belongs to none and reaches everything not added to one.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** A Web API method (`chat.postMessage`) or `response_url` for posts to a response URL. */
  method: string;
  body: Record<string, unknown>;
  /** For response_url posts: the id in the URL. */
  responseUrlId?: string | undefined;
  token: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
  /** What the fake answered: `ok`, an error code, `429` or `reset`. */
  answer: string;
}

/**
 * `http`: an HTTP error status instead of Slack's answer; with `afterCreating` the call is carried out
 * first (a post is posted) and only its answer is lost, as behind a gateway that timed out.
 */
export type Failure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "error"; error: string }
  | { kind: "reset" }
  | { kind: "http"; status: 500 | 502 | 503 | 504; afterCreating?: boolean };

export interface FakeUser {
  id: string;
  /** The workspace the user is in; only that workspace's token finds them (and those of `sharedWith`). */
  team?: string;
  /** Slack Connect: other workspaces whose tokens find this user too (users.info still names `team`). */
  sharedWith?: string[];
  /** Enterprise Grid: the organisation id `E…` the user belongs to. */
  enterprise?: string;
  email?: string;
  locale?: string;
  name?: string;
}

/**
 * What one "Add to Slack" in a workspace (or an org-wide install) gives the app: oauth.v2.access exchanges
 * the code for it. With `rotation`, the bot token expires after `expiresIn` seconds and comes with a
 * refresh token (token rotation on).
 */
export interface FakeInstall {
  /** The workspace; for an org-wide install, the organisation's id is in `enterprise` and this is unused. */
  team: string;
  teamName?: string;
  enterprise?: string;
  isEnterpriseInstall?: boolean;
  /** Org-wide install: the workspaces it was approved for (auth.teams.list). */
  teams?: string[];
  botToken: string;
  botUserId: string;
  botId?: string;
  scope?: string;
  /** The installer's user id. */
  installer: string;
  rotation?: { refreshToken: string; expiresIn: number };
}

export interface FakeSlackWebApi {
  /** Base URL to pass as the Web API URL, ending in `/api/`. */
  readonly apiUrl: string;
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  addUser(user: FakeUser): void;
  /** A bot token of one workspace (a team id such as T05QF3L7K2A). */
  addToken(token: string, team: string): void;
  /** A channel in one workspace: other workspaces' tokens get `channel_not_found`. */
  addChannel(channel: string, team: string): void;
  /** The next `count` calls to `method` (or to any method with `*`) fail this way. */
  failNext(method: string, count: number, failure: Failure): void;
  /**
   * Called as each Web API call arrives, before it is answered: a test can act at an exact moment (kill
   * the process that sent it, say) while the call is still unanswered.
   */
  onCall(listener: (call: RecordedCall, count: number) => void): void;
  /** The bytes uploaded for a file id (files.uploadV2's upload step). */
  uploaded(fileId: string): Buffer | undefined;
  /** Called after each chat.postMessage has been posted (before it is answered), with the count so far. */
  onPost(listener: (count: number) => void): void;
  /** Every Web API answer is sent this much later (a post is in the channel before its answer leaves). */
  setLatency(ms: number): void;
  /** The app's credentials that oauth.v2.access accepts. */
  setOAuthApp(app: { clientId: string; clientSecret: string }): void;
  /** A code Slack hands the installer's browser; oauth.v2.access exchanges it once. */
  addOAuthCode(code: string, install: FakeInstall): void;
  /** From now on every call with this token is answered `token_expired`, as Slack does after expiry. */
  expireToken(token: string): void;
  close(): Promise<void>;
}

export const FAKE_BOT_TOKEN = "xoxb-fake-bot-token";

export async function startFakeSlackWebApi(): Promise<FakeSlackWebApi> {
  const state = {
    calls: [] as RecordedCall[],
    users: new Map<string, FakeUser>(),
    failures: [] as Pending[],
    history: [] as PostedMessage[],
    uploads: new Map<string, Buffer>(),
    tokens: new Map<string, string | undefined>([[FAKE_BOT_TOKEN, undefined]]),
    channels: new Map<string, string>(),
    listeners: [] as ((call: RecordedCall, count: number) => void)[],
    base: "",
    postListeners: [] as ((count: number) => void)[],
    latencyMs: 0,
    oauth: { app: undefined, codes: new Map(), byRefresh: new Map(), bots: new Map(), expired: new Set() },
  } as State;
  const server = createServer((req, res) => void serve(state, req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.base = base;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls: state.calls,
    callsTo: (method) => state.calls.filter((c) => c.method === method),
    uploaded: (fileId) => state.uploads.get(fileId),
    addUser: (user) => state.users.set(user.id, user),
    addToken: (token, team) => state.tokens.set(token, team),
    addChannel: (channel, team) => state.channels.set(channel, team),
    failNext: (method, count, failure) => state.failures.push({ method, left: count, failure }),
    onCall: (listener) => state.listeners.push(listener),
    onPost: (listener) => void state.postListeners.push(listener),
    setLatency: (ms) => {
      state.latencyMs = ms;
    },
    setOAuthApp: (app) => {
      state.oauth.app = app;
    },
    addOAuthCode: (code, install) => state.oauth.codes.set(code, install),
    expireToken: (token) => state.oauth.expired.add(token),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Pending {
  method: string;
  left: number;
  failure: Failure;
}

interface PostedMessage {
  channel: string;
  ts: string;
  metadata: unknown;
  text: unknown;
  blocks: unknown;
}

interface State {
  calls: RecordedCall[];
  users: Map<string, FakeUser>;
  failures: Pending[];
  /** What chat.postMessage posted, oldest first, for conversations.history. */
  history: PostedMessage[];
  /** Bytes uploaded to an upload URL, by file id. */
  uploads: Map<string, Buffer>;
  /** Known bot tokens → their workspace (undefined: FAKE_BOT_TOKEN, of no one workspace). */
  tokens: Map<string, string | undefined>;
  /** Channel id → the workspace it is in. */
  channels: Map<string, string>;
  listeners: ((call: RecordedCall, count: number) => void)[];
  base: string;
  postListeners: ((count: number) => void)[];
  latencyMs: number;
  oauth: OAuthState;
}

interface OAuthState {
  app: { clientId: string; clientSecret: string } | undefined;
  /** Codes not yet exchanged. */
  codes: Map<string, FakeInstall>;
  /** The live refresh token of each rotating install. */
  byRefresh: Map<string, { install: FakeInstall; generation: number }>;
  /** Bot token → the install it belongs to (auth.test's answer). */
  bots: Map<string, FakeInstall>;
  expired: Set<string>;
}

async function serve(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const at = performance.now();
  const bytes = await readBytes(req);
  const raw = bytes.toString("utf8");
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (url.pathname.startsWith("/upload/")) {
    const fileId = url.pathname.slice("/upload/".length);
    state.uploads.set(fileId, fileOfUpload(bytes, req.headers["content-type"]));
    state.calls.push({
      method: "file_upload",
      body: { file_id: fileId, size: bytes.length },
      token,
      at,
      answer: "ok",
    });
    return sendJson(res, 200, { ok: true });
  }
  if (url.pathname.startsWith("/response/")) {
    const responseUrlId = url.pathname.slice("/response/".length);
    const call: RecordedCall = {
      method: "response_url",
      body: JSON.parse(raw),
      responseUrlId,
      token,
      at,
      answer: "ok",
    };
    state.calls.push(call);
    // `failNext("response_url", …)`: a 429 with Retry-After or an HTTP error, as Slack answers them.
    const failure = takeFailure(state, "response_url");
    if (failure?.kind === "rate-limited") {
      call.answer = "429";
      res.setHeader("retry-after", String(failure.retryAfterSeconds));
      return sendJson(res, 429, { ok: false, error: "ratelimited" });
    }
    if (failure?.kind === "http") {
      call.answer = String(failure.status);
      return sendJson(res, failure.status, { ok: false });
    }
    return sendJson(res, 200, { ok: true });
  }
  const method = url.pathname.replace(/^\/api\//, "");
  const body = parseApiBody(raw, req.headers["content-type"]);
  const call: RecordedCall = { method, body, token, at, answer: "ok" };
  state.calls.push(call);
  for (const listener of state.listeners) listener(call, state.calls.length);
  const failure = takeFailure(state, method);
  if (failure?.kind === "reset") {
    call.answer = "reset";
    req.socket.destroy();
    return;
  }
  if (failure?.kind === "rate-limited") {
    call.answer = "429";
    res.setHeader("retry-after", String(failure.retryAfterSeconds));
    return sendJson(res, 429, { ok: false, error: "ratelimited" });
  }
  if (failure?.kind === "http") {
    if (failure.afterCreating) answerFor(state, method, body, token);
    call.answer = String(failure.status);
    return sendJson(res, failure.status, { ok: false, error: "fake_http_error" });
  }
  const answer =
    failure?.kind === "error" ? { ok: false, error: failure.error } : answerFor(state, method, body, token);
  call.answer = answer.ok ? "ok" : String(answer.error);
  if (method === "chat.postMessage" && answer.ok)
    for (const listener of state.postListeners) listener(state.history.length);
  if (state.latencyMs > 0) return void setTimeout(() => sendJson(res, 200, answer), state.latencyMs);
  sendJson(res, 200, answer);
}

function takeFailure(state: State, method: string): Failure | undefined {
  const pending = state.failures.find((f) => f.left > 0 && (f.method === method || f.method === "*"));
  if (!pending) return undefined;
  pending.left -= 1;
  return pending.failure;
}

/** The client sends the file as multipart/form-data: the bytes of the first part with a filename. */
function fileOfUpload(bytes: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(.+)$/.exec(contentType ?? "")?.[1];
  if (!boundary) return bytes;
  const start = bytes.indexOf("\r\n\r\n", bytes.indexOf("filename=")) + 4;
  const end = bytes.indexOf(`\r\n--${boundary}`, start);
  return bytes.subarray(start, end < 0 ? undefined : end);
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The Web API client sends form fields, objects as JSON strings; JSON bodies are accepted too. */
function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}");
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

let sequence = 0;
const nextTs = () => `1700000000.${String(++sequence).padStart(6, "0")}`;

type Answer = { ok: boolean; error?: string; [field: string]: unknown };

function answerFor(
  state: State,
  method: string,
  body: Record<string, unknown>,
  token: string | undefined,
): Answer {
  if (method === "oauth.v2.access") return oauthAccess(state, body);
  if (token && state.oauth.expired.has(token)) return { ok: false, error: "token_expired" };
  if (!token || !state.tokens.has(token)) return { ok: false, error: token ? "invalid_auth" : "not_authed" };
  const team = state.tokens.get(token);
  // An org-wide install's token reaches the workspaces it was approved for.
  const org = state.oauth.bots.get(token);
  const elsewhere = (owner: string | undefined) =>
    owner !== undefined && (org?.isEnterpriseInstall ? !(org.teams ?? []).includes(owner) : owner !== team);
  const channel = body.channel ?? body.channel_id;
  if (typeof channel === "string" && elsewhere(state.channels.get(channel)))
    return { ok: false, error: "channel_not_found" };
  const asked = method === "users.info" ? state.users.get(String(body.user ?? "")) : undefined;
  if (asked && elsewhere(asked.team) && !(team && asked.sharedWith?.includes(team)))
    return { ok: false, error: "user_not_found" };
  const need = (...fields: string[]) => fields.every((f) => body[f] !== undefined && body[f] !== "");
  switch (method) {
    case "users.info":
      return usersInfo(state, String(body.user ?? ""), body.include_locale === "true");
    case "views.open":
    case "views.update":
    case "views.publish":
      if (!need("view")) return { ok: false, error: "invalid_arguments" };
      if (method === "views.open" && !need("trigger_id")) return { ok: false, error: "invalid_trigger_id" };
      return { ok: true, view: { id: `V${++sequence}`, hash: `h${sequence}`, ...(body.view as object) } };
    case "chat.postMessage":
    case "chat.update": {
      if (!need("channel")) return { ok: false, error: "channel_not_found" };
      if (!need("text") && !need("blocks")) return { ok: false, error: "no_text" };
      const ts = String(body.ts ?? nextTs());
      if (method === "chat.postMessage")
        state.history.push({
          channel: String(body.channel),
          ts,
          metadata: body.metadata,
          text: body.text,
          blocks: body.blocks,
        });
      return { ok: true, channel: body.channel, ts, message: { text: body.text } };
    }
    case "conversations.history":
      return conversationsHistory(state, body);
    case "files.getUploadURLExternal": {
      if (!need("filename", "length")) return { ok: false, error: "invalid_arguments" };
      const fileId = `F${++sequence}`;
      return { ok: true, upload_url: `${state.base}/upload/${fileId}`, file_id: fileId };
    }
    case "files.completeUploadExternal": {
      const files = (body.files ?? []) as { id: string; title?: string }[];
      if (files.some((f) => !state.uploads.has(f.id))) return { ok: false, error: "file_not_found" };
      return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
    }
    case "chat.postEphemeral":
      if (!need("channel", "user")) return { ok: false, error: "channel_not_found" };
      return { ok: true, message_ts: nextTs() };
    case "auth.test":
      return authTest(state, token, team);
    case "auth.revoke":
      state.tokens.delete(token);
      return { ok: true, revoked: true };
    case "auth.teams.list": {
      const teams = state.oauth.bots.get(token)?.teams ?? [];
      return {
        ok: true,
        teams: teams.map((id) => ({ id, name: id })),
        response_metadata: { next_cursor: "" },
      };
    }
    default:
      return { ok: false, error: "unknown_method" };
  }
}

/** The shape of auth.test's answer (Slack API docs, auth.test example response). */
function authTest(state: State, token: string, team: string | undefined): Answer {
  const install = state.oauth.bots.get(token);
  if (!install) return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: team ?? "T0BOUND" };
  return {
    ok: true,
    url: `https://${install.team.toLowerCase()}.slack.com/`,
    team: install.teamName ?? install.team,
    user: "modellbot",
    team_id: install.team,
    user_id: install.botUserId,
    bot_id: install.botId ?? `B${install.botUserId}`,
    ...(install.enterprise ? { enterprise_id: install.enterprise } : {}),
    is_enterprise_install: install.isEnterpriseInstall === true,
  };
}

/**
 * oauth.v2.access, both grants: a code (once; the answer's shape is the Slack API docs' oauth.v2.access
 * example, with `refresh_token` and `expires_in` when token rotation is on) and `grant_type=refresh_token`
 * (a new bot token and a new refresh token; the old refresh token no longer works).
 */
function oauthAccess(state: State, body: Record<string, unknown>): Answer {
  const app = state.oauth.app;
  if (!app || body.client_id !== app.clientId) return { ok: false, error: "invalid_client_id" };
  if (body.client_secret !== app.clientSecret) return { ok: false, error: "bad_client_secret" };
  if (body.grant_type === "refresh_token") {
    const live = state.oauth.byRefresh.get(String(body.refresh_token ?? ""));
    if (!live?.install.rotation) return { ok: false, error: "invalid_refresh_token" };
    state.oauth.byRefresh.delete(String(body.refresh_token));
    const generation = live.generation + 1;
    const install: FakeInstall = {
      ...live.install,
      botToken: `${live.install.botToken.replace(/-r\d+$/, "")}-r${generation}`,
      rotation: {
        ...live.install.rotation,
        refreshToken: `${live.install.rotation.refreshToken}-r${generation}`,
      },
    };
    return issue(state, install, generation);
  }
  const code = String(body.code ?? "");
  const install = state.oauth.codes.get(code);
  if (!install) return { ok: false, error: "invalid_code" };
  state.oauth.codes.delete(code);
  return issue(state, install, 0);
}

function issue(state: State, install: FakeInstall, generation: number): Answer {
  state.tokens.set(install.botToken, install.isEnterpriseInstall ? undefined : install.team);
  state.oauth.bots.set(install.botToken, install);
  if (install.rotation) state.oauth.byRefresh.set(install.rotation.refreshToken, { install, generation });
  return {
    ok: true,
    access_token: install.botToken,
    token_type: "bot",
    scope: install.scope ?? "commands,chat:write",
    bot_user_id: install.botUserId,
    app_id: "A0MODELLBOT",
    team: install.isEnterpriseInstall ? null : { id: install.team, name: install.teamName ?? install.team },
    enterprise: install.enterprise ? { id: install.enterprise, name: "Grid" } : null,
    is_enterprise_install: install.isEnterpriseInstall === true,
    authed_user: { id: install.installer },
    ...(install.rotation
      ? { refresh_token: install.rotation.refreshToken, expires_in: install.rotation.expiresIn }
      : {}),
  };
}

/** Newest first, `limit` per page with a cursor; metadata only with include_all_metadata, as Slack does. */
function conversationsHistory(state: State, body: Record<string, unknown>) {
  const channel = String(body.channel ?? "");
  const limit = Number(body.limit ?? 100);
  const start = Number(body.cursor ?? 0);
  const all = state.history.filter((m) => m.channel === channel).reverse();
  const latest = body.latest === undefined ? undefined : String(body.latest);
  const inclusive = body.inclusive === "true" || body.inclusive === true;
  const window = latest === undefined ? all : all.filter((m) => (inclusive ? m.ts <= latest : m.ts < latest));
  const page = window.slice(start, start + limit).map((m) => ({
    type: "message",
    ts: m.ts,
    text: m.text,
    blocks: m.blocks,
    ...(body.include_all_metadata === "true" || body.include_all_metadata === true
      ? { metadata: m.metadata }
      : {}),
  }));
  const more = start + limit < window.length;
  return {
    ok: true,
    messages: page,
    has_more: more,
    response_metadata: { next_cursor: more ? String(start + limit) : "" },
  };
}

function usersInfo(state: State, id: string, withLocale: boolean) {
  const user = state.users.get(id);
  if (!user) return { ok: false, error: "user_not_found" };
  const name = user.name ?? id;
  // The shape of users.info's `user` (Slack API docs, users.info example response): the user's own
  // `team_id`, and on Enterprise Grid `enterprise_user` with the organisation's id.
  return {
    ok: true,
    user: {
      id,
      ...(user.team ? { team_id: user.team } : {}),
      ...(user.enterprise
        ? {
            enterprise_user: {
              id,
              enterprise_id: user.enterprise,
              enterprise_name: "Grid",
              teams: [user.team],
            },
          }
        : {}),
      name,
      real_name: name,
      ...(withLocale && user.locale ? { locale: user.locale } : {}),
      profile: { real_name: name, display_name: name, ...(user.email ? { email: user.email } : {}) },
    },
  };
}
