// The one error sink of a turn, and what Teams gets back for a card action, whichever library delivered it:
// a bug in a turn is logged and never makes Teams re-send the activity.
import type { Logger } from "../../logging/logger.ts";
import { type CardInvokeResponse, messageInvokeResponse } from "./card-activity.ts";
import { teamsText } from "./teams-texts.ts";
import type { TeamsTurn } from "./teams-turn.ts";
import type { TurnIO } from "./turn-io.ts";

const FAILED = Symbol("turn failed");

/** The answer to an `adaptiveCard/action` whose value is not an object: no card action can be in it. */
export const NOT_AN_ACTION = {
  statusCode: 400,
  type: "application/vnd.microsoft.error",
  value: {
    code: "BadRequest",
    message: "adaptiveCard/action needs an object value with an action (Action.Execute and its data)",
  },
};

/** The answer to an `adaptiveCard/action` with another action type, as botbuilder words it. */
export function notSupported(activity: unknown) {
  const value = (activity as { value?: { action?: { type?: unknown } } } | undefined)?.value;
  return {
    statusCode: 400,
    type: "application/vnd.microsoft.error",
    value: { code: "NotSupported", message: `The action '${String(value?.action?.type)}' is not supported.` },
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Runs the turn; a failure is logged and comes back as FAILED. */
export async function handleSafely(
  turn: TeamsTurn,
  io: TurnIO,
  logger: Logger,
): Promise<CardInvokeResponse | undefined | typeof FAILED> {
  try {
    return await turn.handle(io);
  } catch (error) {
    logger.error("teams: turn failed", {
      type: (io.activity as { type?: unknown } | undefined)?.type,
      err: error,
    });
    return FAILED;
  }
}

/** An Action.Execute's invoke response: the turn's card, or a short note when it failed or said nothing. */
export async function answerCardAction(
  turn: TeamsTurn,
  io: TurnIO,
  logger: Logger,
): Promise<CardInvokeResponse> {
  const result = await handleSafely(turn, io, logger);
  return result === FAILED
    ? messageInvokeResponse(
        teamsText((io.activity as { locale?: unknown } | undefined)?.locale).somethingWentWrong,
      )
    : (result ?? messageInvokeResponse(""));
}

/**
 * An `adaptiveCard/action` invoke: "execute" for an Action.Execute (answered with the turn's card),
 * "not-an-action" when its value is no object (answered 400 with NOT_AN_ACTION), "other" for another
 * action type; undefined for any other activity.
 */
export function cardActionKind(activity: unknown): "execute" | "not-an-action" | "other" | undefined {
  const a = activity as { type?: unknown; name?: unknown; value?: unknown } | undefined;
  if (a?.type !== "invoke" || a.name !== "adaptiveCard/action") return undefined;
  if (!isObject(a.value)) return "not-an-action";
  const action = a.value.action as { type?: unknown } | undefined;
  return action?.type === "Action.Execute" ? "execute" : "other";
}
