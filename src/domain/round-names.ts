// What a round file names that a request is looked up by: a person's address, a workspace or tenant, an
// organisation's home channel. Both stores index these names when a round is saved, so that a request
// finds its round and organisation with one indexed read instead of a scan of every organisation and
// person (a national round has thousands). This file is the one definition of what counts.
import type { Platform, Round } from "./round.ts";

/**
 * Raised whenever roundNames() changes what it gives: each store then indexes its rounds again when it
 * opens, so that no name indexed under the old definition is left behind.
 */
export const ROUND_NAMES_VERSION = 1;

/**
 * One name and where it points: a person's or a home's organisation; none for a project manager and for
 * a workspace (it belongs to the round: asking whether a round names it needs no organisation).
 */
export interface RoundName {
  key: string;
  organisationId?: string | undefined;
}

/** Where the stored rounds name a key: one entry per round and organisation, in no particular order. */
export interface RoundNameHit {
  roundId: string;
  organisationId?: string | undefined;
}

type Place = { platform: Platform; workspace: string } | undefined;

/** A person of an organisation or a project manager, by the address in the round file. */
export function personName(email: string): string {
  return `person:${email}`;
}

/** A workspace (Slack team, Teams tenant) a home or an account names; ids compare without case. */
export function workspaceName(platform: Platform, workspace: string): string {
  return `workspace:${platform}:${workspace.toLowerCase()}`;
}

/** An organisation's home channel in the round file. */
export function homeName(platform: Platform, workspace: string, channel: string): string {
  return `home:${platform}:${workspace.toLowerCase()}:${channel}`;
}

/**
 * Every name the round file gives, each once: the people's addresses (per organisation), the home channels,
 * and the workspaces of the homes (the project managers' included) and of the accounts listed for people.
 */
export function roundNames(round: Round): RoundName[] {
  const seen = new Set<string>();
  const names: RoundName[] = [];
  const add = (key: string, organisationId?: string) => {
    const id = `${organisationId ?? ""}\n${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    names.push(organisationId === undefined ? { key } : { key, organisationId });
  };
  const addPlace = (place: Place) => {
    if (place) add(workspaceName(place.platform, place.workspace));
  };
  addPlace(round.projectManagerHome);
  for (const manager of round.projectManagers) {
    add(personName(manager.email));
    for (const account of manager.accounts ?? []) addPlace(account);
  }
  for (const organisation of round.organisations) {
    const { id, home } = organisation;
    addPlace(home);
    if (home) add(homeName(home.platform, home.workspace, home.channel), id);
    for (const person of organisation.people) {
      add(personName(person.email), id);
      for (const account of person.accounts ?? []) addPlace(account);
    }
  }
  return names;
}
