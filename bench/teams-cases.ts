// The Teams request kind of the benchmark: a self-assessment submitted from its card, answered in the
// invoke response with the confirmation card.
import { strings } from "../cards/strings.ts";
import type { Locale } from "../src/domain/round.ts";
import { type ExampleRound, fullAnswers, TEAMS_SUBMITTER } from "./example-round.ts";
import type { PlatformCase } from "./platform-bench.ts";
import { assessmentInvokes } from "./teams-requests.ts";

/** "27 of 30" for request `i`: what the confirmation must say. */
export function confirmationTotal(example: ExampleRound, locale: Locale, i: number): string {
  const { scores } = fullAnswers(example.checklist, i);
  const sum = scores.reduce((a, s) => a + Number(s), 0);
  const max = example.checklist.points.length * example.checklist.scale.max;
  return strings(locale).assessmentDone.totalOf(sum, max);
}

export function teamsSubmissionCase(example: ExampleRound, serviceUrl: string): PlatformCase {
  const t = strings(TEAMS_SUBMITTER.locale);
  return {
    section: "teams",
    name: "adaptiveCard/action (full self-assessment)",
    path: "/api/messages",
    stores: true,
    prepare: assessmentInvokes(example, serviceUrl),
    checkApp(answer, i) {
      if (answer.status !== 200) throw new Error(`answered ${answer.status} ${answer.body.slice(0, 200)}`);
      const expected = confirmationTotal(example, TEAMS_SUBMITTER.locale, i);
      const ok =
        answer.body.includes("application/vnd.microsoft.card.adaptive") &&
        answer.body.includes(t.assessmentDone.title) &&
        answer.body.includes(expected);
      if (!ok) throw new Error(`no confirmation card with "${expected}": ${answer.body.slice(0, 200)}`);
    },
    checkBare(answer) {
      if (answer.status !== 200)
        throw new Error(`bare answered ${answer.status} ${answer.body.slice(0, 120)}`);
    },
  };
}
