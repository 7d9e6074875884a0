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
  if (roundWorkspaces(rounds, platform).has(wanted)) return true;
  return (await store.listBindings()).some(
    (b) => b.platform === platform && b.workspace.toLowerCase() === wanted,
  );
}

/**
 * The workspaces (Slack teams, Teams tenants) the round files name on `platform`, lower-case: the
 * organisations' homes, the project managers' home, and every account listed for a person. Both platforms'
 * gates admit exactly these and the workspaces of channels bound later.
 */
export function roundWorkspaces(rounds: readonly Round[], platform: string): Set<string> {
  const found = new Set<string>();
  const add = (place: { platform: string; workspace: string } | undefined) => {
    if (place?.platform === platform) found.add(place.workspace.toLowerCase());
  };
  for (const round of rounds) {
    add(round.projectManagerHome);
    for (const manager of round.projectManagers) for (const account of manager.accounts ?? []) add(account);
    for (const organisation of round.organisations) {
      add(organisation.home);
      for (const person of organisation.people) for (const account of person.accounts ?? []) add(account);
    }
  }
  return found;
}

function homeInRounds(rounds: Round[], origin: Origin): Place {
  const workspace = origin.workspace.toLowerCase();
  for (const round of rounds) {
    const organisation = round.organisations.find(
      (o) =>
        o.home?.platform === origin.platform &&
        o.home.channel === origin.channel &&
        o.home.workspace.toLowerCase() === workspace,
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
