// Everything one tick shares: its dependencies, the report it fills and the notices it owes the
// project managers once the fan-out is done.
import type { Checklist } from "../domain/checklist.ts";
import type { ChatHome, Round } from "../domain/round.ts";
import type { Logger } from "../logging/logger.ts";
import type { DeliveryContext } from "./delivery.ts";
import type { PendingNotice } from "./notice-retries.ts";
import type { Slices } from "./slices.ts";
import type { NoticeKind, TickReport } from "./tick-report.ts";

export interface NoticeRequest {
  kind: NoticeKind;
  round: Round;
  organisationId: string;
  meeting: string;
  /** The channel that broke, or where the post of unknown outcome went. */
  home: ChatHome;
  /** The platform's reason, or the title of the post that may not have arrived. */
  detail: string;
  /** The outbox key of the message concerned. */
  about: string;
}

export interface TickContext {
  delivery: DeliveryContext;
  checklists: ReadonlyMap<string, Checklist>;
  logger: Logger;
  leaseMs: number;
  dryRun: boolean;
  now: Date;
  report: TickReport;
  notices: NoticeRequest[];
  /** Keys already warned about (no chat home) by this instance: warned once, not every tick. */
  warned: Set<string>;
  /** Where the tick lets the event loop answer requests (slices.ts). */
  slices: Slices;
  /** Notices to the project managers whose failure may be retried by a later tick, by outbox key. */
  pendingNotices: Map<string, PendingNotice>;
}
