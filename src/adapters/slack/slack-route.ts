// POST /slack/events on the bot's own HTTP server: our timestamp check, then Bolt's receiver (signature,
// body parsing, ack) takes the request. The handler resolves once Slack has its HTTP answer.
import { finished } from "node:stream/promises";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import { checkSlackTimestamp } from "./verify-timestamp.ts";

export const SLACK_EVENTS_PATH = "/slack/events";

export function slackEventsRoute(receiver: HTTPReceiver, logger: Logger): Route {
  return {
    method: "POST",
    path: SLACK_EVENTS_PATH,
    handler: async (req, res) => {
      // Real time, not the bot's clock: signatures are made with Slack's clock.
      const check = checkSlackTimestamp(req.headers, new Date());
      if (!check.ok) {
        logger.warn("slack: request refused", { reason: check.reason });
        res.writeHead(401).end();
        req.resume();
        return;
      }
      const answered = finished(res).catch(() => {});
      receiver.requestListener(req, res);
      await answered;
    },
  };
}
