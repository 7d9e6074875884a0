// Who the bot could never recognise: a person is believed only from a workspace or tenant the round assigns
// to them (the organisation's home, a channel bound for it later, or an account listed for the person). A
// person with none of these is named, so that the project manager adds a home or an account, or binds one.
import type { RoundFile } from "./round-file-schema.ts";
import { inBoth } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

export function accountWarnings(file: RoundFile): RuleProblem[] {
  const problems: RuleProblem[] = [];
  file.organisations.forEach((o, i) => {
    if (o.home) return;
    o.people.forEach((p, j) => {
      if (p.accounts?.length) return;
      const { message, sv } = inBoth((t) => t.unrecognisablePerson(p.name, o.id));
      problems.push({ path: ["organisations", i, "people", j], message, sv });
    });
  });
  if (!file.projectManagerHome) {
    file.projectManagers.forEach((p, i) => {
      if (p.accounts?.length) return;
      const { message, sv } = inBoth((t) => t.unrecognisableProjectManager(p.name));
      problems.push({ path: ["projectManagers", i], message, sv });
    });
  }
  return problems;
}
