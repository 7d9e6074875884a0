// Which round and organisation a channel belongs to, and whether its workspace takes part at all.
import type { Platform, Round } from "../domain/round.ts";
import type { Store } from "../store/port.ts";
import type { Place } from "./context.ts";
import type { InboundEvent } from "./events.ts";

type Origin = Pick<InboundEvent, "platform" | "workspace" | "channel">;

export async function locate(
  store: Store,
  rounds: Round[],
  origin: Origin,
): Promise<Place & { known: boolean }> {
  if (origin.platform === "playground") return { ...playgroundChannel(rounds, origin.channel), known: true };
  const binding = await store.findBinding(origin.platform, origin.workspace, origin.channel);
  if (binding && !binding.broken) {
    return { roundId: binding.roundId, organisationId: binding.organisationId, known: true };
  }
  const home = homeInRounds(rounds, origin);
  if (home.roundId) return { ...home, known: true };
  return { known: await workspaceInRounds(store, rounds, origin.platform, origin.workspace) };
}

/**
 * Does any round know this workspace (Slack team, Teams tenant): a home in a round file, the project
 * managers' home, or a channel bound later? Adapters ask before they write anything for a request.
 */
export async function isKnownWorkspace(
  store: Pick<Store, "listRounds" | "listBindings">,
  platform: Platform,
  workspace: string,
): Promise<boolean> {
  return workspaceInRounds(store, await store.listRounds(), platform, workspace);
}

async function workspaceInRounds(
  store: Pick<Store, "listBindings">,
  rounds: readonly Round[],
  platform: string,
  workspace: string,
): Promise<boolean> {
  const wanted = workspace.toLowerCase();
  if (rounds.some((round) => roundNamesWorkspace(round, platform, wanted))) return true;
  return (await store.listBindings()).some((b) => b.platform === platform && sameWorkspace(b, wanted));
}

type Named = { platform: string; workspace: string } | undefined;

/** Workspace ids compare without case; `wanted` is lower-case already. */
function sameWorkspace(place: { workspace: string }, wanted: string): boolean {
  return place.workspace.toLowerCase() === wanted;
}

/**
 * Does the round file name this workspace (Slack team, Teams tenant) on `platform`: an organisation's home,
 * the project managers' home, or an account listed for a person? Both platforms' gates admit exactly these
 * and the workspaces of channels bound later. Asked per request (a national round has thousands of
 * organisations): it stops at the first match and builds nothing.
 */
function roundNamesWorkspace(round: Round, platform: string, wanted: string): boolean {
  const is = (place: Named) => place?.platform === platform && sameWorkspace(place, wanted);
  if (is(round.projectManagerHome)) return true;
  for (const manager of round.projectManagers) if (manager.accounts?.some(is)) return true;
  for (const organisation of round.organisations) {
    if (is(organisation.home)) return true;
    for (const person of organisation.people) if (person.accounts?.some(is)) return true;
  }
  return false;
}

function homeInRounds(rounds: Round[], origin: Origin): Place {
  const workspace = origin.workspace.toLowerCase();
  for (const round of rounds) {
    const organisation = round.organisations.find(
      (o) =>
        o.home?.channel === origin.channel &&
        o.home.platform === origin.platform &&
        sameWorkspace(o.home, workspace),
    );
    if (organisation) return { roundId: round.id, organisationId: organisation.id };
  }
  return {};
}

/** The playground names each organisation's channel by the organisation id. */
function playgroundChannel(rounds: Round[], channel: string): Place {
  for (const round of rounds) {
    if (round.organisations.some((o) => o.id === channel))
      return { roundId: round.id, organisationId: channel };
  }
  return {};
}
