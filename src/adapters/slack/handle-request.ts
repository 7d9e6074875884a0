// One Slack request after Bolt verified it: parse → ack → workspace and token check → de-duplicate →
// identity → engine → replies. Every failure ends here, logged, after Slack got its ack (so Slack never
// retries because of a bug of ours); a delivery whose handling failed is forgotten, so a retry is handled.

import { noticeCard } from "../../../cards/notice.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { InboundEvent, Reply } from "../../engine/events.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Store } from "../../store/port.ts";
import { deliverReplies } from "./deliver-replies.ts";
import { type IdentityResolver, IdentityUnavailable, withIdentity } from "./identity.ts";
import { failedModalAck, followUps, modalAck } from "./modal-response.ts";
import { parseSlackBody, type SlackRequest } from "./parse-request.ts";
import { postCard } from "./post-card.ts";
import { refreshOriginMessage } from "./refresh-origin.ts";
import { refuseRequest } from "./refuse-request.ts";
import type { SlackApi } from "./slack-api.ts";
import { IDENTITY_UNAVAILABLE, languageOf, type SlackLanguage } from "./slack-texts.ts";
import {
  MODAL_ACK_BUDGET_MS,
  saveFailedView,
  savingView,
  viewAfterSaving,
  withinBudget,
} from "./slow-modal.ts";
import { noWorkspaceTokenCard, unboundWorkspaceCard } from "./views.ts";
import type { WorkspaceApis } from "./workspace-apis.ts";
import { isWorkspaceBound } from "./workspace-gate.ts";

export type SlackStore = Pick<
  Store,
  "rememberEvent" | "forgetEvent" | "listBindings" | "listRounds" | "roundsNaming"
>;
export type Ack = (response?: unknown) => Promise<void>;

export interface RequestDeps {
  engine: ConversationEngine;
  store: SlackStore;
  /** Each workspace's Web API, with that workspace's own bot token. */
  apis: Pick<WorkspaceApis, "forWorkspace">;
  identity: IdentityResolver;
  clock: () => Date;
  logger: Logger;
  /** Deliveries being handled in this process, so that a retry arriving meanwhile can wait for the first. */
  inFlight?: Map<string, Promise<void>>;
  /** COMMAND_ACK_BUDGET_MS unless a test shortens it. */
  commandAckBudgetMs?: number;
  /** MODAL_ACK_BUDGET_MS unless a test shortens it. */
  modalAckBudgetMs?: number;
}

/** Slack retries a delivery for about an hour; a day is ample. */
const REMEMBER_EVENTS_MS = 24 * 60 * 60 * 1000;
/**
 * How long a slash command's ack waits for the answer it can carry. Slack shows the user an error after
 * 3 s without an ack; a slower answer goes through the response_url instead.
 */
export const COMMAND_ACK_BUDGET_MS = 2_000;

interface OnceAck {
  ack: Ack;
  sent(): boolean;
}

function once(ack: Ack | undefined): OnceAck {
  let done = false;
  return {
    ack: async (response) => {
      if (done || !ack) return;
      done = true;
      await ack(response);
    },
    sent: () => done || !ack,
  };
}

/**
 * A slash command's ack carries its first message, unless the budget ran out first. The budget is checked
 * here too, not only by the timer: a handler that never yields to the timers can get here late.
 */
function ackCarrier(
  pending: OnceAck,
  startedMs: number,
  budgetMs: number,
): (message: Record<string, unknown>) => Promise<boolean> {
  return async (message) => {
    if (pending.sent()) return false;
    if (performance.now() - startedMs > budgetMs) {
      await pending.ack().catch(() => {});
      return false;
    }
    try {
      await pending.ack(message);
      return true;
    } catch {
      // Bolt answered on its own (its 3 s timeout): the response_url still reaches the person.
      return false;
    }
  };
}

/**
 * `installation` is the workspace whose installation received the request (Bolt's authorize source);
 * its token answers. Without it, the event's own workspace.
 */
export async function handleSlackRequest(
  deps: RequestDeps,
  body: unknown,
  boltAck?: Ack,
  installation?: string,
): Promise<void> {
  const startedMs = performance.now();
  const pending = once(boltAck);
  const { ack } = pending;
  const request = parseSlackBody(body);
  // A modal submission's ack carries the answer, and a slash command's ack its first message (within
  // the budget); everything else is acknowledged at once.
  const carries = request.surface === "modal" || request.surface === "slash-command";
  const budget = deps.commandAckBudgetMs ?? COMMAND_ACK_BUDGET_MS;
  const timer =
    request.surface === "slash-command" ? setTimeout(() => void ack().catch(() => {}), budget) : undefined;
  try {
    if (!carries) await ack();
    const ackMessage =
      request.surface === "slash-command" ? ackCarrier(pending, startedMs, budget) : undefined;
    await handleParsed(deps, request, ack, installation ?? request.event.workspace, ackMessage, startedMs);
  } catch (error) {
    deps.logger.error("slack: request failed", { eventId: request.event.eventId, err: error });
    if (request.surface === "modal") await ack(failedModalAck(request.event)).catch(() => {});
  } finally {
    clearTimeout(timer);
    await ack().catch(() => {});
  }
}

type AckMessage = ((message: Record<string, unknown>) => Promise<boolean>) | undefined;

async function handleParsed(
  deps: RequestDeps,
  request: SlackRequest,
  ack: Ack,
  installation: string,
  ackMessage: AckMessage,
  startedMs: number,
) {
  const { event } = request;
  if (request.surface === "other") {
    deps.logger.debug("slack: ignored", {
      reason: event.type === "unsupported" ? event.reason : event.type,
    });
    return;
  }
  const api = await admit(deps, request, ack, installation, ackMessage);
  if (!api) return;
  const now = deps.clock();
  const expires = new Date(now.getTime() + REMEMBER_EVENTS_MS);
  // Slack never re-delivers a slash command (it has no retries and no id to repeat), so it costs no
  // durable write. A form submission carries its own idempotency key, which the store honours: sent
  // again, it writes nothing and is answered with the saved version. So it needs no delivery record
  // first (one durable commit fewer per submission), and a re-delivery gets the confirmation instead of
  // an empty ack that would close the form without a word; its follow-up posts are claimed afterwards.
  // Events and buttons are remembered before they are handled.
  const remember = () => deps.store.rememberEvent(event.eventId, now.toISOString(), expires.toISOString());
  const selfKeyed = request.surface === "modal" && event.type === "form-submitted";
  let fresh = request.surface === "slash-command" || selfKeyed || (await remember());
  const running = fresh ? undefined : deps.inFlight?.get(event.eventId);
  // A retry that arrives while the first delivery is still being handled here waits for it: if the
  // first fails (and is forgotten), this retry is the one that gets handled.
  if (
    running &&
    !(await running.then(
      () => true,
      () => false,
    ))
  )
    fresh = await remember();
  if (!fresh) {
    deps.logger.info("slack: duplicate delivery ignored", { eventId: event.eventId });
    return;
  }
  // Settles only once a failure has been forgotten, so that a retry waiting on it can be remembered.
  const claimFollowUps = selfKeyed ? remember : undefined;
  const work = answerOrForget(deps, request, {
    api,
    ack,
    now,
    installation,
    ackMessage,
    claimFollowUps,
    startedMs,
  });
  deps.inFlight?.set(event.eventId, work);
  try {
    await work;
  } finally {
    if (deps.inFlight?.get(event.eventId) === work) deps.inFlight.delete(event.eventId);
  }
}

async function answerOrForget(deps: RequestDeps, request: SlackRequest, ctx: Answering): Promise<void> {
  try {
    await answer(deps, request, ctx);
  } catch (error) {
    // Forgotten, so that Slack's retry of this delivery (or the same form sent again) is handled.
    await deps.store
      .forgetEvent(request.event.eventId)
      .catch((forgetError: unknown) =>
        deps.logger.error("slack: could not forget a failed event", { err: forgetError }),
      );
    throw error;
  }
}

/** The workspace's Web API when the request may be handled; otherwise the request has been refused. */
async function admit(
  deps: RequestDeps,
  request: SlackRequest,
  ack: Ack,
  installation: string,
  ackMessage: AckMessage,
): Promise<SlackApi | undefined> {
  const { workspace } = request.event;
  const api = await deps.apis.forWorkspace(installation);
  if (!(await isWorkspaceBound(deps.store, workspace))) {
    deps.logger.warn("slack: refused a workspace bound to no round", { workspace });
    const shown = await refuseRequest(request, unboundWorkspaceCard(), api, ack, ackMessage);
    if (!shown) deps.logger.warn("slack: the refusal could not be shown (no bot token)", { workspace });
    return undefined;
  }
  if (!api) {
    // Never answered with another workspace's token: only a modal's ack or a response_url can say so.
    deps.logger.error(
      "slack: no bot token for this workspace; install the app there or add it to SLACK_BOT_TOKENS",
      {
        workspace: installation,
      },
    );
    await refuseRequest(request, noWorkspaceTokenCard(), undefined, ack, ackMessage);
  }
  return api;
}

interface Answering {
  api: SlackApi;
  ack: Ack;
  now: Date;
  installation: string;
  ackMessage: AckMessage;
  /** For a form submission: true when its follow-up posts are this delivery's to make. */
  claimFollowUps: (() => Promise<boolean>) | undefined;
  /** performance.now() when the request arrived: Slack's 3 s run from then. */
  startedMs: number;
}

/**
 * A modal's answer goes in its ack when the engine (and its durable write) is done within the budget;
 * otherwise the ack carries a "saving" view and views.update replaces it with the answer.
 */
async function answerModal(
  deps: RequestDeps,
  request: SlackRequest,
  a: Answering,
  handling: Promise<Reply[]>,
  channel: string,
  language: SlackLanguage,
): Promise<Reply[]> {
  const left = (deps.modalAckBudgetMs ?? MODAL_ACK_BUDGET_MS) - (performance.now() - a.startedMs);
  const inTime = await withinBudget(handling, left);
  if (inTime) {
    await a.ack(modalAck(inTime, channel, language));
    return inTime;
  }
  await a.ack({ response_action: "update", view: savingView(language) });
  deps.logger.info("slack: modal answered with a saving view", { eventId: request.event.eventId });
  const update = async (view: Record<string, unknown>) => {
    if (!request.viewId) return;
    await a.api
      .call("views.update", { view_id: request.viewId, view })
      .catch((error: unknown) => deps.logger.warn("slack: views.update failed", { err: error }));
  };
  try {
    const replies = await handling;
    const view = viewAfterSaving(replies, channel, language);
    if (view) await update(view);
    return replies;
  } catch (error) {
    await update(saveFailedView(language));
    throw error;
  }
}

/** Slack could not say who asked: the person is told to try again, their modal stays open, nothing is saved. */
async function identityUnavailable(deps: RequestDeps, request: SlackRequest, a: Answering, error: unknown) {
  deps.logger.warn("slack: users.info unavailable; asked to try again", { err: error });
  if (request.surface === "modal") {
    await a.ack(failedModalAck(request.event, IDENTITY_UNAVAILABLE));
    return;
  }
  const card = noticeCard({ title: "Modellbot", text: IDENTITY_UNAVAILABLE });
  await postCard(card, "private", { api: a.api, request, ackMessage: a.ackMessage }).catch((e: unknown) =>
    deps.logger.warn("slack: could not say so", { err: e }),
  );
}

async function answer(deps: RequestDeps, request: SlackRequest, a: Answering): Promise<void> {
  let identified: InboundEvent;
  try {
    const lookup = withIdentity(deps.identity, request.event, a.installation, deps.logger);
    // A modal must be answered within Slack's 3 s: a lookup that hangs past the budget is one that failed.
    const budget = (deps.modalAckBudgetMs ?? MODAL_ACK_BUDGET_MS) - (performance.now() - a.startedMs);
    const found = request.surface === "modal" ? await withinBudget(lookup, budget) : await lookup;
    if (!found) throw new IdentityUnavailable("users.info did not answer within the modal's time");
    identified = found;
  } catch (error) {
    if (!(error instanceof IdentityUnavailable)) throw error;
    await identityUnavailable(deps, request, a, error);
    // Forgotten by answerOrForget, so that the same delivery or submission is handled when sent again.
    throw error;
  }
  const handling = deps.engine.handle(identified, a.now);
  const language = languageOf(identified.user.locale);
  const ctx = {
    api: a.api,
    request: { ...request, event: identified },
    language,
    logger: deps.logger,
    ackMessage: a.ackMessage,
  };
  if (request.surface === "modal") {
    const replies = await answerModal(deps, request, a, handling, identified.channel, language);
    const accepted = replies.find((r) => r.type === "form-accepted");
    if (accepted && "card" in accepted && request.originMessage) {
      const who = identified.user.displayName ?? identified.user.email ?? identified.user.id;
      await refreshOriginMessage(request.originMessage, accepted.card, who, language, {
        api: a.api,
        logger: deps.logger,
      });
    }
    const rest = followUps(replies);
    if (rest.length > 0 && a.claimFollowUps && !(await a.claimFollowUps())) {
      deps.logger.info("slack: follow-ups of a re-delivered form not posted again", {
        eventId: request.event.eventId,
      });
      return;
    }
    return deliverReplies(rest, ctx);
  }
  await deliverReplies(await handling, ctx);
}
