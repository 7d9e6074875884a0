// Who is speaking, in which round, for which organisation: resolved from a recognised e-mail address.
import type { Cluster, Organisation, ParticipantRole, Round } from "../domain/round.ts";
import { clusterMembers } from "../domain/round.ts";

export interface Actor {
  email: string;
  name: string;
  round: Round;
  projectManager: boolean;
  /** Set for the people of an organisation (mentor or benchmarking). */
  organisation?: Organisation | undefined;
  cluster?: Cluster | undefined;
  role?: ParticipantRole | undefined;
  /** Belongs to the mentor organisation of its cluster. */
  mentor: boolean;
}

export function actorInRound(round: Round, email: string): Actor | undefined {
  const wanted = email.trim().toLowerCase();
  const manager = round.projectManagers.find((p) => p.email === wanted);
  for (const organisation of round.organisations) {
    const person = organisation.people.find((p) => p.email === wanted);
    if (!person) continue;
    const cluster = round.clusters.find((c) => clusterMembers(c).includes(organisation.id));
    return {
      email: wanted,
      name: person.name,
      round,
      projectManager: manager !== undefined,
      organisation,
      cluster,
      role: person.role,
      mentor: cluster?.mentor === organisation.id,
    };
  }
  if (manager) return { email: wanted, name: manager.name, round, projectManager: true, mentor: false };
  return undefined;
}

/**
 * The round to act in, among those that trust this account for the address: the one the channel belongs
 * to, else the newest.
 */
export function findActor(
  rounds: readonly Round[],
  email: string,
  channelRoundId: string | undefined,
): Actor | undefined {
  if (channelRoundId) {
    const round = rounds.find((r) => r.id === channelRoundId);
    const actor = round && actorInRound(round, email);
    if (actor) return actor;
  }
  const newestFirst = [...rounds].sort((a, b) => b.startUp.localeCompare(a.startUp));
  for (const round of newestFirst) {
    const actor = actorInRound(round, email);
    if (actor) return actor;
  }
  return undefined;
}
