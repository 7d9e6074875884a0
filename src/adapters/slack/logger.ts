// The logger the adapter is given, and the same logger in the shape Bolt and the Web API client expect.

import type { Logger as BoltLogger } from "@slack/bolt";
import { LogLevel } from "@slack/bolt";
import { redactSecrets } from "./redact-secrets.ts";

export interface AdapterLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

function joined(parts: unknown[]): string {
  return redactSecrets(
    parts
      .map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : JSON.stringify(p)))
      .join(" "),
  );
}

/** Bolt logs at info what we only want at debug (e.g. every web API call), so its info goes to debug. */
export function toBoltLogger(logger: AdapterLogger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => logger.debug?.(`slack: ${joined(msg)}`),
    info: (...msg) => logger.debug?.(`slack: ${joined(msg)}`),
    warn: (...msg) => logger.warn(`slack: ${joined(msg)}`),
    error: (...msg) => logger.error(`slack: ${joined(msg)}`),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
