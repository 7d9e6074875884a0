// Rules about dates: start-up, then benchmarking meetings 1, 2 and 3 in order, then the conference.
import { presentationDeadline } from "../domain/meetings.ts";
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import type { RoundFile, RoundFileCluster } from "./round-file-schema.ts";
import type { RuleProblem } from "./rule-problem.ts";

// `YYYY-MM-DD` strings compare like the dates they name.
function clusterDates(file: RoundFile, c: RoundFileCluster, i: number): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let previous: { id: string; date: string } | undefined;
  for (const m of BENCHMARKING_MEETINGS) {
    const date = c.meetings[m].date;
    const path = ["clusters", i, "meetings", m, "date"];
    if (date <= file.startUp) {
      const message = `${m} (${date}) is not after the start-up meeting (${file.startUp}): move it later`;
      const sv = `${m} (${date}) ligger inte efter startmötet (${file.startUp}): flytta det senare`;
      problems.push({ path, message, sv });
    } else if (presentationDeadline(date) <= file.startUp) {
      const deadline = presentationDeadline(date);
      const message = `${m} (${date}) leaves its presentation deadline (${deadline}) on or before the start-up meeting (${file.startUp}): move it at least 8 days after the start-up`;
      const sv = `${m} (${date}) ger en presentationsfrist (${deadline}) som infaller senast på startmötet (${file.startUp}): flytta mötet minst 8 dagar efter startmötet`;
      problems.push({ path, message, sv });
    } else if (date >= file.resultsConference) {
      const message = `${m} (${date}) is not before the results conference (${file.resultsConference}): move it earlier`;
      const sv = `${m} (${date}) ligger inte före resultatkonferensen (${file.resultsConference}): flytta det tidigare`;
      problems.push({ path, message, sv });
    } else if (previous && date <= previous.date) {
      const message = `${m} (${date}) is not after ${previous.id} (${previous.date}): the meetings come in order 1, 2, 3`;
      const sv = `${m} (${date}) ligger inte efter ${previous.id} (${previous.date}): mötena kommer i ordningen 1, 2, 3`;
      problems.push({ path, message, sv });
    }
    previous = { id: m, date };
  }
  return problems;
}

export function dateRules(file: RoundFile): RuleProblem[] {
  if (file.resultsConference <= file.startUp) {
    const message = `the results conference (${file.resultsConference}) must come after the start-up meeting (${file.startUp})`;
    const sv = `resultatkonferensen (${file.resultsConference}) måste komma efter startmötet (${file.startUp})`;
    return [{ path: ["resultsConference"], message, sv }];
  }
  return file.clusters.flatMap((c, i) => clusterDates(file, c, i));
}
