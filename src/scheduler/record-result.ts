// Turns a delivery's result into report lines, and a permanent failure into a broken channel and a
// notice to the project managers (once: the channel is skipped from then on).
import { localDate } from "../domain/local-date.ts";
import type { ChatHome, Round } from "../domain/round.ts";
import { markHomeBroken } from "./chat-home.ts";
import { formatFailure, mayRetry } from "./outbox-failure.ts";
import type { TakeoverResult } from "./takeover.ts";
import type { TickContext } from "./tick-context.ts";
import { lineOf, type MessageKind } from "./tick-report.ts";

export interface Recorded {
  key: string;
  kind: MessageKind;
  organisationId: string;
  meeting: string;
  home: ChatHome;
  title: string;
  toProjectManagers: boolean;
}

async function onPermanent(tick: TickContext, round: Round, d: Recorded, reason: string): Promise<void> {
  const at = tick.now.toISOString();
  const owner = d.toProjectManagers ? "project-managers" : d.organisationId;
  await markHomeBroken(
    tick.delivery.store,
    { home: d.home, roundId: round.id, organisationId: owner },
    reason,
    at,
  );
  tick.logger.error("scheduler: channel refused the bot for good; marked broken", {
    key: d.key,
    home: d.home,
    reason,
  });
  if (d.toProjectManagers) return; // The project managers' own channel: nobody left to tell but the log.
  tick.notices.push({
    kind: "broken-channel",
    round,
    organisationId: d.organisationId,
    meeting: d.meeting,
    home: d.home,
    detail: reason,
    about: d.key,
  });
}

export async function recordResult(tick: TickContext, round: Round, d: Recorded, result: TakeoverResult) {
  const line = lineOf(d, d.home);
  switch (result.status) {
    case "taken":
      return;
    case "sent":
      tick.report.sent.push({ ...line, messageId: result.messageId, recovered: result.recovered });
      return;
    case "closed":
      tick.report.skippedStale.push(line);
      return;
    case "unknown":
      tick.report.failed.push({ ...line, error: formatFailure(result.failure) });
      tick.logger.error("scheduler: post of unknown outcome after a stop; not resent", { key: d.key });
      if (!d.toProjectManagers)
        tick.notices.push({
          kind: "unknown-outcome",
          round,
          organisationId: d.organisationId,
          meeting: d.meeting,
          home: d.home,
          detail: d.title,
          about: d.key,
        });
      return;
    case "failed": {
      const error = formatFailure(result.failure);
      tick.report.failed.push({ ...line, error });
      if (result.failure.class === "permanent") await onPermanent(tick, round, d, result.failure.error);
      else tick.logger.warn("scheduler: post failed", { key: d.key, error });
      // Checked once and still unknown: nothing more the bot can do, so a person is told.
      if (result.failure.class === "ambiguous" && !mayRetry(result.failure) && !d.toProjectManagers)
        tick.notices.push({
          kind: "unknown-outcome",
          round,
          organisationId: d.organisationId,
          meeting: d.meeting,
          home: d.home,
          detail: d.title,
          about: d.key,
        });
    }
  }
}

/** One broken-channel notice per channel and day, whichever instance or message noticed it first. */
export function noticeKey(
  request: { kind: string; round: Round; home: ChatHome; about: string },
  timeZone: string,
  now: Date,
): string {
  if (request.kind === "unknown-outcome")
    return `${request.round.id}/notice/unknown-outcome/${request.about}`;
  const { platform, workspace, channel } = request.home;
  return `${request.round.id}/notice/broken-channel/${platform}/${workspace}/${channel}/${localDate(now, timeZone)}`;
}
