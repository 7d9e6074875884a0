// Rules about organisations and people: unique ids, the three roles, one person per e-mail.
import { PARTICIPANT_ROLES } from "../domain/round.ts";
import { homeName } from "../domain/round-names.ts";
import type { RoundFile, RoundFileOrganisation } from "./round-file-schema.ts";
import { inBoth } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

function duplicateOrganisations(file: RoundFile): RuleProblem[] {
  const seen = new Map<string, number>();
  return file.organisations.flatMap((o, i) => {
    const first = seen.get(o.id);
    if (first === undefined) {
      seen.set(o.id, i);
      return [];
    }
    const { message, sv } = inBoth((t) => t.organisationIdTwice(o.id, first));
    return [{ path: ["organisations", i, "id"], message, sv }];
  });
}

// Each organisation appoints exactly one elected official, one administrator and one key person.
function roles(o: RoundFileOrganisation, i: number): RuleProblem[] {
  return PARTICIPANT_ROLES.flatMap((role) => {
    const count = o.people.filter((p) => p.role === role).length;
    if (count === 1) return [];
    const text = inBoth((t) => (count === 0 ? t.roleMissing(o.id, role) : t.roleTwice(o.id, count, role)));
    return [{ path: ["organisations", i, "people"], ...text }];
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
        const { message, sv } = inBoth((t) => t.emailTwice(email, owner));
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
    // The same channel as the bot finds an organisation by (round-names.ts).
    const key = homeName(o.home.platform, o.home.workspace, o.home.channel);
    const owner = seen.get(key);
    if (owner === undefined) {
      seen.set(key, o.id);
      return [];
    }
    const { message, sv } = inBoth((t) => t.channelTwice(owner));
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
