// Notices to the project managers' channel (a broken channel, a reminder of unknown outcome). Each goes
// out once under its own outbox key; with no usable project managers' home it is logged instead.
import { brokenChannelCard } from "../../cards/broken-channel.ts";
import type { Card } from "../../cards/model.ts";
import { unknownOutcomeCard } from "../../cards/unknown-outcome.ts";
import { findOrganisation } from "../domain/round.ts";
import { projectManagerHome } from "./chat-home.ts";
import { claimAndSend } from "./delivery.ts";
import { recordNotice } from "./notice-retries.ts";
import { noticeKey } from "./record-result.ts";
import type { NoticeRequest, TickContext } from "./tick-context.ts";
import { lineOf } from "./tick-report.ts";

function noticeCard(request: NoticeRequest): Card {
  const { round } = request;
  const organisationName = findOrganisation(round, request.organisationId)?.name ?? request.organisationId;
  const { platform, channel } = request.home;
  if (request.kind === "broken-channel") {
    return brokenChannelCard({ organisationName, platform, channel, reason: request.detail }, round.language);
  }
  return unknownOutcomeCard({ organisationName, platform, what: request.detail }, round.language);
}

async function sendNotice(tick: TickContext, request: NoticeRequest): Promise<void> {
  const { round } = request;
  const key = noticeKey(request, round.timeZone, tick.now);
  const base = { key, kind: request.kind, organisationId: request.organisationId, meeting: request.meeting };
  const home = await projectManagerHome(tick.delivery.store, round);
  if (!home) {
    tick.logger.error("scheduler: no project managers' home to tell; tell them by hand", {
      ...base,
      about: request.about,
      home: request.home,
      detail: request.detail,
    });
    return;
  }
  const card = noticeCard(request);
  if (!tick.dryRun && !tick.delivery.senders[home.platform]) {
    tick.logger.error(`scheduler: no ${home.platform} sender for the project managers' notice`, { key });
    return;
  }
  if (tick.dryRun) {
    tick.report.notSent.push({ ...lineOf(base, home), card });
    return;
  }
  const delivery = { ...base, roundId: round.id, home, card };
  const result = await claimAndSend(tick.delivery, delivery, tick.now);
  const recorded = { ...delivery, title: card.title, toProjectManagers: true };
  await recordNotice(tick, { round, delivery, recorded }, result);
}

export async function sendNotices(tick: TickContext): Promise<void> {
  const seen = new Set<string>();
  for (const request of tick.notices) {
    const key = noticeKey(request, request.round.timeZone, tick.now);
    if (seen.has(key)) continue;
    seen.add(key);
    await sendNotice(tick, request);
  }
}
