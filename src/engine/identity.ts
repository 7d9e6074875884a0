// Who is speaking: a person is the platform account (platform, its own workspace or tenant, user id) first,
// and the e-mail address second. An address is believed only from a workspace or tenant the round assigns to
// that person (the organisation's home, a channel a project manager bound for it, or an account the round
// file lists), and once believed the account keeps it: a changed address on the platform does not move it.
import type { Account, Platform, Round } from "../domain/round.ts";
import { personName } from "../domain/round-names.ts";
import type { Binding, Store } from "../store/port.ts";
import type { InboundEvent } from "./events.ts";

type ActingEvent = Exclude<InboundEvent, { type: "unsupported" | "installed" }>;

/** The account an event came from, as its platform says. */
export interface PlatformAccount {
  platform: InboundEvent["platform"];
  /** The user's own workspace (or tenant), lower-case. */
  workspace: string;
  /** Slack Enterprise Grid organisation, lower-case, when there is one. */
  enterprise?: string | undefined;
  userId: string;
}

export type Recognition =
  | { kind: "recognised"; email: string; account: PlatformAccount; trusted: Round[] }
  | { kind: "no-email"; account: PlatformAccount }
  | { kind: "unknown-person"; email: string; account: PlatformAccount }
  /** The address belongs to a person of a round, but not from this workspace or tenant. */
  | { kind: "not-assigned"; email: string; account: PlatformAccount }
  /** The account was first known by another address. */
  | { kind: "email-changed"; email: string; knownAs: string; account: PlatformAccount };

export function accountOf(event: ActingEvent): PlatformAccount {
  return {
    platform: event.platform,
    workspace: (event.user.workspace ?? event.workspace).toLowerCase(),
    enterprise: event.user.enterprise?.toLowerCase(),
    userId: event.user.id,
  };
}

/** The places in `round` that name `email` (from the store's index): its organisations, and none for a project manager. */
type Naming = { round: Round; organisationIds: (string | undefined)[] };

/** The rounds that name `email`, each with where: one indexed read, not a scan of every person. */
async function roundsNaming(
  store: Pick<Store, "roundsNaming">,
  rounds: readonly Round[],
  email: string,
): Promise<Naming[]> {
  const hits = await store.roundsNaming(personName(email));
  const named: Naming[] = [];
  for (const round of rounds) {
    const organisationIds = hits.filter((h) => h.roundId === round.id).map((h) => h.organisationId);
    if (organisationIds.length > 0) named.push({ round, organisationIds });
  }
  return named;
}

/** The workspaces and tenants whose word the bot takes for `email` where the round names it. */
function assignedAccounts(naming: Naming, bindings: readonly Binding[], email: string): Account[] {
  const { round } = naming;
  const assigned: Account[] = [];
  const add = (a: { platform: Platform; workspace: string } | undefined) => {
    if (a) assigned.push({ platform: a.platform, workspace: a.workspace.toLowerCase() });
  };
  for (const organisationId of naming.organisationIds) {
    if (organisationId === undefined) {
      for (const manager of round.projectManagers.filter((p) => p.email === email)) {
        add(round.projectManagerHome);
        for (const account of manager.accounts ?? []) add(account);
      }
      continue;
    }
    const organisation = round.organisations.find((o) => o.id === organisationId);
    const person = organisation?.people.find((p) => p.email === email);
    if (!organisation || !person) continue;
    add(organisation.home);
    for (const binding of bindings) {
      if (binding.roundId === round.id && binding.organisationId === organisation.id && !binding.broken)
        add(binding);
    }
    for (const account of person.accounts ?? []) add(account);
  }
  return assigned;
}

function speaksFor(account: PlatformAccount, assigned: readonly Account[]): boolean {
  return assigned.some(
    (a) =>
      a.platform === account.platform &&
      (a.workspace === account.workspace ||
        (account.enterprise !== undefined && a.workspace === account.enterprise)),
  );
}

/** Of the rounds that name `email`, those in which this account may speak for it. */
async function trustedRounds(
  store: Pick<Store, "listBindings">,
  named: readonly Naming[],
  account: PlatformAccount,
  email: string,
): Promise<Round[]> {
  // The round files usually settle it; the bindings are read only when they do not.
  const fromFiles = named.filter((n) => speaksFor(account, assignedAccounts(n, [], email)));
  if (fromFiles.length === named.length) return fromFiles.map((n) => n.round);
  const bindings = await store.listBindings();
  return named.filter((n) => speaksFor(account, assignedAccounts(n, bindings, email))).map((n) => n.round);
}

/**
 * Recognises the person behind an event. The playground is local and loopback-only: its people are who they
 * pick. Elsewhere the account's stored binding wins over whatever address the platform reports now.
 */
export async function recognise(
  store: Pick<Store, "listBindings" | "findAccount" | "bindAccount" | "roundsNaming">,
  rounds: readonly Round[],
  event: ActingEvent,
  now: Date,
): Promise<Recognition> {
  const account = accountOf(event);
  const reported = event.user.email?.trim().toLowerCase() || undefined;
  if (event.platform === "playground") {
    const email = reported ?? event.user.id.toLowerCase();
    const trusted = (await roundsNaming(store, rounds, email)).map((n) => n.round);
    return trusted.length > 0
      ? { kind: "recognised", email, account, trusted }
      : { kind: "unknown-person", email, account };
  }
  const platform = event.platform;
  const known = await store.findAccount(platform, account.workspace, account.userId);
  if (known && reported && known.email !== reported) {
    return { kind: "email-changed", email: reported, knownAs: known.email, account };
  }
  const email = known?.email ?? reported;
  if (!email) return { kind: "no-email", account };
  const named = await roundsNaming(store, rounds, email);
  if (named.length === 0) return { kind: "unknown-person", email, account };
  const trusted = await trustedRounds(store, named, account, email);
  if (trusted.length === 0) return { kind: "not-assigned", email, account };
  if (!known) {
    const held = await store.bindAccount({
      platform,
      workspace: account.workspace,
      userId: account.userId,
      email,
      boundAt: now.toISOString(),
    });
    // Two instances met the same account at once with different addresses: the first one stands.
    if (held.email !== email) return { kind: "email-changed", email, knownAs: held.email, account };
  }
  return { kind: "recognised", email, account, trusted };
}
