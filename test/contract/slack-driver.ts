// Slack as a chat adapter: real Bolt over HTTP with signed requests, the fake Slack Web API on 127.0.0.1,
// the real engine and embedded store with the example round. Karlstad's key person and Örnsköldsvik's
// mentor each in their own workspace. Payload shapes: see fixtures.ts.
import { randomUUID } from "node:crypto";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../src/round-file/checklist-files.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { ackMessage } from "../slack/ack-message.ts";
import {
  HELENA,
  KARLSTAD,
  NADIA,
  ORNSKOLDSVIK,
  type SlackHome,
  startExampleRoundBot,
} from "../slack/example-round-bot.ts";
import { slashCommandFrom, viewSubmissionOf } from "../slack/example-round-payloads.ts";
import { FORM, payloadForm } from "../slack/signed-request.ts";
import { type ChatDriver, type OpenedForm, type PostedReminder, type Seen, seen } from "./chat-driver.ts";
import { blockActionsOn, type SlackView, viewState } from "./fixtures.ts";

/** Karlstad's elected official: a colleague of Nadia's, in the same workspace. */
const GUSTAV = {
  id: "U07GUSTAV1",
  team: KARLSTAD.team,
  email: "gustav.almqvist@karlstad.example",
  locale: "sv-SE",
  name: "Gustav Almqvist",
};

const PEOPLE = {
  [NADIA.email]: { person: NADIA, home: KARLSTAD },
  [GUSTAV.email]: { person: GUSTAV, home: KARLSTAD },
  [HELENA.email]: { person: HELENA, home: ORNSKOLDSVIK },
} as const;

interface Block {
  type: string;
  elements?: { type: string; action_id?: string; value?: string; text?: { text?: string } }[];
}

export async function startSlackDriver(): Promise<ChatDriver> {
  let now = new Date();
  const bot = await startExampleRoundBot(() => now);
  bot.slack.addUser(GUSTAV);
  const round = await bot.store.getRound(bot.roundId);
  if (!round) throw new Error("no example round");
  const { checklists } = await loadChecklists([BUNDLED_CHECKLIST_DIR]);
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const reminders = createReminderService({
    store: bot.store,
    senders: { slack: bot.adapter.sender },
    checklists,
    logger: silent,
    instanceId: "contract",
  });
  const who = (email: string) => {
    const found = PEOPLE[email];
    if (!found) throw new Error(`${email} is not on Slack in this driver`);
    return found;
  };
  /** Everything the person could see from the calls made since `from`, and the ack. */
  const collect = async (from: number, ack: unknown[]): Promise<Seen> => {
    await bot.adapter.settled();
    const shown = bot.slack.calls
      .slice(from)
      .filter((c) =>
        /^(views\.(open|update|push)|chat\.post(Message|Ephemeral)|response_url)$/.test(c.method),
      )
      .map((c) => c.body);
    return seen([...ack, ...shown]);
  };
  let last: string | undefined;
  const say = async (email: string, text: string) => {
    const { person, home } = who(email);
    last = slashCommandFrom(person, home, text, bot.slack.responseUrl(randomUUID()));
    const from = bot.slack.calls.length;
    const response = await bot.send(last, FORM);
    return { seen: await collect(from, [ackMessage(response) ?? null]), from };
  };
  const formSince = (email: string, from: number): OpenedForm => {
    const { person, home } = who(email);
    const opened = bot.slack.calls.slice(from).findLast((c) => c.method === "views.open");
    const view = opened?.body.view as SlackView | undefined;
    if (!view)
      throw new Error(
        `no modal was opened: ${bot.slack.calls
          .slice(from)
          .map((c) => c.method)
          .join(", ")}`,
      );
    let body: string | undefined;
    const send = async () => {
      const start = bot.slack.calls.length;
      const response = await bot.send(body ?? "", FORM);
      return collect(start, [response.body ? response.json() : null]);
    };
    return {
      fields: view.blocks.filter((b) => b.type === "input" && b.block_id).map((b) => b.block_id ?? ""),
      async submit(values) {
        const shown = { viewId: `V${randomUUID().slice(0, 8).toUpperCase()}`, hash: "1773133200.hash" };
        body = payloadForm(viewSubmissionOf(person, home, view, shown, viewState(view, values)));
        return send();
      },
      redeliver: () => send(),
    };
  };
  const channelOwner = (channel: string) =>
    round.organisations.find((o) => o.home?.platform === "slack" && o.home.channel === channel)?.id ??
    channel;
  return {
    name: "slack",
    store: bot.store,
    round,
    checklist: bot.checklist,
    keyPerson: { email: NADIA.email, organisationId: "karlstad", locale: "en" },
    mentor: { email: HELENA.email, locale: "sv" },
    colleague: { email: GUSTAV.email, name: GUSTAV.name },
    async at(instant) {
      now = new Date(instant);
    },
    say: async (email, text) => (await say(email, text)).seen,
    async open(email, command) {
      const { from } = await say(email, command);
      return formSince(email, from);
    },
    async redeliverLast() {
      const from = bot.slack.calls.length;
      const response = await bot.send(last ?? "", FORM);
      return collect(from, [ackMessage(response) ?? null]);
    },
    async remind(instant) {
      now = new Date(instant);
      const from = bot.slack.calls.length;
      await reminders.tick(now);
      await bot.adapter.settled();
      return bot.slack.calls
        .slice(from)
        .filter((c) => c.method === "chat.postMessage" && c.answer === "ok")
        .map((c): PostedReminder => {
          const blocks = (c.body.blocks ?? []) as Block[];
          const buttons = blocks.flatMap((b) => b.elements ?? []).filter((e) => e.type === "button");
          return {
            organisationId: channelOwner(String(c.body.channel)),
            seen: seen([c.body]),
            buttons: buttons.map((e) => e.text?.text ?? ""),
          };
        });
    },
    async pressOutdated(email) {
      const { person, home } = who(email);
      const from = bot.slack.calls.length;
      const payload = blockActionsOn(person, home as SlackHome, {
        actionId: "open_old_form",
        value: undefined,
        label: "Öppna",
        responseUrl: bot.slack.responseUrl(randomUUID()),
      });
      await bot.send(payloadForm(payload), FORM);
      return collect(from, []);
    },
    async press(email, reminder, label) {
      const { person, home } = who(email);
      const posted = bot.slack.calls.findLast(
        (c) =>
          c.method === "chat.postMessage" && channelOwner(String(c.body.channel)) === reminder.organisationId,
      );
      const blocks = (posted?.body.blocks ?? []) as Block[];
      const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text?.text === label);
      if (!button?.action_id) throw new Error(`no button ${label}`);
      const from = bot.slack.calls.length;
      const payload = blockActionsOn(person, home as SlackHome, {
        actionId: button.action_id,
        value: button.value,
        label,
        responseUrl: bot.slack.responseUrl(randomUUID()),
      });
      await bot.send(payloadForm(payload), FORM);
      await bot.adapter.settled();
      const opened = bot.slack.calls.slice(from).some((c) => c.method === "views.open");
      return opened ? formSince(email, from) : collect(from, []);
    },
    stop: () => bot.close(),
  };
}
