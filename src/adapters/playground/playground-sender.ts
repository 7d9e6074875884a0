// The ChannelSender for platforms without credentials: instead of calling Teams or Slack, it records the
// post in the playground channel of the organisation whose chat home it was addressed to.
import type { Card } from "../../../cards/model.ts";
import type { ChannelSender, SendOptions, SendOutcome } from "../../delivery/sender-port.ts";
import type { ChatHome, Platform, Round } from "../../domain/round.ts";
import type { Store } from "../../store/port.ts";
import { type ChannelLog, PROJECT_MANAGERS_CHANNEL } from "./channel-log.ts";

export interface PlaygroundSenderDeps {
  store: Store;
  log: ChannelLog;
  now: () => Date;
  newId: () => string;
}

export function playgroundSender(platform: Platform, deps: PlaygroundSenderDeps): ChannelSender {
  return {
    platform,
    async send(home: ChatHome, card: Card, key: string, options?: SendOptions): Promise<SendOutcome> {
      const channel = await channelOf(deps.store, home);
      if (options?.handOff && !(await options.handOff()))
        return { ok: false, permanent: false, ambiguous: false, error: "taken by another instance" };
      const id = `playground-${deps.newId()}`;
      deps.log.record(channel, { id, at: deps.now().toISOString(), key, card });
      return { ok: true, messageId: id };
    },
  };
}

/** The playground channel for a chat home: the organisation it belongs to, by round file or binding. */
export async function channelOf(store: Store, home: ChatHome): Promise<string> {
  const rounds = await store.listRounds();
  const fromRound = channelInRounds(rounds, home);
  if (fromRound) return fromRound;
  const binding = await store.findBinding(home.platform, home.workspace, home.channel);
  if (binding) return binding.organisationId;
  return `${home.platform}:${home.workspace}:${home.channel}`;
}

function channelInRounds(rounds: Round[], home: ChatHome): string | undefined {
  for (const round of rounds) {
    const organisation = round.organisations.find((o) => o.home && sameHome(o.home, home));
    if (organisation) return organisation.id;
    if (round.projectManagerHome && sameHome(round.projectManagerHome, home)) return PROJECT_MANAGERS_CHANNEL;
  }
  return undefined;
}

function sameHome(a: ChatHome, b: ChatHome): boolean {
  return a.platform === b.platform && a.workspace === b.workspace && a.channel === b.channel;
}
