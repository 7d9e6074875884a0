// The page's JSON API: read the state, speak, submit a card, move the clock. Every body is parsed with zod;
// the engine's answers come back as rendered cards.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { inBothLanguages } from "../../domain/locale.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import type { Store } from "../../store/port.ts";
import type { ChannelLog } from "./channel-log.ts";
import { readPlaygroundBody, sendError, sendJson } from "./http-json.ts";
import { loopbackOnly } from "./loopback-gate.ts";
import type { MovableClock } from "./movable-clock.ts";
import { commandEvent, submitEvent } from "./playground-events.ts";
import { playgroundReplies } from "./playground-replies.ts";
import { clockRequest, commandRequest, describeIssues, submitRequest } from "./playground-requests.ts";
import { DEFAULT_ZONE, nextReminder, playgroundState } from "./playground-state.ts";
import { PLAYGROUND_TEXTS } from "./playground-texts.ts";

const NO_REMINDER_AHEAD = inBothLanguages(PLAYGROUND_TEXTS, (t) => t.noReminderAhead);
const TIME_TRAVEL_OFF = inBothLanguages(PLAYGROUND_TEXTS, (t) => t.timeTravelOff);

export interface PlaygroundRouteDeps {
  engine: ConversationEngine;
  store: Store;
  clock: MovableClock;
  /**
   * Off while the bot is connected to real Slack or Teams: moving the clock would send real reminders
   * early (and use up their one send) and stamp real submissions with a made-up time.
   */
  timeTravel: boolean;
  log: ChannelLog;
  logger: Logger;
  newId: () => string;
  /** Start over: an empty store with the round imported again, and no posts. */
  startOver(): Promise<void>;
}

type Handle<T> = (body: T, res: ServerResponse) => Promise<void>;

function post<S extends z.ZodType>(path: string, schema: S, handle: Handle<z.output<S>>): Route {
  return {
    method: "POST",
    path,
    handler: loopbackOnly(async (req: IncomingMessage, res: ServerResponse) => {
      const body = await readPlaygroundBody(req);
      if (!body.ok) return sendError(res, body.status, body.message);
      const parsed = schema.safeParse(body.value);
      if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
      await handle(parsed.data, res);
    }),
  };
}

export function apiRoutes(deps: PlaygroundRouteDeps): Route[] {
  const { engine, store, clock, log, logger, newId } = deps;
  const state = async () => playgroundState(await store.listRounds(), log, clock);
  const answer = async (res: ServerResponse, replies: Awaited<ReturnType<ConversationEngine["handle"]>>) =>
    sendJson(res, 200, { replies: playgroundReplies(replies), clock: clock.now().toISOString() });
  return [
    {
      method: "GET",
      path: "/playground/state",
      handler: loopbackOnly(async (_req, res) => sendJson(res, 200, await state())),
    },
    post("/playground/command", commandRequest, async (request, res) => {
      const event = commandEvent(await store.listRounds(), request, `playground:${newId()}`);
      logger.debug("playground.command", { channel: event.channel });
      await answer(res, await engine.handle(event, clock.now()));
    }),
    post("/playground/submit", submitRequest, async (request, res) => {
      const event = submitEvent(await store.listRounds(), request);
      logger.debug("playground.submit", { channel: event.channel, verb: request.verb });
      await answer(res, await engine.handle(event, clock.now()));
    }),
    post("/playground/clock", clockRequest, async (request, res) => {
      if (!deps.timeTravel) return sendError(res, 409, TIME_TRAVEL_OFF);
      const rounds = await store.listRounds();
      if ("reset" in request) {
        await deps.startOver();
        log.clear();
        await clock.reset();
        logger.info("playground.started_over");
        return sendJson(res, 200, await state());
      }
      if ("next" in request) {
        const next = nextReminder(rounds, clock.now());
        if (!next) return sendError(res, 409, NO_REMINDER_AHEAD);
        await clock.set(next.at);
      } else if ("advanceDays" in request) {
        await clock.advanceDays(request.advanceDays, rounds[0]?.timeZone ?? DEFAULT_ZONE);
      } else await clock.set(request.at);
      logger.info("playground.clock_moved", { now: clock.now().toISOString() });
      sendJson(res, 200, await state());
    }),
  ];
}
