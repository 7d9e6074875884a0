// The local playground: a third adapter on the same engine, for a newcomer without Teams or Slack.
import type { ChannelSender } from "../../delivery/sender-port.ts";
import type { Platform } from "../../domain/round.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import type { Store } from "../../store/port.ts";
import { ChannelLog } from "./channel-log.ts";
import type { MovableClock } from "./movable-clock.ts";
import { apiRoutes } from "./playground-routes.ts";
import { playgroundSender } from "./playground-sender.ts";
import { staticRoutes } from "./static-assets.ts";

export interface PlaygroundDeps {
  engine: ConversationEngine;
  store: Store;
  clock: MovableClock;
  /** Whether the page may move the clock (only without real platforms; see playground-routes.ts). */
  timeTravel?: boolean | undefined;
  logger: Logger;
  newId: () => string;
  /** Puts the round back after the store was emptied (the page's "start over"). */
  reseed(): Promise<void>;
}

export interface Playground {
  routes: Route[];
  /** Records posts in the playground channels; stands in for Teams. */
  sender: ChannelSender;
  /** The same recorder, presenting itself as the given platform (one per platform without credentials). */
  senderFor(platform: Platform): ChannelSender;
  clock: MovableClock;
}

export function createPlayground(deps: PlaygroundDeps): Playground {
  const log = new ChannelLog();
  const senderDeps = { store: deps.store, log, now: () => deps.clock.now(), newId: deps.newId };
  const senderFor = (platform: Platform) => playgroundSender(platform, senderDeps);
  return {
    routes: [
      ...staticRoutes(),
      ...apiRoutes({
        ...deps,
        timeTravel: deps.timeTravel ?? true,
        log,
        async startOver() {
          await deps.store.eraseAll();
          await deps.reseed();
        },
      }),
    ],
    sender: senderFor("teams"),
    senderFor,
    clock: deps.clock,
  };
}
