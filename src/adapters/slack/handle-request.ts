// One Slack request after Bolt verified it: parse → ack → workspace check → de-duplicate → identity →
// engine → replies. Every failure ends here, logged, after Slack got its ack (so Slack never retries
// because of a bug of ours).
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { InboundEvent } from "../../engine/events.ts";
import type { Store } from "../../store/port.ts";
import { deliverReplies } from "./deliver-replies.ts";
import type { IdentityResolver } from "./identity.ts";
import type { AdapterLogger } from "./logger.ts";
import { followUps, modalAck } from "./modal-response.ts";
import { parseSlackBody, type SlackRequest } from "./parse-request.ts";
import { refreshOriginMessage } from "./refresh-origin.ts";
import { refuseUnboundWorkspace } from "./refuse-request.ts";
import type { SlackApi } from "./slack-api.ts";
import { languageOf } from "./slack-texts.ts";
import { isWorkspaceBound } from "./workspace-gate.ts";

export type SlackStore = Pick<Store, "rememberEvent" | "listBindings" | "listRounds">;
export type Ack = (response?: unknown) => Promise<void>;

export interface RequestDeps {
  engine: ConversationEngine;
  store: SlackStore;
  api: SlackApi;
  identity: IdentityResolver;
  clock: () => Date;
  logger: AdapterLogger;
}

/** Slack retries a delivery for about an hour; a day is ample. */
const REMEMBER_EVENTS_MS = 24 * 60 * 60 * 1000;

function once(ack: Ack | undefined): Ack {
  let done = false;
  return async (response) => {
    if (done || !ack) return;
    done = true;
    await ack(response);
  };
}

export async function handleSlackRequest(deps: RequestDeps, body: unknown, boltAck?: Ack): Promise<void> {
  const ack = once(boltAck);
  const request = parseSlackBody(body);
  try {
    // A modal submission's ack carries the answer; everything else is acknowledged at once.
    if (request.surface !== "modal") await ack();
    await handleParsed(deps, request, ack);
  } catch (error) {
    deps.logger.error("slack: request failed", { eventId: request.event.eventId, error: String(error) });
  } finally {
    await ack().catch(() => {});
  }
}

async function handleParsed(deps: RequestDeps, request: SlackRequest, ack: Ack): Promise<void> {
  const { event } = request;
  if (request.surface === "other") {
    deps.logger.debug?.("slack: ignored", {
      reason: event.type === "unsupported" ? event.reason : event.type,
    });
    return;
  }
  if (!(await isWorkspaceBound(deps.store, event.workspace))) {
    deps.logger.warn("slack: refused a workspace bound to no round", { workspace: event.workspace });
    return refuseUnboundWorkspace(request, deps.api, ack);
  }
  const now = deps.clock();
  const expires = new Date(now.getTime() + REMEMBER_EVENTS_MS);
  if (!(await deps.store.rememberEvent(event.eventId, now.toISOString(), expires.toISOString()))) {
    deps.logger.info("slack: duplicate delivery ignored", { eventId: event.eventId });
    return;
  }
  const identified = await withIdentity(deps, event);
  const replies = await deps.engine.handle(identified, now);
  const language = languageOf(identified.user.locale);
  const ctx = { api: deps.api, request: { ...request, event: identified }, language, logger: deps.logger };
  if (request.surface === "modal") {
    await ack(modalAck(replies, event.channel, language));
    const accepted = replies.find((r) => r.type === "form-accepted");
    if (accepted && "card" in accepted && request.originMessage) {
      const who = identified.user.displayName ?? identified.user.email ?? identified.user.id;
      await refreshOriginMessage(request.originMessage, accepted.card, who, language, deps);
    }
    return deliverReplies(followUps(replies), ctx);
  }
  await deliverReplies(replies, ctx);
}

async function withIdentity(deps: RequestDeps, event: InboundEvent): Promise<InboundEvent> {
  try {
    const found = await deps.identity.resolve(event.workspace, event.user.id);
    const user = { ...event.user };
    if (found.email) user.email = found.email;
    if (found.locale) user.locale = found.locale;
    if (found.displayName) user.displayName = found.displayName;
    return { ...event, user };
  } catch (error) {
    // Without an e-mail the engine tells the user it does not know them, which is what they should see.
    deps.logger.warn("slack: users.info failed", { user: event.user.id, error: String(error) });
    return event;
  }
}
