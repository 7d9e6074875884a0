// Rules about dates: start-up, then benchmarking meetings 1, 2 and 3 in order, then the conference.
import { presentationDeadline } from "../domain/meetings.ts";
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import type { RoundFile, RoundFileCluster } from "./round-file-schema.ts";
import { inBoth } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

// `YYYY-MM-DD` strings compare like the dates they name.
function clusterDates(file: RoundFile, c: RoundFileCluster, i: number): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let previous: { id: string; date: string } | undefined;
  for (const m of BENCHMARKING_MEETINGS) {
    const date = c.meetings[m].date;
    const path = ["clusters", i, "meetings", m, "date"];
    if (date <= file.startUp) {
      problems.push({ path, ...inBoth((t) => t.notAfterStartUp(m, date, file.startUp)) });
    } else if (presentationDeadline(date) <= file.startUp) {
      const deadline = presentationDeadline(date);
      problems.push({ path, ...inBoth((t) => t.deadlineBeforeStartUp(m, date, deadline, file.startUp)) });
    } else if (date >= file.resultsConference) {
      problems.push({ path, ...inBoth((t) => t.notBeforeConference(m, date, file.resultsConference)) });
    } else if (previous && date <= previous.date) {
      const { id, date: earlier } = previous;
      problems.push({ path, ...inBoth((t) => t.meetingsOutOfOrder(m, date, id, earlier)) });
    }
    previous = { id: m, date };
  }
  return problems;
}

export function dateRules(file: RoundFile): RuleProblem[] {
  if (file.resultsConference <= file.startUp) {
    return [
      {
        path: ["resultsConference"],
        ...inBoth((t) => t.conferenceBeforeStartUp(file.resultsConference, file.startUp)),
      },
    ];
  }
  return file.clusters.flatMap((c, i) => clusterDates(file, c, i));
}
