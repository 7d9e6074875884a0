// GET /healthz: 200 while the store reads and takes writes, 503 with the reason otherwise (a failed
// fsync, a closed store, an unreachable database), with the scheduler's state. A change of state is
// logged once, so that the operator's log says when the bot stopped (or started again) saving.

import { errorMessage } from "../logging/error-message.ts";
import type { Logger } from "../logging/logger.ts";
import type { Store } from "../store/port.ts";
import type { Route } from "./route.ts";

export interface StoreHealth {
  store: "ok" | "failing";
  reason?: string | undefined;
}

export async function storeHealth(store: Store): Promise<StoreHealth> {
  const refusal = store.writeRefusal?.();
  if (refusal) return { store: "failing", reason: `writes refused: ${refusal}` };
  if (store.unreachable) {
    // A short ping: a read would wait for the driver's server selection, tens of seconds.
    const unreachable = await store.unreachable();
    return unreachable ? { store: "failing", reason: `unreachable: ${unreachable}` } : { store: "ok" };
  }
  try {
    // A point read that nothing keeps: an unreachable database shows.
    await store.getOutbox("healthz/probe");
    return { store: "ok" };
  } catch (error) {
    return {
      store: "failing",
      reason: `reads fail: ${errorMessage(error)}`,
    };
  }
}

export function healthRoute(
  store: Store,
  scheduler: () => Record<string, unknown>,
  logger?: Pick<Logger, "info" | "error">,
): Route {
  let last: string | undefined = "ok";
  return {
    method: "GET",
    path: "/healthz",
    async handler(_req, res) {
      const health = await storeHealth(store);
      const state = health.reason ?? "ok";
      if (state !== last) {
        if (health.reason) logger?.error("health: store failing", { reason: health.reason });
        else logger?.info("health: store ok again");
        last = state;
      }
      const body = JSON.stringify({
        status: health.store === "ok" ? "ok" : "degraded",
        ...health,
        ...scheduler(),
      });
      res.writeHead(health.store === "ok" ? 200 : 503, { "content-type": "application/json" }).end(body);
    },
  };
}
