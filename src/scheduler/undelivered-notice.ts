// Messages that went stale while their platform could not be signed in to: the project managers are told
// once, in one notice per round and batch, naming each; then the entries are closed for good.
import { createHash } from "node:crypto";
import { undeliveredCard } from "../../cards/undelivered.ts";
import { findOrganisation, type Platform, type Round } from "../domain/round.ts";
import { projectManagerHome } from "./chat-home.ts";
import { claimAndSend } from "./delivery.ts";
import { recordNotice } from "./notice-retries.ts";
import type { PlannedMessage } from "./scheduled-message.ts";
import type { TickContext } from "./tick-context.ts";

export function undeliveredKey(roundId: string, keys: readonly string[]): string {
  const digest = createHash("sha256")
    .update([...keys].sort().join("\n"))
    .digest("hex")
    .slice(0, 16);
  return `${roundId}/notice/undelivered/${digest}`;
}

/** The platform that could not be signed in to: the organisation's (only Teams needs a token today). */
function platformOf(round: Round, message: PlannedMessage): Platform {
  return findOrganisation(round, message.organisationId)?.home?.platform ?? "teams";
}

export async function tellUndelivered(tick: TickContext, round: Round, messages: PlannedMessage[]) {
  if (messages.length === 0 || tick.dryRun) return;
  const keys = messages.map((m) => m.key);
  const items = messages.map((m) => ({
    organisationName: findOrganisation(round, m.organisationId)?.name ?? m.organisationId,
    what: `${m.kind} (${m.meeting}, ${m.deadline})`,
  }));
  const card = undeliveredCard(
    { platform: platformOf(round, messages[0] as PlannedMessage), items },
    round.language,
  );
  const home = await projectManagerHome(tick.delivery.store, round);
  const key = undeliveredKey(round.id, keys);
  if (!home || !tick.delivery.senders[home.platform]) {
    tick.logger.error(
      "scheduler: messages not delivered while they mattered; tell the project managers by hand",
      {
        keys,
      },
    );
  } else {
    const base = { key, kind: "undelivered" as const, organisationId: "project-managers", meeting: "" };
    const delivery = { ...base, roundId: round.id, home, card };
    const result = await claimAndSend(tick.delivery, delivery, tick.now);
    const recorded = { ...delivery, title: card.title, toProjectManagers: true };
    await recordNotice(tick, { round, delivery, recorded }, result);
    if (result.status === "failed")
      tick.logger.error("scheduler: the notice of undelivered messages failed too", { keys });
  }
  const failure = { class: "closed" as const, attempts: 0, error: `not delivered in time; told in ${key}` };
  for (const k of keys) {
    await tick.delivery.store.completeOutbox(k, { state: "failed", failure, at: tick.now.toISOString() });
  }
}
