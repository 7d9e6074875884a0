// GET /healthz: 200 when the store answers, 503 otherwise, with the scheduler's state.
import type { Store } from "../store/port.ts";
import type { Route } from "./route.ts";

export function healthRoute(store: Store, scheduler: () => Record<string, unknown>): Route {
  return {
    method: "GET",
    path: "/healthz",
    async handler(_req, res) {
      let storeState: "ok" | "failing" = "ok";
      try {
        await store.listRounds();
      } catch {
        storeState = "failing";
      }
      const body = JSON.stringify({
        status: storeState === "ok" ? "ok" : "degraded",
        store: storeState,
        ...scheduler(),
      });
      res.writeHead(storeState === "ok" ? 200 : 503, { "content-type": "application/json" }).end(body);
    },
  };
}
