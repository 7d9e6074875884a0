// The parts of the port that a store builds from its context alone (a SQLite file, a MongoDB database),
// named once here for both stores. Each store lists its builders in one module (its context-parts.ts)
// and gets them assembled by buildContextParts, so the list and the assembly are not written twice.
import type {
  AccountOps,
  BindingOps,
  ConversationReferenceOps,
  DashboardOps,
  EventOps,
  LanguageOps,
  OutboxOps,
  RoundOps,
  SlackInstallationOps,
} from "./port.ts";

/** One builder per part, taking the store's context. A store's list that misses one does not compile. */
export interface ContextPartBuilders<C> {
  roundOps(ctx: C): RoundOps;
  bindingOps(ctx: C): BindingOps;
  conversationReferenceOps(ctx: C): ConversationReferenceOps;
  outboxOps(ctx: C): OutboxOps;
  eventOps(ctx: C): EventOps;
  accountOps(ctx: C): AccountOps;
  dashboardOps(ctx: C): DashboardOps;
  languageOps(ctx: C): LanguageOps;
  slackInstallationOps(ctx: C): SlackInstallationOps;
}

export type ContextParts = RoundOps &
  BindingOps &
  ConversationReferenceOps &
  OutboxOps &
  EventOps &
  AccountOps &
  DashboardOps &
  LanguageOps &
  SlackInstallationOps;

export function buildContextParts<C>(ctx: C, parts: ContextPartBuilders<C>): ContextParts {
  return {
    ...parts.roundOps(ctx),
    ...parts.bindingOps(ctx),
    ...parts.conversationReferenceOps(ctx),
    ...parts.outboxOps(ctx),
    ...parts.eventOps(ctx),
    ...parts.accountOps(ctx),
    ...parts.dashboardOps(ctx),
    ...parts.languageOps(ctx),
    ...parts.slackInstallationOps(ctx),
  };
}
