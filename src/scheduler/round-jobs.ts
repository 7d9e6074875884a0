// Turns one round's due work into fan-out jobs: render the card, find the channel, then claim and send
// (or take over). What cannot be sent now is reported without claiming, so a later tick can still send it.
import type { ChatHome, Organisation, Round } from "../domain/round.ts";
import type { RoundState } from "../engine/round-state.ts";
import type { Binding } from "../store/port.ts";
import { organisationHome, projectManagerHome } from "./chat-home.ts";
import { composeCard } from "./compose-card.ts";
import { claimAndSend, type Delivery } from "./delivery.ts";
import type { Work } from "./due-work.ts";
import type { FanOutJob } from "./fan-out.ts";
import { type Recorded, recordResult } from "./record-result.ts";
import type { ScheduledMessage } from "./scheduled-message.ts";
import { recoverClaim, retryFailed, type TakeoverResult } from "./takeover.ts";
import type { TickContext } from "./tick-context.ts";
import { lineOf } from "./tick-report.ts";

export interface RoundData {
  round: Round;
  state: RoundState;
  bindings: Binding[];
  organisations: ReadonlyMap<string, Organisation>;
}

function homeFor(
  tick: TickContext,
  data: RoundData,
  message: ScheduledMessage,
): Promise<ChatHome | undefined> {
  const store = tick.delivery.store;
  return message.toProjectManagers
    ? projectManagerHome(store, data.round)
    : organisationHome(store, data.round, data.bindings, message.organisationId);
}

function noHome(tick: TickContext, message: ScheduledMessage): void {
  const error = message.toProjectManagers ? "no usable project managers' home" : "no usable chat home";
  tick.report.failed.push({ ...lineOf(message), error });
  if (tick.warned.has(message.key)) return;
  tick.warned.add(message.key);
  tick.logger.warn(`scheduler: ${error}; not sent yet`, { key: message.key });
}

type Target = Omit<Delivery, "card">;

function job(
  tick: TickContext,
  data: RoundData,
  recorded: Recorded,
  run: () => Promise<TakeoverResult>,
): FanOutJob<void> {
  const { home } = recorded;
  return {
    platform: home.platform,
    channel: `${home.platform}|${home.workspace}|${home.channel}`,
    run: async () => {
      try {
        await recordResult(tick, data.round, recorded, await run());
      } catch (error) {
        tick.report.failed.push({ ...lineOf(recorded, home), error: `unexpected: ${String(error)}` });
        tick.logger.error("scheduler: delivery failed unexpectedly", {
          key: recorded.key,
          error: String(error),
        });
      }
    },
  };
}

function targetOf(message: ScheduledMessage, home: ChatHome): Target {
  const { key, kind, roundId, organisationId, meeting } = message;
  return { key, kind, roundId, organisationId, meeting, home };
}

/** A job for one piece of due work, or undefined when it was reported without sending. */
export async function jobFor(
  tick: TickContext,
  data: RoundData,
  work: Work,
): Promise<FanOutJob<void> | undefined> {
  const { message } = work;
  const composed = composeCard(message, {
    state: data.state,
    checklists: tick.checklists,
    organisations: data.organisations,
  });
  if (!composed || (tick.dryRun && work.type === "recover")) return undefined;
  const card = "card" in composed ? composed.card : undefined;
  if (!card && work.type !== "recover") return void tick.report.skippedNothingMissing.push(lineOf(message));
  const home = await homeFor(tick, data, message);
  if (!home) return void noHome(tick, message);
  if (!tick.dryRun && !tick.delivery.senders[home.platform]) {
    tick.report.failed.push({ ...lineOf(message, home), error: `${home.platform} is not configured` });
    return undefined;
  }
  const target = targetOf(message, home);
  const recorded: Recorded = {
    ...target,
    title: card?.title ?? message.key,
    toProjectManagers: message.toProjectManagers,
  };
  if (work.type === "recover") {
    const sendable = { ...target, card: work.relevant ? card : undefined };
    return job(tick, data, recorded, () => recoverClaim(tick.delivery, sendable, tick.now, tick.leaseMs));
  }
  if (!card) return undefined;
  if (tick.dryRun) return void tick.report.notSent.push({ ...lineOf(message, home), card });
  const d: Delivery = { ...target, card };
  const run =
    work.type === "fresh"
      ? () => claimAndSend(tick.delivery, d, tick.now)
      : () => retryFailed(tick.delivery, d, tick.now, tick.leaseMs);
  return job(tick, data, recorded, run);
}
