// The Teams SDK's logger interface on the bot's logger: what the SDK warns of (a token refused, a failed
// call) goes to the same log, structured, instead of its console logger.

import type { App } from "@microsoft/teams.apps";
import type { Logger } from "../../../logging/logger.ts";

/** The SDK's ILogger (from @microsoft/teams.common), as the App holds it. */
type ILogger = App["log"];
type LogLevel = Parameters<ILogger["log"]>[0];

export function sdkLogger(logger: Logger, name = "teams-sdk"): ILogger {
  const write = (level: LogLevel, parts: unknown[]) => {
    const [first, ...rest] = parts;
    const message = `${name}: ${typeof first === "string" ? first : String(first)}`;
    const fields = rest.length > 0 ? { detail: rest.map(describe) } : undefined;
    if (level === "error") logger.error(message, fields);
    else if (level === "warn") logger.warn(message, fields);
    // Below warn the SDK narrates each activity and MSAL each token request: that stays out of the log.
  };
  return {
    debug: () => {},
    trace: () => {},
    info: () => {},
    warn: (...msg) => write("warn", msg),
    error: (...msg) => write("error", msg),
    log: (level, ...msg) => write(level, msg),
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
}

/** An error's message, never a whole request object (which may carry the Authorization header). */
function describe(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part === "string") return part;
  return typeof part;
}
