// Who the bot could never recognise: a person is believed only from a workspace or tenant the round assigns
// to them (the organisation's home, a channel bound for it later, or an account listed for the person). A
// person with none of these is named, so that the project manager adds a home or an account, or binds one.
import type { RoundFile } from "./round-file-schema.ts";
import type { RuleProblem } from "./rule-problem.ts";

export function accountWarnings(file: RoundFile): RuleProblem[] {
  const problems: RuleProblem[] = [];
  file.organisations.forEach((o, i) => {
    if (o.home) return;
    o.people.forEach((p, j) => {
      if (p.accounts?.length) return;
      const message = `${p.name} (${o.id}) can only be recognised once a project manager binds a channel for ${o.id}: give ${o.id} a home, or list this person's accounts`;
      const sv = `${p.name} (${o.id}) kan kännas igen först när en projektledare kopplar en kanal till ${o.id}: ge ${o.id} ett hem, eller lista personens konton (accounts)`;
      problems.push({ path: ["organisations", i, "people", j], message, sv });
    });
  });
  if (!file.projectManagerHome) {
    file.projectManagers.forEach((p, i) => {
      if (p.accounts?.length) return;
      const message = `project manager ${p.name} can never be recognised: add projectManagerHome, or list their accounts`;
      const sv = `projektledaren ${p.name} kan aldrig kännas igen: lägg till projectManagerHome, eller lista personens konton (accounts)`;
      problems.push({ path: ["projectManagers", i], message, sv });
    });
  }
  return problems;
}
