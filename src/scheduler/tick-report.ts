// What one tick did, per message: sent, skipped (nothing missing, or too late) or failed.
import type { Card } from "../../cards/model.ts";
import type { ChatHome } from "../domain/round.ts";
import type { ScheduledKind } from "./scheduled-message.ts";

export type NoticeKind = "broken-channel" | "unknown-outcome" | "undelivered" | "account-alert";
export type MessageKind = ScheduledKind | NoticeKind;

export interface ReportLine {
  key: string;
  kind: MessageKind;
  organisationId: string;
  home?: ChatHome | undefined;
}

export interface SentLine extends ReportLine {
  messageId: string;
  /** True when a crashed instance had posted it and this tick found it and recorded it. */
  recovered?: boolean | undefined;
}

export interface FailedLine extends ReportLine {
  error: string;
}

/** Dry run only: what would have been sent; nothing was claimed. */
export interface UnsentLine extends ReportLine {
  card: Card;
}

export interface TickReport {
  at: string;
  sent: SentLine[];
  skippedNothingMissing: ReportLine[];
  skippedStale: ReportLine[];
  failed: FailedLine[];
  notSent: UnsentLine[];
}

export function emptyReport(now: Date): TickReport {
  return {
    at: now.toISOString(),
    sent: [],
    skippedNothingMissing: [],
    skippedStale: [],
    failed: [],
    notSent: [],
  };
}

export function lineOf(
  message: { key: string; kind: MessageKind; organisationId: string },
  home?: ChatHome,
): ReportLine {
  return { key: message.key, kind: message.kind, organisationId: message.organisationId, home };
}
