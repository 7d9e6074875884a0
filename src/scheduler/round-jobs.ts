// Turns one round's due work into fan-out jobs: find the channel, then (in the channel's lane) render the
// card, claim and send, or take over. What cannot be sent now is reported without claiming, so a later
// tick can still send it.
import type { ChatHome, Organisation, Round } from "../domain/round.ts";
import type { RoundState } from "../engine/round-state.ts";
import { errorMessage } from "../logging/error-message.ts";
import type { Store } from "../store/port.ts";
import { organisationHome } from "./chat-home.ts";
import { type ComposeContext, composeCard } from "./compose-card.ts";
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
  /** The channels bound later, by organisation (chat-home.ts' boundHomes). */
  bound: ReadonlyMap<string, ChatHome>;
  /** The project managers' home, looked up once per round and tick (chat-home.ts' projectManagerHome). */
  projectManagers: ChatHome | undefined;
  organisations: ReadonlyMap<string, Organisation>;
}

/** What one tick knows about a round while it fans out. */
interface TickRound extends RoundData {
  compose: ComposeContext;
}

export function tickRound(tick: TickContext, data: RoundData): TickRound {
  const compose = { state: data.state, checklists: tick.checklists, organisations: data.organisations };
  return { ...data, compose };
}

async function homeFor(
  store: Store,
  data: TickRound,
  message: ScheduledMessage,
): Promise<ChatHome | undefined> {
  return message.toProjectManagers
    ? data.projectManagers
    : organisationHome(
        store,
        data.bound,
        message.organisationId,
        data.organisations.get(message.organisationId),
      );
}

function noHome(tick: TickContext, message: ScheduledMessage): void {
  const error = message.toProjectManagers ? "no usable project managers' home" : "no usable chat home";
  tick.report.failed.push({ ...lineOf(message), error });
  if (tick.warned.has(message.key)) return;
  tick.warned.add(message.key);
  tick.logger.warn(`scheduler: ${error}; not sent yet`, { key: message.key });
}

type Target = Omit<Delivery, "card">;

function targetOf(message: ScheduledMessage, home: ChatHome): Target {
  const { key, kind, roundId, organisationId, meeting } = message;
  return { key, kind, roundId, organisationId, meeting, home };
}

interface Send {
  recorded: Recorded;
  run(): Promise<TakeoverResult>;
}

/** The send one piece of due work needs, or undefined when it was reported without sending. */
function sendFor(
  tick: TickContext,
  data: TickRound,
  work: Work,
  home: ChatHome | undefined,
): Send | undefined {
  const { message } = work;
  const composed = composeCard(message, data.compose);
  if (!composed || (tick.dryRun && work.type === "recover")) return undefined;
  const card = "card" in composed ? composed.card : undefined;
  if (!card && work.type !== "recover") return void tick.report.skippedNothingMissing.push(lineOf(message));
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
    return { recorded, run: () => recoverClaim(tick.delivery, sendable, tick.now, tick.leaseMs) };
  }
  if (!card) return undefined;
  if (tick.dryRun) return void tick.report.notSent.push({ ...lineOf(message, home), card });
  const d: Delivery = { ...target, card };
  const run =
    work.type === "fresh"
      ? () => claimAndSend(tick.delivery, d, tick.now)
      : () => retryFailed(tick.delivery, d, tick.now, tick.leaseMs);
  return { recorded, run };
}

async function runWork(tick: TickContext, data: TickRound, work: Work, home: ChatHome | undefined) {
  try {
    const send = sendFor(tick, data, work, home);
    if (send) await recordResult(tick, data.round, send.recorded, await send.run());
  } catch (error) {
    tick.report.failed.push({ ...lineOf(work.message, home), error: `unexpected: ${errorMessage(error)}` });
    tick.logger.error("scheduler: delivery failed unexpectedly", {
      key: work.message.key,
      err: error,
    });
  }
}

/** Work without a channel only reports itself: it shares one lane. */
const NO_CHANNEL = "";

/**
 * A job for one piece of due work. Only the channel is looked up now; the card is rendered when the job
 * runs, so that the first posts leave while later ones are still to be composed.
 */
export async function jobFor(tick: TickContext, data: TickRound, work: Work): Promise<FanOutJob<void>> {
  const home = await homeFor(tick.delivery.store, data, work.message);
  return {
    channel: home ? `${home.platform}|${home.workspace}|${home.channel}` : NO_CHANNEL,
    run: () => runWork(tick, data, work, home),
  };
}
