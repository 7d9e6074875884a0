// The round names a checklist version that exists.
import type { Checklist } from "../domain/checklist.ts";
import type { RuleProblem } from "./rule-problem.ts";

export function checklistRule(id: string, checklists: ReadonlyMap<string, Checklist>): RuleProblem[] {
  if (checklists.has(id)) return [];
  const known = [...checklists.keys()].sort().join(", ") || "none";
  const message = `unknown checklist "${id}": use one of ${known}, or add ${id}.json to a checklist folder`;
  const sv = `okänd checklista "${id}": använd någon av ${known}, eller lägg ${id}.json i en checklistmapp`;
  return [{ path: ["checklist"], message, sv }];
}
