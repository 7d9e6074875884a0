// Where an organisation's messages go: a binding made in the channel wins over the round file's home;
// a home the platform refused for good (a broken binding) is skipped.
import type { ChatHome, Organisation, Round } from "../domain/round.ts";
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

/** Each organisation's newest channel bound in the round and not broken, by organisation id. */
export function boundHomes(roundId: string, bindings: readonly Binding[]): Map<string, ChatHome> {
  const homes = new Map<string, ChatHome>();
  const usableBindings = bindings.filter((b) => b.roundId === roundId && !b.broken).sort(latestFirst);
  for (const b of usableBindings) if (!homes.has(b.organisationId)) homes.set(b.organisationId, homeOf(b));
  return homes;
}

/** `bound` is boundHomes() of the organisation's round; `organisation` is its entry in the round file. */
export async function organisationHome(
  store: Pick<Store, "findBinding">,
  bound: ReadonlyMap<string, ChatHome>,
  organisationId: string,
  organisation: Organisation | undefined,
): Promise<ChatHome | undefined> {
  return bound.get(organisationId) ?? usable(store, organisation?.home);
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
