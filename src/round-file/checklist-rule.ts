// The round names its checklist version (`checklist: skr-10`) or its several forms
// (`checklists: [overall, committee]`), and every one of them exists.
import type { Checklist } from "../domain/checklist.ts";
import type { PathSegment } from "./errors.ts";
import type { RuleProblem } from "./rule-problem.ts";

function known(id: string, path: PathSegment[], checklists: ReadonlyMap<string, Checklist>): RuleProblem[] {
  if (checklists.has(id)) return [];
  const names = [...checklists.keys()].sort().join(", ") || "none";
  const message = `unknown checklist "${id}": use one of ${names}, or add ${id}.json to a checklist folder`;
  const sv = `okänd checklista "${id}": använd någon av ${names}, eller lägg ${id}.json i en checklistmapp`;
  return [{ path, message, sv }];
}

export function checklistRule(
  file: { checklist?: string | undefined; checklists?: string[] | undefined },
  checklists: ReadonlyMap<string, Checklist>,
): RuleProblem[] {
  if (file.checklist !== undefined && file.checklists !== undefined) {
    const message = "name either checklist (one form) or checklists (several), not both";
    const sv = "ange antingen checklist (ett formulär) eller checklists (flera), inte båda";
    return [{ path: ["checklists"], message, sv }];
  }
  if (file.checklists !== undefined) {
    const problems = file.checklists.flatMap((id, i) => known(id, ["checklists", i], checklists));
    if (new Set(file.checklists).size !== file.checklists.length) {
      const message = "a checklist is named twice: name each form once";
      const sv = "en checklista står två gånger: ange varje formulär en gång";
      problems.push({ path: ["checklists"], message, sv });
    }
    return problems;
  }
  if (file.checklist === undefined) {
    const message =
      "name the checklist the round scores, e.g. checklist: skr-10 (or several: checklists: [a, b])";
    const sv =
      "ange checklistan som omgången skattar, t.ex. checklist: skr-10 (eller flera: checklists: [a, b])";
    return [{ path: ["checklist"], message, sv }];
  }
  return known(file.checklist, ["checklist"], checklists);
}
