// Which round and organisation a channel belongs to, and whether its workspace takes part at all.
import type { Platform, Round } from "../domain/round.ts";
import { homeName, workspaceName } from "../domain/round-names.ts";
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
  const home = await homeInRounds(store, rounds, homeName(origin.platform, origin.workspace, origin.channel));
  if (home.roundId) return { ...home, known: true };
  return { known: await isKnownWorkspace(store, origin.platform, origin.workspace) };
}

/**
 * Does any round know this workspace (Slack team, Teams tenant): a home in a round file, the project
 * managers' home, an account listed for a person (domain/round-names.ts), or a channel bound later? Both
 * platforms' gates ask before they write anything for a request: one indexed read, then the bindings.
 */
export async function isKnownWorkspace(
  store: Pick<Store, "roundsNaming" | "listBindings">,
  platform: Platform,
  workspace: string,
): Promise<boolean> {
  if ((await store.roundsNaming(workspaceName(platform, workspace))).length > 0) return true;
  const wanted = workspace.toLowerCase();
  return (await store.listBindings()).some(
    (b) => b.platform === platform && b.workspace.toLowerCase() === wanted,
  );
}

/** The organisation whose home in a round file is this channel, of a round still stored. */
async function homeInRounds(
  store: Pick<Store, "roundsNaming">,
  rounds: Round[],
  home: string,
): Promise<Place> {
  const hits = await store.roundsNaming(home);
  for (const round of rounds) {
    const hit = hits.find((h) => h.roundId === round.id && h.organisationId !== undefined);
    if (hit) return { roundId: round.id, organisationId: hit.organisationId };
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
