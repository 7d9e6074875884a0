// Signed Slack requests shaped as Slack sends them: a `/modell status` slash command and the
// view_submission of a full self-assessment modal (the modal the bot renders, with its blocks and state).
import { renderBlockKitModal } from "../cards/render-block-kit.ts";
import { commentInputId, scoreInputId } from "../cards/self-assessment.ts";
import { withOriginChannel } from "../src/adapters/slack/form-origin.ts";
import { FORM, payloadForm, SIGNING_SECRET, sign } from "../test/slack/signed-request.ts";
import {
  assessmentForm,
  type ExampleRound,
  fullAnswers,
  SLACK_MENTOR,
  SLACK_SUBMITTER,
} from "./example-round.ts";
import type { Prepared } from "./platform-bench.ts";

type Json = Record<string, unknown>;

/** The signature is made when the request is sent, with the timestamp of that moment. */
function signedAtSend(body: string): Prepared {
  return {
    body,
    headers() {
      const timestamp = Math.floor(Date.now() / 1000);
      return {
        "content-type": FORM,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": sign(SIGNING_SECRET, timestamp, body),
      };
    },
  };
}

/** The mentor's `/modell status` in the mentor organisation's channel; `i` makes the trigger unique. */
export function statusCommand(i: number, responseUrl: string): Prepared {
  return statusAs(i, responseUrl, SLACK_MENTOR);
}

/** `/modell status` by this user in this channel. */
export function statusAs(
  i: number,
  responseUrl: string,
  who: { userId: string; workspace: string; channel: string },
): Prepared {
  const body = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: who.workspace,
    team_domain: "ornskoldsvik-kommun",
    channel_id: who.channel,
    channel_name: "jamstalldhet",
    user_id: who.userId,
    user_name: "helena.bystrom",
    command: "/modell",
    text: "status",
    api_app_id: "A07MODELL1",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `7${String(i).padStart(10, "0")}.6150388154.${(i * 2654435761).toString(16).padStart(12, "0")}`,
  }).toString();
  return signedAtSend(body);
}

/** view.state.values for the modal: every score chosen, comments where fullAnswers wrote one. */
function stateValues(example: ExampleRound, i: number): Json {
  const { scores, comments } = fullAnswers(example.checklist, i);
  const values: Json = {};
  example.checklist.points.forEach((point, p) => {
    const score = scores[p] ?? "1";
    const scoreId = scoreInputId(point.id);
    const option = { text: { type: "plain_text", text: score }, value: score };
    values[scoreId] = { [scoreId]: { type: "radio_buttons", selected_option: option } };
    const commentId = commentInputId(point.id);
    values[commentId] = { [commentId]: { type: "plain_text_input", value: comments[p] || null } };
  });
  return values;
}

/** Builds submissions from one rendered modal; each has its own nonce, view id, hash and answers. */
export function assessmentSubmissions(example: ExampleRound): (i: number) => Prepared {
  const who = SLACK_SUBMITTER;
  const card = assessmentForm(example, who.organisationId, who.locale, "bench-nonce");
  const modal = renderBlockKitModal(withOriginChannel(card, who.channel));
  const hidden = JSON.parse(String(modal.private_metadata)) as Json;
  return (i) => {
    const viewId = `V0B${String(i).padStart(8, "0")}`;
    const payload = {
      type: "view_submission",
      team: { id: who.workspace, domain: "karlstad-kommun" },
      user: { id: who.userId, username: "nadia.karimi", name: "nadia.karimi", team_id: who.workspace },
      api_app_id: "A07MODELL1",
      token: "legacy-verification-token",
      trigger_id: `8${String(i).padStart(10, "0")}.6150388154.aaaabbbbccccdddd`,
      view: {
        id: viewId,
        team_id: who.workspace,
        type: "modal",
        ...modal,
        private_metadata: JSON.stringify({ ...hidden, nonce: `bench-nonce-${i}` }),
        state: { values: stateValues(example, i) },
        hash: `${1_790_000_000 + i}.Bh${i.toString(36)}`,
        root_view_id: viewId,
        previous_view_id: null,
        app_id: "A07MODELL1",
        external_id: "",
        app_installed_team_id: who.workspace,
        bot_id: "B07MODELL1",
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    return signedAtSend(payloadForm(payload));
  };
}
