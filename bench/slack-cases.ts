// The two Slack request kinds of the benchmark and what a user must get back from each.
import { strings } from "../cards/strings.ts";
import type { FakeSlackWebApi } from "../test/fakes/slack-web-api.ts";
import { type ExampleRound, SLACK_MENTOR, SLACK_SUBMITTER } from "./example-round.ts";
import type { HttpAnswer } from "./load-generator.ts";
import type { PlatformCase } from "./platform-bench.ts";
import { assessmentSubmissions, statusCommand } from "./slack-requests.ts";
import { confirmationTotal } from "./teams-cases.ts";

const PATH = "/slack/events";

function expectAck(answer: HttpAnswer): void {
  if (answer.status !== 200 || answer.body !== "")
    throw new Error(`ack was ${answer.status} ${answer.body.slice(0, 120)}`);
}

/**
 * The cluster's status card comes back in the command's ack (Slack shows it in the channel). An empty ack
 * would mean it went to the response_url later: the bench counts that as a failure, not as a fast answer.
 */
export function slackStatusCase(example: ExampleRound, fake: FakeSlackWebApi): PlatformCase {
  const cluster = example.round.clusters.find((c) => c.id === SLACK_MENTOR.clusterId);
  const names = (cluster ? [cluster.mentor, ...cluster.organisations] : []).map(
    (id) => example.round.organisations.find((o) => o.id === id)?.name ?? id,
  );
  const title = strings(example.round.language).status.title(cluster?.name ?? "");
  return {
    section: "slack",
    name: "`/modell status` (mentor)",
    path: PATH,
    stores: false,
    prepare: (i) => statusCommand(i, fake.responseUrl(`s${i}`)),
    checkApp(answer) {
      if (answer.status !== 200 || answer.body === "")
        throw new Error(`the ack carried no status card: ${answer.status} ${answer.body.slice(0, 120)}`);
      const text = answer.body;
      const message = JSON.parse(text) as { response_type?: string };
      if (message.response_type !== "in_channel" || !text.includes(title))
        throw new Error(`the ack carried no status card: ${text.slice(0, 200)}`);
      const missing = names.filter((n) => !text.includes(n));
      if (missing.length > 0) throw new Error(`status card lacks ${missing.join(", ")}`);
    },
    checkBare: expectAck,
  };
}

/** The modal's ack carries the confirmation: the new total, as the user scored it. */
export function slackSubmissionCase(example: ExampleRound): PlatformCase {
  const t = strings(SLACK_SUBMITTER.locale);
  return {
    section: "slack",
    name: "view_submission (full self-assessment)",
    path: PATH,
    stores: true,
    prepare: assessmentSubmissions(example),
    checkApp(answer, i) {
      if (answer.status !== 200) throw new Error(`answered ${answer.status}`);
      const expected = confirmationTotal(example, SLACK_SUBMITTER.locale, i);
      const ack = JSON.parse(answer.body) as {
        response_action?: string;
        view?: { title?: { text?: string } };
      };
      const ok =
        ack.response_action === "update" &&
        ack.view?.title?.text === t.assessmentDone.title &&
        answer.body.includes(expected);
      if (!ok) throw new Error(`no confirmation with "${expected}": ${answer.body.slice(0, 200)}`);
    },
    checkBare: expectAck,
  };
}
