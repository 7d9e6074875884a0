// An `adaptiveCard/action` invoke as the Bot Connector posts it when a key person submits the
// self-assessment card: the card's Action.Execute data plus every input's value.
import { renderAdaptive } from "../cards/render-adaptive.ts";
import { commentInputId, scoreInputId } from "../cards/self-assessment.ts";
import { assessmentForm, type ExampleRound, fullAnswers, TEAMS_SUBMITTER } from "./example-round.ts";
import type { Prepared } from "./platform-bench.ts";

const BOT_ID = "28:7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f";
const JSON_HEADERS = { "content-type": "application/json" };

function submitAction(example: ExampleRound): { verb: string; data: Record<string, unknown> } {
  const who = TEAMS_SUBMITTER;
  const card = renderAdaptive(assessmentForm(example, who.organisationId, who.locale, "bench-nonce")) as {
    actions?: { verb?: string; data?: Record<string, unknown> }[];
  };
  const submit = card.actions?.find((a) => a.verb?.startsWith("form:"));
  if (!submit?.data || !submit.verb) throw new Error("the self-assessment card has no submit action");
  return { verb: submit.verb, data: submit.data };
}

/** Builds invokes from one rendered card; each has its own activity id, nonce and answers. */
export function assessmentInvokes(example: ExampleRound, serviceUrl: string): (i: number) => Prepared {
  const who = TEAMS_SUBMITTER;
  const action = submitAction(example);
  return (i) => {
    const { scores, comments } = fullAnswers(example.checklist, i);
    const data: Record<string, unknown> = { ...action.data, nonce: `bench-nonce-${i}` };
    example.checklist.points.forEach((point, p) => {
      data[scoreInputId(point.id)] = scores[p];
      // Teams posts every input, empty ones as "".
      data[commentInputId(point.id)] = comments[p] ?? "";
    });
    const now = new Date().toISOString();
    const body = JSON.stringify({
      type: "invoke",
      name: "adaptiveCard/action",
      id: `f:${1_700_000_000_000 + i}`,
      channelId: "msteams",
      serviceUrl,
      timestamp: now,
      localTimestamp: now,
      locale: "sv-SE",
      localTimezone: "Europe/Stockholm",
      from: { id: who.id, aadObjectId: who.aadObjectId, name: who.name },
      recipient: { id: BOT_ID, name: "Modellbot" },
      replyToId: `1700000${String(i % 1000).padStart(3, "0")}`,
      value: { action: { type: "Action.Execute", verb: action.verb, data }, trigger: "manual" },
      conversation: { isGroup: true, conversationType: "channel", tenantId: who.tenant, id: who.channel },
      channelData: {
        channel: { id: who.channel },
        team: { id: "19:karlskrona-team@thread.tacv2" },
        tenant: { id: who.tenant },
        source: { name: "message" },
      },
    });
    return { body, headers: () => JSON_HEADERS };
  };
}
