// The bot's one logger: JSON lines through pino. Secrets are redacted by path, errors keep stack, code and cause.
import { type DestinationStream, pino } from "pino";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Fields carry ids, keys and channels, never message contents. Pass an Error itself as `err`. */
export type LogFields = Record<string, unknown>;

/** Every part of the bot logs through this interface (adapters, scheduler, server, CLI). */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const SECRET_FIELDS = [
  "token",
  "botToken",
  "accessToken",
  "refreshToken",
  "userToken",
  "secret",
  "clientSecret",
  "signingSecret",
  "stateSecret",
  "password",
  "appPassword",
  "authorization",
  "signature",
  "cookie",
];

/**
 * The paths pino censors: each secret field at the top and up to two levels down (a Slack installation's
 * `bot.token`), and the request headers that carry them.
 */
export const REDACTED_PATHS: readonly string[] = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  ...SECRET_FIELDS.map((field) => `*.*.${field}`),
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  "*.headers.authorization",
  "*.headers.cookie",
];

const errorFields = (value: unknown) => (value instanceof Error ? pino.stdSerializers.err(value) : value);

/** `destination` is where the lines go: stdout by default; tests and the CLI pass a stream of their own. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const base = pino(
    {
      level,
      base: undefined,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: "[masked]" },
      // `err` is the name; an Error under `error` or `cause` is serialised the same way rather than lost as {}.
      serializers: { err: errorFields, error: errorFields, cause: errorFields },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  const at =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}) =>
      base[level](fields, event);
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
