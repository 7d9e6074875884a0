// Who is speaking: a person is the platform account (platform, its own workspace or tenant, user id) first,
// and the e-mail address second. An address is believed only from a workspace or tenant the round assigns to
// that person (the organisation's home, a channel a project manager bound for it, or an account the round
// file lists), and once believed the account keeps it: a changed address on the platform does not move it.
import type { Account, Platform, Round } from "../domain/round.ts";
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

/** Everyone the round names by this address: people of organisations and project managers. */
function namedIn(round: Round, email: string): boolean {
  return (
    round.projectManagers.some((p) => p.email === email) ||
    round.organisations.some((o) => o.people.some((p) => p.email === email))
  );
}

/** The workspaces and tenants whose word the bot takes for `email` in `round`. */
export function assignedAccounts(round: Round, bindings: readonly Binding[], email: string): Account[] {
  const assigned: Account[] = [];
  const add = (a: { platform: Platform; workspace: string } | undefined) => {
    if (a) assigned.push({ platform: a.platform, workspace: a.workspace.toLowerCase() });
  };
  for (const manager of round.projectManagers.filter((p) => p.email === email)) {
    add(round.projectManagerHome);
    for (const account of manager.accounts ?? []) add(account);
  }
  for (const organisation of round.organisations) {
    const person = organisation.people.find((p) => p.email === email);
    if (!person) continue;
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
  named: readonly Round[],
  account: PlatformAccount,
  email: string,
): Promise<Round[]> {
  // The round files usually settle it; the bindings are read only when they do not.
  const fromFiles = named.filter((r) => speaksFor(account, assignedAccounts(r, [], email)));
  if (fromFiles.length === named.length) return fromFiles;
  const bindings = await store.listBindings();
  return named.filter((r) => speaksFor(account, assignedAccounts(r, bindings, email)));
}

/**
 * Recognises the person behind an event. The playground is local and loopback-only: its people are who they
 * pick. Elsewhere the account's stored binding wins over whatever address the platform reports now.
 */
export async function recognise(
  store: Pick<Store, "listBindings" | "findAccount" | "bindAccount">,
  rounds: readonly Round[],
  event: ActingEvent,
  now: Date,
): Promise<Recognition> {
  const account = accountOf(event);
  const reported = event.user.email?.trim().toLowerCase() || undefined;
  if (event.platform === "playground") {
    const email = reported ?? event.user.id.toLowerCase();
    const trusted = rounds.filter((r) => namedIn(r, email));
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
  const named = rounds.filter((r) => namedIn(r, email));
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
