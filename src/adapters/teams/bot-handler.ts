// The TeamsActivityHandler: botbuilder's dispatch by activity type, each kind handed to the same turn
// through the one error sink (turn-answer.ts).

import {
  ActivityTypes,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
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
   * An adaptiveCard/action invoke without a value object: botbuilder would answer 501 ("not implemented"),
   * which says nothing true about it, so it gets our 400. Everything else goes through botbuilder's dispatch.
   */
  override async run(context: TurnContext): Promise<void> {
    if (cardActionKind(context?.activity) !== "not-an-action") return super.run(context);
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 400, body: NOT_AN_ACTION },
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
