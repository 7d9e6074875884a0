// What every command and form handler gets: who asks, where, when, in which language, and the ports.
import type { Checklist } from "../domain/checklist.ts";
import type { Locale } from "../domain/round.ts";
import type { Store } from "../store/port.ts";
import type { Actor } from "./actor.ts";
import type { ProjectManagerAlerts } from "./audit.ts";
import type { DashboardLinks } from "./dashboard-port.ts";
import type { InboundEvent } from "./events.ts";
import type { PlatformAccount } from "./identity.ts";
import type { Messages } from "./messages.ts";

export interface EngineDeps {
  store: Store;
  checklists: ReadonlyMap<string, Checklist>;
  /** A fresh one-time value for a form (injected so tests can predict it). */
  newNonce: () => string;
  /** Where refused attempts and changed identities are told to the project managers; none: audit only. */
  alerts?: ProjectManagerAlerts | undefined;
  /** Personal signed links to the dashboard and calendars; none: the dashboard is off on this bot. */
  dashboard?: DashboardLinks | undefined;
}

/** The organisation a channel belongs to, when it is bound (stored binding or the round file's home). */
export interface Place {
  roundId?: string | undefined;
  organisationId?: string | undefined;
}

export interface Context {
  deps: EngineDeps;
  actor: Actor;
  /** The platform account the actor spoke from (for the audit trail). */
  account: PlatformAccount;
  checklist: Checklist;
  locale: Locale;
  say: Messages;
  now: Date;
  event: Exclude<InboundEvent, { type: "unsupported" }>;
  place: Place;
}
