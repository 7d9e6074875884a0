// A post whose token could not be had, whichever library asked for it: see send-failure.ts.

/**
 * The bot's token for the Bot Connector could not be had (the Microsoft token endpoint is down or refused
 * the app): the post never left, so it is safe to send again, and every other post fails the same way.
 */
export class TokenUnavailableError extends Error {
  override name = "TokenUnavailableError";
  readonly code = "ETOKENUNAVAILABLE";
}
