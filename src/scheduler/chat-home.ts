// Where an organisation's messages go: a binding made in the channel wins over the round file's home;
// a home the platform refused for good (a broken binding) is skipped.
import type { ChatHome, Round } from "../domain/round.ts";
import { findOrganisation } from "../domain/round.ts";
import type { Binding, Store } from "../store/port.ts";

function homeOf(binding: Binding): ChatHome {
  return { platform: binding.platform, workspace: binding.workspace, channel: binding.channel };
}

function latestFirst(a: Binding, b: Binding): number {
  return Date.parse(b.boundAt) - Date.parse(a.boundAt);
}

async function usable(store: Pick<Store, "findBinding">, home: ChatHome | undefined) {
  if (!home) return undefined;
  const binding = await store.findBinding(home.platform, home.workspace, home.channel);
  return binding?.broken ? undefined : home;
}

export async function organisationHome(
  store: Pick<Store, "findBinding">,
  round: Round,
  bindings: readonly Binding[],
  organisationId: string,
): Promise<ChatHome | undefined> {
  const bound = bindings
    .filter((b) => b.roundId === round.id && b.organisationId === organisationId && !b.broken)
    .sort(latestFirst)[0];
  if (bound) return homeOf(bound);
  return usable(store, findOrganisation(round, organisationId)?.home);
}

export function projectManagerHome(store: Pick<Store, "findBinding">, round: Round) {
  return usable(store, round.projectManagerHome);
}

/**
 * Records that the platform refused `home` for good. markBindingBroken only changes a stored binding,
 * so a home known only from the round file is first stored as a binding, broken.
 */
export async function markHomeBroken(
  store: Pick<Store, "findBinding" | "saveBinding" | "markBindingBroken">,
  target: { home: ChatHome; roundId: string; organisationId: string },
  reason: string,
  at: string,
): Promise<void> {
  const { home } = target;
  const existing = await store.findBinding(home.platform, home.workspace, home.channel);
  if (existing) return store.markBindingBroken(home.platform, home.workspace, home.channel, reason, at);
  await store.saveBinding({
    ...home,
    roundId: target.roundId,
    organisationId: target.organisationId,
    boundBy: "round-file",
    boundAt: at,
    broken: { reason, at },
  });
}
