// The bot's logger in the shape Bolt and the Web API client expect.

import type { Logger as BoltLogger } from "@slack/bolt";
import { LogLevel } from "@slack/bolt";
import type { Logger } from "../../logging/logger.ts";
import { redactSecrets } from "./redact-secrets.ts";

function joined(parts: unknown[]): string {
  return redactSecrets(
    parts
      .map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : JSON.stringify(p)))
      .join(" "),
  );
}

/** An Error among Bolt's arguments goes along whole, so that its stack and cause reach the log. */
function errorOf(parts: unknown[]): { err: Error } | undefined {
  const err = parts.find((p) => p instanceof Error);
  return err ? { err } : undefined;
}

/** Bolt logs at info what we only want at debug (e.g. every web API call), so its info goes to debug. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => logger.debug(`slack: ${joined(msg)}`),
    info: (...msg) => logger.debug(`slack: ${joined(msg)}`),
    warn: (...msg) => logger.warn(`slack: ${joined(msg)}`, errorOf(msg)),
    error: (...msg) => logger.error(`slack: ${joined(msg)}`, errorOf(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
