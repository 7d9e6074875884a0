// One inbound activity, start to end: check the tenant, drop re-sent activities, remember where the
// conversation is, parse, resolve who is asking, ask the engine, deliver its replies.
import type { Card } from "../../../cards/model.ts";
import type { SendOutcome } from "../../delivery/sender-port.ts";
import { withinBudget } from "../../delivery/within-budget.ts";
import { inBothLanguages } from "../../domain/locale.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { InboundEvent, Reply } from "../../engine/events.ts";
import type { Logger } from "../../logging/logger.ts";
import { type CardInvokeResponse, cardMessage, messageInvokeResponse } from "./card-activity.ts";
import { addressOf, type ConversationAddress } from "./conversation-address.ts";
import { deliverReplies, type PostCard } from "./deliver-replies.ts";
import { type MemberDirectory, MemberLookupUnavailable } from "./member-directory.ts";
import { parseActivity } from "./parse-activity.ts";
import { isSharedConversation, type PersonalChats } from "./personal-chats.ts";
import { ReferenceRecorder } from "./reference-recorder.ts";
import type { SendThrottle } from "./send-throttle.ts";
import { REPLY_TOKEN_BUDGET_MS, type RetryPolicy, sendWithRetry } from "./send-with-retry.ts";
import { type TeamsActivity, teamsActivitySchema } from "./teams-activity.ts";
import type { Clock, TeamsStore } from "./teams-ports.ts";
import { TEAMS_TEXTS } from "./teams-texts.ts";
import type { TenantGate } from "./tenant-gate.ts";
import type { TurnIO } from "./turn-io.ts";

/**
 * When the roster cannot say who the person is just now: both languages, as who they are (and so their
 * language) is what could not be had. Nothing was saved; an invoke's card keeps the person's answers.
 */
export const MEMBER_LOOKUP_UNAVAILABLE = inBothLanguages(TEAMS_TEXTS, (t) => t.memberLookupUnavailable);

/** Both languages: the engine, which knows the person's language, failed instead of answering. */
const LATE_SAVE_FAILED = inBothLanguages(TEAMS_TEXTS, (t) => t.lateSaveFailed);

/** Teams re-sends an activity within minutes; a day is plenty. */
const DEDUPLICATION_MS = 24 * 60 * 60_000;

export interface TurnDependencies {
  engine: ConversationEngine;
  store: TeamsStore;
  clock: Clock;
  logger: Logger;
  gate: TenantGate;
  members: MemberDirectory;
  personalChats: PersonalChats;
  throttle: SendThrottle;
  retry: RetryPolicy;
  /** Posts in the conversation after the turn has ended (the proactive path): a late invoke's answer. */
  later: (address: ConversationAddress, card: Card) => Promise<SendOutcome>;
  /** INVOKE_BUDGET_MS unless a test shortens it. */
  invokeBudgetMs?: number;
}

/**
 * Teams gives an invoke about 15 s before it shows the person an error; past this the invoke is answered
 * with a note and the engine's answer follows as a post in the conversation when the save has ended.
 */
export const INVOKE_BUDGET_MS = 10_000;

/** Both languages: the person's language is only known once the engine has answered. */
export const INVOKE_STILL_SAVING = inBothLanguages(TEAMS_TEXTS, (t) => t.invokeStillSaving);

type HandledEvent = Exclude<InboundEvent, { type: "unsupported" }>;

export class TeamsTurn {
  readonly #references: ReferenceRecorder;

  constructor(private readonly deps: TurnDependencies) {
    this.#references = new ReferenceRecorder(deps.store, deps.clock);
  }

  /** Returns the invoke response for an `adaptiveCard/action`; undefined otherwise or when ignored. */
  async handle(context: TurnIO): Promise<CardInvokeResponse | undefined> {
    const parsed = teamsActivitySchema.safeParse(context.activity);
    if (!parsed.success)
      return void this.deps.logger.warn("teams: activity not understood", {
        type: (context.activity as { type?: unknown } | undefined)?.type,
      });
    const activity = parsed.data;
    const address = await this.admit(activity);
    if (!address) return undefined;
    const event = parseActivity(activity, address);
    if (event.type === "unsupported") return undefined;
    const remembered = rememberedDelivery(activity, event);
    if (remembered && !(await this.firstTime(event.eventId))) return undefined;
    try {
      const response = await this.respond(context, activity, address, event);
      // No reply reached the person (no token, even after the turn's waits), or the engine could not be
      // asked: the activity is forgotten, so that its re-send is handled instead of dropped as a duplicate.
      if (response.undelivered && remembered) await this.forget(event.eventId);
      return response.invokeResponse;
    } catch (error) {
      // Nothing a user sent may be lost: Teams' re-send of this activity is handled, not dropped.
      if (remembered) await this.forget(event.eventId);
      throw error;
    }
  }

  /** Foreign or unknown tenants stop here, before anything is written. */
  private async admit(activity: TeamsActivity): Promise<ConversationAddress | undefined> {
    const address = addressOf(activity);
    if (!address || !activity.id) return undefined;
    const verdict = await this.deps.gate.check(address.tenantId);
    if (verdict === "accepted") return address;
    this.deps.logger.info("teams: activity ignored", { verdict, tenant: address.tenantId });
    return undefined;
  }

  private async firstTime(eventId: string): Promise<boolean> {
    const now = this.deps.clock();
    const expires = new Date(now.getTime() + DEDUPLICATION_MS);
    return this.deps.store.rememberEvent(eventId, now.toISOString(), expires.toISOString());
  }

  private async forget(eventId: string): Promise<void> {
    try {
      await this.deps.store.forgetEvent(eventId);
    } catch (error) {
      this.deps.logger.error("teams: could not forget a failed event", { eventId, err: error });
    }
  }

  private async respond(
    context: TurnIO,
    activity: TeamsActivity,
    address: ConversationAddress,
    event: HandledEvent,
  ): Promise<{ invokeResponse: CardInvokeResponse | undefined; undelivered?: boolean }> {
    await this.#references.remember(activity, address);
    let withEmail: InboundEvent;
    try {
      withEmail = await this.withEmail(context, event, activity);
    } catch (error) {
      if (!(error instanceof MemberLookupUnavailable)) throw error;
      // The engine was not asked: a re-send of this activity must be handled, whatever reached the person.
      const invokeResponse = await this.lookupUnavailable(context, address, activity, error);
      return { invokeResponse, undelivered: true };
    }
    const handling = this.deps.engine.handle(withEmail, this.deps.clock());
    const replies =
      activity.type === "invoke"
        ? await withinBudget(handling, this.deps.invokeBudgetMs ?? INVOKE_BUDGET_MS)
        : await handling;
    if (!replies) {
      void this.answerLater(handling, address);
      return { invokeResponse: messageInvokeResponse(INVOKE_STILL_SAVING) };
    }
    const post: PostCard = (card) => this.post(context, address, card);
    // Teams has no message for one person in a channel or group chat: those go to the personal chat.
    const postPrivately: PostCard = isSharedConversation(activity)
      ? (card) => this.deps.personalChats.send(context, activity, card, post)
      : post;
    const delivery = await deliverReplies(replies, { post, postPrivately }, activity.type === "invoke");
    for (const error of delivery.failures) this.deps.logger.warn("teams: reply not delivered", { error });
    if (delivery.unavailable)
      this.deps.logger.error("teams: no token for the reply; the activity will be handled if sent again", {
        activityId: activity.id,
        tenant: address.tenantId,
      });
    return { invokeResponse: delivery.invokeResponse, undelivered: delivery.unavailable };
  }

  /** A late invoke's replies, each card posted in the conversation once the engine has answered. */
  private async answerLater(handling: Promise<Reply[]>, address: ConversationAddress): Promise<void> {
    try {
      for (const reply of await handling) {
        if (reply.type === "none") continue;
        const outcome = await this.deps.later(address, reply.card);
        if (!outcome.ok) this.deps.logger.warn("teams: late reply not delivered", { error: outcome.error });
      }
    } catch (error) {
      this.deps.logger.error("teams: late invoke failed", { err: error });
      const failed = { kind: "notice", title: "Modellbot", summary: LATE_SAVE_FAILED, blocks: [] };
      await this.deps.later(address, { ...failed, blocks: [{ type: "text", text: LATE_SAVE_FAILED }] });
    }
  }

  /**
   * The engine is not asked: an invoke is answered with a message, so the submitted card stays as the
   * person filled it in; anything else gets the note in the conversation.
   */
  private async lookupUnavailable(
    context: TurnIO,
    address: ConversationAddress,
    activity: TeamsActivity,
    error: MemberLookupUnavailable,
  ): Promise<CardInvokeResponse | undefined> {
    this.deps.logger.warn("teams: member look-up unavailable; asked to try again", { err: error });
    if (activity.type === "invoke") return messageInvokeResponse(MEMBER_LOOKUP_UNAVAILABLE);
    const note: Card = { kind: "notice", title: "Modellbot", summary: MEMBER_LOOKUP_UNAVAILABLE, blocks: [] };
    const outcome = await this.post(context, address, {
      ...note,
      blocks: [{ type: "text", text: note.summary }],
    });
    if (!outcome.ok) this.deps.logger.warn("teams: reply not delivered", { error: outcome.error });
    return undefined;
  }

  private async withEmail(
    context: TurnIO,
    event: HandledEvent,
    activity: TeamsActivity,
  ): Promise<InboundEvent> {
    if (event.type === "installed") return event;
    const email = await this.deps.members.emailOf(context, event.workspace, activity.from.aadObjectId);
    return email ? { ...event, user: { ...event.user, email } } : event;
  }

  private async post(context: TurnIO, address: ConversationAddress, card: Card): Promise<SendOutcome> {
    return sendWithRetry(async () => {
      await this.deps.throttle.wait(address.tenantId, address.channel);
      return context.send(cardMessage(card));
    }, this.replyRetry);
  }

  /** A person waits for a reply: a token that cannot be had is waited for within the turn. */
  private get replyRetry(): RetryPolicy {
    return { ...this.deps.retry, unavailableBudgetMs: REPLY_TOKEN_BUDGET_MS };
  }
}

/**
 * Every activity is handled once per activity id, except a form submitted with Action.Execute: its re-send
 * is answered again with its card in the invoke response (Teams shows only that), and the submission's
 * idempotency key keeps the store from saving it twice.
 */
function rememberedDelivery(activity: TeamsActivity, event: HandledEvent): boolean {
  return !(activity.type === "invoke" && event.type === "form-submitted");
}
