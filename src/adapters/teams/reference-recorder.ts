// Stores the conversation reference of every conversation that talks to the bot. A reference rarely
// changes, so an unchanged one is written again at most once an hour, not on every message.
import type { ConversationAddress } from "./conversation-address.ts";
import { referenceFromActivity } from "./conversation-reference.ts";
import type { TeamsActivity } from "./teams-activity.ts";
import type { Clock, TeamsStore } from "./teams-ports.ts";

const REWRITE_AFTER_MS = 60 * 60_000;
const MAX_REMEMBERED = 10_000;

export class ReferenceRecorder {
  readonly #written = new Map<string, { json: string; at: number }>();

  constructor(
    private readonly store: Pick<TeamsStore, "saveConversationReference">,
    private readonly clock: Clock,
  ) {}

  async remember(activity: TeamsActivity, address: ConversationAddress): Promise<void> {
    const reference = referenceFromActivity(activity, address);
    const key = `${address.tenantId}|${address.channel}`;
    const json = JSON.stringify(reference);
    const now = this.clock();
    const last = this.#written.get(key);
    if (last && last.json === json && now.getTime() - last.at < REWRITE_AFTER_MS) return;
    await this.store.saveConversationReference(
      "teams",
      address.tenantId,
      address.channel,
      reference,
      now.toISOString(),
    );
    if (this.#written.size >= MAX_REMEMBERED) this.#written.clear();
    this.#written.set(key, { json, at: now.getTime() });
  }
}
