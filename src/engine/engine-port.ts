// What an adapter calls: one neutral event in, neutral replies out. The engine never throws for an
// expected outcome (unknown user, wrong organisation, bad form): those are replies.
import type { InboundEvent, Reply } from "./events.ts";

export interface ConversationEngine {
  /** `now` is passed in: the engine never reads the clock. */
  handle(event: InboundEvent, now: Date): Promise<Reply[]>;
}
