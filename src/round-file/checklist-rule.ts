// The round names its checklist version (`checklist: skr-10`) or its several forms
// (`checklists: [overall, committee]`), and every one of them exists.
import type { Checklist } from "../domain/checklist.ts";
import type { PathSegment } from "./errors.ts";
import { inBoth } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

function known(id: string, path: PathSegment[], checklists: ReadonlyMap<string, Checklist>): RuleProblem[] {
  if (checklists.has(id)) return [];
  const names = [...checklists.keys()].sort().join(", ") || "none";
  return [{ path, ...inBoth((t) => t.unknownChecklist(id, names)) }];
}

export function checklistRule(
  file: { checklist?: string | undefined; checklists?: string[] | undefined },
  checklists: ReadonlyMap<string, Checklist>,
): RuleProblem[] {
  if (file.checklist !== undefined && file.checklists !== undefined) {
    return [{ path: ["checklists"], ...inBoth((t) => t.checklistAndChecklists) }];
  }
  if (file.checklists !== undefined) {
    const problems = file.checklists.flatMap((id, i) => known(id, ["checklists", i], checklists));
    if (new Set(file.checklists).size !== file.checklists.length) {
      problems.push({ path: ["checklists"], ...inBoth((t) => t.checklistTwice) });
    }
    return problems;
  }
  if (file.checklist === undefined) {
    return [{ path: ["checklist"], ...inBoth((t) => t.checklistMissing) }];
  }
  return known(file.checklist, ["checklist"], checklists);
}
