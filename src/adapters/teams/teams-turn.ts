// One inbound activity, start to end: check the tenant, drop re-sent activities, remember where the
// conversation is, parse, resolve who is asking, ask the engine, deliver its replies.
import type { TurnContext } from "botbuilder";
import type { Card } from "../../../cards/model.ts";
import type { SendOutcome } from "../../delivery/sender-port.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { InboundEvent } from "../../engine/events.ts";
import { type CardInvokeResponse, cardMessage } from "./card-activity.ts";
import { addressOf, type ConversationAddress } from "./conversation-address.ts";
import { deliverReplies } from "./deliver-replies.ts";
import type { MemberDirectory } from "./member-directory.ts";
import { parseActivity } from "./parse-activity.ts";
import { ReferenceRecorder } from "./reference-recorder.ts";
import type { SendThrottle } from "./send-throttle.ts";
import { type RetryPolicy, sendWithRetry } from "./send-with-retry.ts";
import { type TeamsActivity, teamsActivitySchema } from "./teams-activity.ts";
import type { Clock, TeamsLogger, TeamsStore } from "./teams-ports.ts";
import type { TenantGate } from "./tenant-gate.ts";

/** Teams re-sends an activity within minutes; a day is plenty. */
const DEDUPLICATION_MS = 24 * 60 * 60_000;

export interface TurnDependencies {
  engine: ConversationEngine;
  store: TeamsStore;
  clock: Clock;
  logger: TeamsLogger;
  gate: TenantGate;
  members: MemberDirectory;
  throttle: SendThrottle;
  retry: RetryPolicy;
}

export class TeamsTurn {
  readonly #references: ReferenceRecorder;

  constructor(private readonly deps: TurnDependencies) {
    this.#references = new ReferenceRecorder(deps.store, deps.clock);
  }

  /** Returns the invoke response for an `adaptiveCard/action`; undefined otherwise or when ignored. */
  async handle(context: TurnContext): Promise<CardInvokeResponse | undefined> {
    const parsed = teamsActivitySchema.safeParse(context.activity);
    if (!parsed.success)
      return void this.deps.logger.warn("teams: activity not understood", { type: context.activity.type });
    const activity = parsed.data;
    const address = await this.admit(activity);
    if (!address) return undefined;
    const event = parseActivity(activity, address);
    if (event.type === "unsupported") return undefined;
    await this.#references.remember(activity, address);
    const withEmail = await this.withEmail(context, event, activity);
    const replies = await this.deps.engine.handle(withEmail, this.deps.clock());
    const isInvoke = activity.type === "invoke";
    const delivery = await deliverReplies(replies, (card) => this.post(context, address, card), isInvoke);
    for (const error of delivery.failures) this.deps.logger.warn("teams: reply not delivered", { error });
    return delivery.invokeResponse;
  }

  /** Foreign or unknown tenants and re-sent activities stop here, before anything is written. */
  private async admit(activity: TeamsActivity): Promise<ConversationAddress | undefined> {
    const address = addressOf(activity);
    if (!address || !activity.id) return undefined;
    const verdict = await this.deps.gate.check(address.tenantId);
    if (verdict !== "accepted") {
      this.deps.logger.info("teams: activity ignored", { verdict, tenant: address.tenantId });
      return undefined;
    }
    // A re-sent card action is answered again: its invoke response carries the result, and the
    // submission's idempotency key keeps it from being stored twice.
    if (activity.type === "invoke") return address;
    const now = this.deps.clock();
    const expires = new Date(now.getTime() + DEDUPLICATION_MS);
    const first = await this.deps.store.rememberEvent(
      `teams:${activity.id}`,
      now.toISOString(),
      expires.toISOString(),
    );
    return first ? address : undefined;
  }

  private async withEmail(
    context: TurnContext,
    event: InboundEvent,
    activity: TeamsActivity,
  ): Promise<InboundEvent> {
    if (event.type === "installed") return event;
    const email = await this.deps.members.emailOf(context, event.workspace, activity.from.aadObjectId);
    return email ? { ...event, user: { ...event.user, email } } : event;
  }

  private async post(context: TurnContext, address: ConversationAddress, card: Card): Promise<SendOutcome> {
    return sendWithRetry(async () => {
      await this.deps.throttle.wait(address.tenantId, address.channel);
      const sent = await context.sendActivity(cardMessage(card));
      return sent?.id ?? "";
    }, this.deps.retry);
  }
}
