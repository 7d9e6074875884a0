// The TeamsActivityHandler: botbuilder's dispatch by activity type, each kind handed to the same turn.
// The one error sink: a bug in a turn is logged and never makes Teams re-send the activity.
import {
  ActivityTypes,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  INVOKE_RESPONSE_KEY,
  TeamsActivityHandler,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "../../logging/logger.ts";
import { messageInvokeResponse } from "./card-activity.ts";
import type { TeamsTurn } from "./teams-turn.ts";

const FAILED = Symbol("turn failed");
/** Shown to the person who pressed the button when the bot itself failed; the submission is in the log. */
const SOMETHING_WENT_WRONG =
  "Något gick fel hos boten. Försök igen om en stund. / Something went wrong in the bot. Please try again shortly.";

/** The answer to an `adaptiveCard/action` whose value is not an object: no card action can be in it. */
export const NOT_AN_ACTION = {
  statusCode: 400,
  type: "application/vnd.microsoft.error",
  value: {
    code: "BadRequest",
    message: "adaptiveCard/action needs an object value with an action (Action.Execute and its data)",
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class ModellbotTeamsHandler extends TeamsActivityHandler {
  constructor(
    private readonly turn: TeamsTurn,
    private readonly logger: Logger,
  ) {
    super();
    const run = async (context: TurnContext, next: () => Promise<void>) => {
      await this.safely(context);
      await next();
    };
    this.onMessage(run);
    this.onConversationUpdate(run);
    this.onInstallationUpdate(run);
  }

  /**
   * A form's Action.Execute goes straight to onAdaptiveCardInvoke and its answer into the invoke response,
   * as botbuilder's own dispatch would send it, but without the seven awaited layers of ActivityHandler's
   * generic dispatch: the Teams route's CPU per submission went from about 255 to 210 µs (`npx tsx
   * bench/submission-cpu.ts teams 16 4000 5`, old and new in turn). Everything else, a malformed invoke
   * included, goes through botbuilder's dispatch (its 400 and 501 answers).
   */
  override async run(context: TurnContext): Promise<void> {
    const activity = context?.activity;
    const value = activity?.value as { action?: { type?: unknown } } | undefined;
    if (
      activity?.type === ActivityTypes.Invoke &&
      activity.name === "adaptiveCard/action" &&
      !isObject(value)
    ) {
      // botbuilder answers such an invoke 501 ("not implemented"), which says nothing true about it.
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 400, body: NOT_AN_ACTION },
      });
      return;
    }
    if (
      activity?.type !== ActivityTypes.Invoke ||
      activity.name !== "adaptiveCard/action" ||
      value?.action?.type !== "Action.Execute"
    )
      return super.run(context);
    const response = await this.onAdaptiveCardInvoke(context, activity.value as AdaptiveCardInvokeValue);
    if (!context.turnState.get(INVOKE_RESPONSE_KEY))
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: response.statusCode, body: response },
      });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    _value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const result = await this.safely(context);
    const response =
      result === FAILED ? messageInvokeResponse(SOMETHING_WENT_WRONG) : (result ?? messageInvokeResponse(""));
    // botbuilder types `value` as an object; a message response carries a string, which Teams expects.
    return response as AdaptiveCardInvokeResponse;
  }

  private async safely(context: TurnContext) {
    try {
      return await this.turn.handle(context);
    } catch (error) {
      this.logger.error("teams: turn failed", {
        type: context.activity.type,
        err: error,
      });
      return FAILED;
    }
  }
}
