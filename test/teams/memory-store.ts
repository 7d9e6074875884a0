// A small in-memory stand-in for the parts of the store the Teams adapter uses, recording every write.

import type { TeamsStore } from "../../src/adapters/teams/teams-ports.ts";
import type { Platform, Round } from "../../src/domain/round.ts";
import { type RoundNameHit, roundNames } from "../../src/domain/round-names.ts";
import type { Binding, ConversationReferenceRecord } from "../../src/store/port.ts";

export class MemoryTeamsStore implements TeamsStore {
  readonly rounds: Round[] = [];
  readonly bindings: Binding[] = [];
  readonly events = new Set<string>();
  readonly references = new Map<string, ConversationReferenceRecord>();
  /** Every write, in order: what "nothing stored" is checked against. */
  readonly writes: string[] = [];

  async listRounds(): Promise<Round[]> {
    return this.rounds;
  }

  /** From the rounds held, through the same definition the stores index. */
  async roundsNaming(key: string): Promise<RoundNameHit[]> {
    return this.rounds.flatMap((round) =>
      roundNames(round)
        .filter((n) => n.key === key)
        .map((n) => ({ roundId: round.id, organisationId: n.organisationId })),
    );
  }

  async listBindings(roundId?: string): Promise<Binding[]> {
    return this.bindings.filter((b) => roundId === undefined || b.roundId === roundId);
  }

  async rememberEvent(eventId: string): Promise<boolean> {
    this.writes.push(`event ${eventId}`);
    if (this.events.has(eventId)) return false;
    this.events.add(eventId);
    return true;
  }

  async forgetEvent(eventId: string): Promise<void> {
    this.writes.push(`forget ${eventId}`);
    this.events.delete(eventId);
  }

  async saveConversationReference(
    platform: Platform,
    workspace: string,
    channel: string,
    reference: unknown,
    at: string,
  ): Promise<void> {
    this.writes.push(`reference ${workspace} ${channel}`);
    this.references.set(`${platform}|${workspace}|${channel}`, {
      platform,
      workspace,
      channel,
      reference,
      savedAt: at,
    });
  }

  async getConversationReference(platform: Platform, workspace: string, channel: string) {
    return this.references.get(`${platform}|${workspace}|${channel}`);
  }
}
