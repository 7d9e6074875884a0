// The real logger (pino) writing into memory, so a test can read the lines a person running the bot would see.
import { createLogger, type Logger, type LogLevel } from "../../src/logging/logger.ts";

export interface LogLines {
  logger: Logger;
  /** Each line parsed: `level`, `event`, `time` and the fields. */
  entries: Record<string, unknown>[];
  /** Each line as `<level> <event> <the rest as JSON>`, for a quick `startsWith`/`includes`. */
  lines: string[];
}

export function logLines(level: LogLevel = "debug"): LogLines {
  const entries: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const destination = {
    write(line: string) {
      const { level: at, event, time: _time, ...rest } = JSON.parse(line) as Record<string, unknown>;
      entries.push({ level: at, event, ...rest });
      lines.push(`${String(at)} ${String(event)} ${JSON.stringify(rest)}`);
    },
  };
  return { logger: createLogger(level, destination), entries, lines };
}
