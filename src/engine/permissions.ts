// The one permission table: who may run which command on whose organisation or cluster. Every role decision
// of the engine is made here (the help card shows what it allows; a test compares it with the README).
import { clusterMembers } from "../domain/round.ts";
import type { Actor } from "./actor.ts";
import type { CommandName } from "./command-words.ts";

export const ROLES = ["participant", "key-person", "mentor", "project-manager"] as const;
export type Role = (typeof ROLES)[number];

/** How far a role reaches with a command. A role missing from a command's row may not run it. */
export type Reach = "anyone" | "own-organisation" | "own-cluster" | "round";

/** The commands the table covers: `home` (Slack's App Home) is `guide` under another name. */
export type PermittedCommand = Exclude<CommandName, "home">;

export const PERMISSIONS: Readonly<Record<PermittedCommand, Readonly<Partial<Record<Role, Reach>>>>> = {
  help: { participant: "anyone", "key-person": "anyone", mentor: "anyone", "project-manager": "anyone" },
  language: { participant: "anyone", "key-person": "anyone", mentor: "anyone", "project-manager": "anyone" },
  guide: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-organisation",
    "project-manager": "round",
  },
  status: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-cluster",
    "project-manager": "round",
  },
  results: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-cluster",
    "project-manager": "round",
  },
  assess: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-organisation",
    "project-manager": "round",
  },
  pdsa: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-organisation",
    "project-manager": "round",
  },
  stats: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-organisation",
    "project-manager": "round",
  },
  published: { "key-person": "own-organisation", "project-manager": "round" },
  description: { "key-person": "own-organisation", "project-manager": "round" },
  setstep: { mentor: "own-cluster", "project-manager": "round" },
  export: { "project-manager": "round" },
  bind: { "project-manager": "round" },
  dashboard: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-cluster",
    "project-manager": "round",
  },
  history: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-cluster",
    "project-manager": "round",
  },
  calendar: {
    participant: "own-organisation",
    "key-person": "own-organisation",
    mentor: "own-cluster",
    "project-manager": "round",
  },
};

/** What a command acts on: one organisation, one cluster, or the round as a whole. */
export type Target =
  | { organisationId: string; clusterId?: undefined }
  | { clusterId: string; organisationId?: undefined }
  | { round: true; organisationId?: undefined; clusterId?: undefined };

export function rolesOf(actor: Actor): Role[] {
  const roles: Role[] = [];
  if (actor.organisation) roles.push("participant");
  if (actor.organisation && actor.role === "key-person") roles.push("key-person");
  if (actor.organisation && actor.mentor) roles.push("mentor");
  if (actor.projectManager) roles.push("project-manager");
  return roles;
}

function reaches(actor: Actor, reach: Reach, target: Target): boolean {
  const { round } = actor;
  switch (reach) {
    case "anyone":
      return true;
    case "round":
      return (
        ("round" in target && target.round) ||
        (target.organisationId !== undefined &&
          round.organisations.some((o) => o.id === target.organisationId)) ||
        (target.clusterId !== undefined && round.clusters.some((c) => c.id === target.clusterId))
      );
    case "own-cluster": {
      const own = actor.cluster;
      if (!own) return false;
      if (target.clusterId !== undefined) return target.clusterId === own.id;
      return target.organisationId !== undefined && clusterMembers(own).includes(target.organisationId);
    }
    case "own-organisation":
      return target.organisationId !== undefined && target.organisationId === actor.organisation?.id;
  }
}

/** May this actor run `command` on `target`? */
export function mayAct(actor: Actor, command: PermittedCommand, target: Target): boolean {
  const row = PERMISSIONS[command];
  return rolesOf(actor).some((role) => {
    const reach = row[role];
    return reach !== undefined && reaches(actor, reach, target);
  });
}

/** May this actor run `command` at all (on something)? The help card lists these. */
export function mayRun(actor: Actor, command: PermittedCommand): boolean {
  const row = PERMISSIONS[command];
  return rolesOf(actor).some((role) => row[role] !== undefined);
}

/** Is the target outside the actor's own organisation (and cluster, for a cluster)? For the audit trail. */
export function crossesOrganisation(actor: Actor, target: Target): boolean {
  if (target.organisationId !== undefined) return target.organisationId !== actor.organisation?.id;
  if (target.clusterId !== undefined) return target.clusterId !== actor.cluster?.id;
  return false;
}
