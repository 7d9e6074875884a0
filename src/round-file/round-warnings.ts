// What is allowed but probably a mistake: a meeting on a day off, in July, or so soon after the start-up
// that its first reminder would come before the start-up meeting. `validate` prints these as warnings.
import { daysBetween } from "../domain/local-date.ts";
import { PRESENTATION_LEAD_DAYS } from "../domain/meetings.ts";
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import { isWorkingDay } from "../domain/working-days.ts";
import type { RoundFile } from "./round-file-schema.ts";
import { inBoth, type RoundFileStrings } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

/** Three weeks: the one-week reminder (meeting − 14 days) then comes at least a week after the start-up. */
export const MIN_DAYS_AFTER_START_UP = 21;

/** A meeting's name as a warning says it: a benchmarking meeting by its id, the others in words. */
type MeetingName = (t: RoundFileStrings) => string;

function meetingWarnings(name: MeetingName, date: string, path: (string | number)[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isWorkingDay(date)) problems.push({ path, ...inBoth((t) => t.dayOff(name(t), date)) });
  if (date.slice(5, 7) === "07") problems.push({ path, ...inBoth((t) => t.inJuly(name(t), date)) });
  return problems;
}

export function roundWarnings(file: RoundFile): RuleProblem[] {
  const problems: RuleProblem[] = [
    ...meetingWarnings((t) => t.startUpMeeting, file.startUp, ["startUp"]),
    ...meetingWarnings((t) => t.resultsConference, file.resultsConference, ["resultsConference"]),
  ];
  file.clusters.forEach((c, i) => {
    for (const m of BENCHMARKING_MEETINGS) {
      const { date } = c.meetings[m];
      const path = ["clusters", i, "meetings", m, "date"];
      problems.push(...meetingWarnings(() => m, date, path));
      if (m === "benchmarking-3") {
        // The final self-assessment opens when meeting 3 is over and is due a week before the conference.
        const finalDue = PRESENTATION_LEAD_DAYS;
        const before = daysBetween(date, file.resultsConference);
        if (before <= finalDue)
          problems.push({ path, ...inBoth((t) => t.finalAssessmentTooEarly(m, date, before, finalDue)) });
      }
      if (m !== "benchmarking-1") continue;
      const days = daysBetween(file.startUp, date);
      if (days < MIN_DAYS_AFTER_START_UP) {
        const firstReminder = 2 * PRESENTATION_LEAD_DAYS;
        problems.push({ path, ...inBoth((t) => t.firstReminderTooEarly(m, date, days, firstReminder)) });
      }
    }
  });
  return problems;
}
