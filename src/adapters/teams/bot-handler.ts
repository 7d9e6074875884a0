// The TeamsActivityHandler: botbuilder's dispatch by activity type, each kind handed to the same turn
// through the one error sink (turn-answer.ts).

import {
  ActivityTypes,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  INVOKE_RESPONSE_KEY,
  TeamsActivityHandler,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "../../logging/logger.ts";
import { botbuilderTurnIO } from "./botbuilder-turn-io.ts";
import type { TeamsTurn } from "./teams-turn.ts";
import { answerCardAction, cardActionKind, handleSafely, NOT_AN_ACTION } from "./turn-answer.ts";

export class ModellbotTeamsHandler extends TeamsActivityHandler {
  constructor(
    private readonly turn: TeamsTurn,
    private readonly logger: Logger,
    /** The bot's app id; empty in local development. */
    private readonly appId: string,
  ) {
    super();
    const run = async (context: TurnContext, next: () => Promise<void>) => {
      await handleSafely(this.turn, botbuilderTurnIO(context, this.appId), this.logger);
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
    const kind = cardActionKind(context?.activity);
    if (kind === "not-an-action") {
      // botbuilder answers such an invoke 501 ("not implemented"), which says nothing true about it.
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 400, body: NOT_AN_ACTION },
      });
      return;
    }
    if (kind !== "execute") return super.run(context);
    const response = await this.onAdaptiveCardInvoke(
      context,
      context.activity.value as AdaptiveCardInvokeValue,
    );
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
    const response = await answerCardAction(this.turn, botbuilderTurnIO(context, this.appId), this.logger);
    // botbuilder types `value` as an object; a message response carries a string, which Teams expects.
    return response as AdaptiveCardInvokeResponse;
  }
}
