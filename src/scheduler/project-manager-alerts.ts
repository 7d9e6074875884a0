// The engine's notices to the project managers (a refused attempt on another organisation, an account whose
// e-mail changed), sent to their channel through the same outbox as every reminder: once per key, ever.
import type { Card } from "../../cards/model.ts";
import type { ChannelSender } from "../delivery/sender-port.ts";
import type { Platform, Round } from "../domain/round.ts";
import type { ProjectManagerAlerts } from "../engine/audit.ts";
import type { Logger } from "../logging/logger.ts";
import type { Store } from "../store/port.ts";
import { projectManagerHome } from "./chat-home.ts";
import { claimAndSend, type DeliveryContext } from "./delivery.ts";

export function createProjectManagerAlerts(options: {
  store: Store;
  senders: Partial<Record<Platform, ChannelSender>>;
  instanceId: string;
  logger: Logger;
}): ProjectManagerAlerts {
  const delivery: DeliveryContext = {
    store: options.store,
    senders: options.senders,
    instanceId: options.instanceId,
    inFlight: new Set(),
  };
  return {
    async tell(round: Round, key: string, card: Card, now: Date) {
      try {
        const home = await projectManagerHome(options.store, round);
        if (!home) {
          options.logger.error("alerts: no project managers' home to tell; see the audit trail", { key });
          return;
        }
        const result = await claimAndSend(
          delivery,
          {
            key,
            kind: "account-alert",
            roundId: round.id,
            organisationId: "project-managers",
            meeting: "",
            home,
            card,
          },
          now,
        );
        if (result.status === "failed")
          options.logger.warn("alerts: the project managers' notice was not delivered", {
            key,
            failure: result.failure,
          });
      } catch (error) {
        // A notice that fails must not turn the person's refusal into an error: the audit trail has it.
        options.logger.error("alerts: could not tell the project managers", {
          key,
          err: error,
        });
      }
    },
  };
}
