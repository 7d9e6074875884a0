// Rules about organisations and people: unique ids, the three roles, one person per e-mail.
import { PARTICIPANT_ROLES } from "../domain/round.ts";
import type { RoundFile, RoundFileOrganisation } from "./round-file-schema.ts";
import type { RuleProblem } from "./rule-problem.ts";

function duplicateOrganisations(file: RoundFile): RuleProblem[] {
  const seen = new Map<string, number>();
  return file.organisations.flatMap((o, i) => {
    const first = seen.get(o.id);
    if (first === undefined) {
      seen.set(o.id, i);
      return [];
    }
    const message = `the id "${o.id}" is already used by organisations[${first}]: give each organisation its own id`;
    const sv = `id:t "${o.id}" används redan av organisations[${first}]: ge varje organisation ett eget id`;
    return [{ path: ["organisations", i, "id"], message, sv }];
  });
}

// Each organisation appoints exactly one elected official, one administrator and one key person.
function roles(o: RoundFileOrganisation, i: number): RuleProblem[] {
  return PARTICIPANT_ROLES.flatMap((role) => {
    const count = o.people.filter((p) => p.role === role).length;
    if (count === 1) return [];
    const message =
      count === 0
        ? `${o.id} has no ${role}: add a person with "role: ${role}" (every organisation appoints an elected-official, an administrator and a key-person)`
        : `${o.id} has ${count} people with the role ${role}: keep exactly one`;
    const sv =
      count === 0
        ? `${o.id} saknar ${role}: lägg till en person med "role: ${role}" (varje organisation utser en förtroendevald, en tjänsteperson och en nyckelperson)`
        : `${o.id} har ${count} personer med rollen ${role}: behåll exakt en`;
    return [{ path: ["organisations", i, "people"], message, sv }];
  });
}

// Adapters resolve a chat user to a person by e-mail, so an e-mail must name one person.
function duplicateEmails(file: RoundFile): RuleProblem[] {
  const seen = new Map<string, string>();
  const problems: RuleProblem[] = [];
  file.organisations.forEach((o, i) => {
    o.people.forEach((p, j) => {
      const email = p.email.toLowerCase();
      const owner = seen.get(email);
      if (owner !== undefined) {
        const message = `${email} is already listed for ${owner}: a person belongs to one organisation, once`;
        const sv = `${email} står redan under ${owner}: en person hör till en organisation, en gång`;
        problems.push({ path: ["organisations", i, "people", j, "email"], message, sv });
      } else seen.set(email, o.id);
    });
  });
  return problems;
}

// Reminders go to an organisation's home: two organisations in one channel would read each other's.
function sharedHomes(file: RoundFile): RuleProblem[] {
  const seen = new Map<string, string>();
  return file.organisations.flatMap((o, i) => {
    if (!o.home) return [];
    const key = `${o.home.platform}/${o.home.workspace.toLowerCase()}/${o.home.channel}`;
    const owner = seen.get(key);
    if (owner === undefined) {
      seen.set(key, o.id);
      return [];
    }
    const message = `this channel is already ${owner}'s home: each organisation needs a channel of its own`;
    const sv = `den här kanalen är redan ${owner}s kanal: varje organisation behöver en egen kanal`;
    return [{ path: ["organisations", i, "home", "channel"], message, sv }];
  });
}

export function organisationRules(file: RoundFile): RuleProblem[] {
  return [
    ...duplicateOrganisations(file),
    ...file.organisations.flatMap((o, i) => roles(o, i)),
    ...duplicateEmails(file),
    ...sharedHomes(file),
  ];
}
