// What is allowed but probably a mistake: a meeting on a day off, in July, or so soon after the start-up
// that its first reminder would come before the start-up meeting. `validate` prints these as warnings.
import { daysBetween } from "../domain/local-date.ts";
import { PRESENTATION_LEAD_DAYS } from "../domain/meetings.ts";
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import { isWorkingDay } from "../domain/working-days.ts";
import type { RoundFile } from "./round-file-schema.ts";
import type { RuleProblem } from "./rule-problem.ts";

/** Three weeks: the one-week reminder (meeting − 14 days) then comes at least a week after the start-up. */
export const MIN_DAYS_AFTER_START_UP = 21;

function meetingWarnings(
  name: { en: string; sv: string },
  date: string,
  path: (string | number)[],
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isWorkingDay(date)) {
    problems.push({
      path,
      message: `${name.en} (${date}) falls on a weekend or a public holiday: is that the day you mean?`,
      sv: `${name.sv} (${date}) infaller på en helg eller helgdag: är det rätt dag?`,
    });
  }
  if (date.slice(5, 7) === "07") {
    problems.push({
      path,
      message: `${name.en} (${date}) is in July, when most of Sweden is on holiday: is that the day you mean?`,
      sv: `${name.sv} (${date}) ligger i juli, då de flesta har semester: är det rätt dag?`,
    });
  }
  return problems;
}

export function roundWarnings(file: RoundFile): RuleProblem[] {
  const problems: RuleProblem[] = [
    ...meetingWarnings({ en: "the start-up meeting", sv: "startmötet" }, file.startUp, ["startUp"]),
    ...meetingWarnings({ en: "the results conference", sv: "resultatkonferensen" }, file.resultsConference, [
      "resultsConference",
    ]),
  ];
  file.clusters.forEach((c, i) => {
    for (const m of BENCHMARKING_MEETINGS) {
      const { date } = c.meetings[m];
      const path = ["clusters", i, "meetings", m, "date"];
      problems.push(...meetingWarnings({ en: m, sv: m }, date, path));
      if (m === "benchmarking-3") {
        // The final self-assessment opens when meeting 3 is over and is due a week before the conference.
        const finalDue = PRESENTATION_LEAD_DAYS;
        if (daysBetween(date, file.resultsConference) <= finalDue) {
          problems.push({
            path,
            message: `${m} (${date}) is ${daysBetween(date, file.resultsConference)} days before the results conference: the final self-assessment, due ${finalDue} days before the conference, would be due before meeting 3 is over; leave more than a week between them`,
            sv: `${m} (${date}) ligger ${daysBetween(date, file.resultsConference)} dagar före resultatkonferensen: den sista självskattningen, som ska vara klar ${finalDue} dagar före konferensen, skulle då vara klar innan möte 3 har hållits; lämna mer än en vecka mellan dem`,
          });
        }
      }
      if (m !== "benchmarking-1") continue;
      const days = daysBetween(file.startUp, date);
      if (days < MIN_DAYS_AFTER_START_UP) {
        const firstReminder = 2 * PRESENTATION_LEAD_DAYS;
        problems.push({
          path,
          message: `${m} (${date}) is only ${days} days after the start-up meeting: its first reminder (${firstReminder} days before the meeting) comes before or right after the start-up; leave at least three weeks`,
          sv: `${m} (${date}) ligger bara ${days} dagar efter startmötet: den första påminnelsen (${firstReminder} dagar före mötet) kommer före eller strax efter startmötet; lämna minst tre veckor`,
        });
      }
    }
  });
  return problems;
}
