// Which round and organisation a channel belongs to, and whether its workspace takes part at all.
import type { Round } from "../domain/round.ts";
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
  const inRounds = rounds.some((r) =>
    r.organisations.some(
      (o) => o.home?.platform === origin.platform && o.home.workspace === origin.workspace,
    ),
  );
  if (inRounds) return { known: true };
  const bindings = await store.listBindings();
  return { known: bindings.some((b) => b.platform === origin.platform && b.workspace === origin.workspace) };
}

function homeInRounds(rounds: Round[], origin: Origin): Place {
  for (const round of rounds) {
    const organisation = round.organisations.find(
      (o) =>
        o.home?.platform === origin.platform &&
        o.home.workspace === origin.workspace &&
        o.home.channel === origin.channel,
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
