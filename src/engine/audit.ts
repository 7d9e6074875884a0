// The audit trail of privileged actions and refused attempts, and the project managers' notice of each
// refused attempt on another organisation (at most one an hour per person, so a script cannot flood them).

import type { Card } from "../../cards/model.ts";
import { noticeCard } from "../../cards/notice.ts";
import type { Round } from "../domain/round.ts";
import type { AuditAction, AuditEntry, Store } from "../store/port.ts";
import type { Context } from "./context.ts";
import type { PlatformAccount } from "./identity.ts";
import { messages } from "./messages.ts";
import type { Target } from "./permissions.ts";

/** Tells a round's project managers, in their channel, once per key. Never throws. */
export interface ProjectManagerAlerts {
  tell(round: Round, key: string, card: Card, now: Date): Promise<void>;
}

const HOUR_MS = 60 * 60_000;

type Who = AuditEntry["who"];

function whoOf(account: PlatformAccount, email: string | undefined): Who {
  return { platform: account.platform, workspace: account.workspace, userId: account.userId, email };
}

function sameWho(a: Who, b: Who): boolean {
  return a.platform === b.platform && a.workspace === b.workspace && a.userId === b.userId;
}

/** Records a privileged action (setstep, bind, export, acting for an organisation). */
export async function recordAction(
  ctx: Context,
  action: Exclude<AuditAction, "refused" | "identity-changed">,
  what: string,
  target?: Target,
): Promise<void> {
  await ctx.deps.store.appendAudit({
    roundId: ctx.actor.round.id,
    at: ctx.now.toISOString(),
    action,
    who: whoOf(ctx.account, ctx.actor.email),
    organisationId: target?.organisationId,
    clusterId: target?.clusterId,
    what,
  });
}

interface Refusal {
  round: Round;
  account: PlatformAccount;
  email: string | undefined;
  what: string;
  target?: Target | undefined;
  now: Date;
}

/**
 * Records a refused attempt on another organisation's records (or an address not assigned to the account)
 * and tells the round's project managers, unless they were told of this person within the hour.
 */
export async function recordRefusal(
  deps: { store: Store; alerts?: ProjectManagerAlerts | undefined },
  refusal: Refusal,
): Promise<void> {
  const { round, account, now } = refusal;
  const who = whoOf(account, refusal.email);
  const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
  const recent = await deps.store.listAudit({ roundId: round.id, since: hourAgo });
  const told = recent.some((e) => e.action === "refused" && e.notified === true && sameWho(e.who, who));
  const notify = !told && deps.alerts !== undefined;
  await deps.store.appendAudit({
    roundId: round.id,
    at: now.toISOString(),
    action: "refused",
    who,
    organisationId: refusal.target?.organisationId,
    clusterId: refusal.target?.clusterId,
    what: refusal.what,
    notified: notify,
  });
  if (!notify) return;
  const say = messages(round.language);
  const organisation = refusal.target?.organisationId;
  const about = organisation
    ? (round.organisations.find((o) => o.id === organisation)?.name ?? organisation)
    : "";
  const card = noticeCard({
    title: say.refusedAttemptTitle,
    text: say.refusedAttempt(describeAccount(who), refusal.what, about),
  });
  const key = `alert:refused:${round.id}:${account.platform}:${account.workspace}:${account.userId}:${now.toISOString()}`;
  await deps.alerts?.tell(round, key, card, now);
}

/** An account first known by one address now reports another: refused, and the project managers told once. */
export async function recordIdentityChange(
  deps: { store: Store; alerts?: ProjectManagerAlerts | undefined },
  rounds: readonly Round[],
  change: { account: PlatformAccount; email: string; knownAs: string; now: Date },
): Promise<void> {
  const who = whoOf(change.account, change.email);
  const named = rounds.filter(
    (r) =>
      r.projectManagers.some((p) => p.email === change.knownAs) ||
      r.organisations.some((o) => o.people.some((p) => p.email === change.knownAs)),
  );
  for (const round of named) {
    await deps.store.appendAudit({
      roundId: round.id,
      at: change.now.toISOString(),
      action: "identity-changed",
      who,
      what: `${change.knownAs} → ${change.email}`,
    });
    const say = messages(round.language);
    const card = noticeCard({
      title: say.identityChangedTitle,
      text: say.identityChanged(describeAccount(who), change.knownAs, change.email),
    });
    const { platform, workspace, userId } = change.account;
    await deps.alerts?.tell(
      round,
      `alert:identity:${round.id}:${platform}:${workspace}:${userId}:${change.email}`,
      card,
      change.now,
    );
  }
}

function describeAccount(who: Who): string {
  return `${who.platform} ${who.workspace} / ${who.userId}${who.email ? ` (${who.email})` : ""}`;
}
