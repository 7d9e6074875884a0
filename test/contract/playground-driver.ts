// The playground as a chat adapter: its page's JSON API over HTTP, the whole app (startApp) behind it.
import { randomUUID } from "node:crypto";
import type { PlaygroundReply } from "../../src/adapters/playground/playground-replies.ts";
import type { PlaygroundState } from "../../src/adapters/playground/playground-state.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../src/round-file/checklist-files.ts";
import { startPlaygroundApp } from "../playground/playground-app.ts";
import { cardActions, cardInputs, formAction } from "./adaptive-card.ts";
import { type ChatDriver, type OpenedForm, type PostedReminder, type Seen, seen } from "./chat-driver.ts";

interface Answer {
  replies?: PlaygroundReply[];
  error?: string;
}

export async function startPlaygroundDriver(): Promise<ChatDriver> {
  const app = await startPlaygroundApp();
  const { checklists } = await loadChecklists([BUNDLED_CHECKLIST_DIR]);
  const checklist = checklists.get(app.round.checklist);
  if (!checklist) throw new Error("no checklist for the example round");
  const post = async (path: string, body: unknown): Promise<Answer> => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Answer;
  };
  const state = async () =>
    (await (await fetch(`${app.baseUrl}/playground/state`)).json()) as PlaygroundState;
  const shown = (answer: Answer): Seen => seen(answer.replies ?? [answer.error ?? "no answer"]);
  let last: (() => Promise<Answer>) | undefined;

  const formFrom = (email: string, answer: Answer): OpenedForm => {
    const card = answer.replies?.find((r) => r.type === "form")?.adaptive;
    const action = card && formAction(card);
    if (!card || !action) throw new Error(`no form was opened: ${JSON.stringify(answer).slice(0, 400)}`);
    let again: (() => Promise<Answer>) | undefined;
    return {
      fields: cardInputs(card),
      async submit(values) {
        const submitId = randomUUID();
        again = () =>
          post("/playground/submit", {
            email,
            verb: action.verb,
            data: { ...action.data, ...values },
            submitId,
          });
        return shown(await again());
      },
      async redeliver() {
        if (!again) throw new Error("nothing was submitted");
        return shown(await again());
      },
    };
  };
  const say = async (email: string, text: string) => {
    // The playground has no platform retries; the page sends one request per command.
    last = () => post("/playground/command", { email, text });
    return last();
  };
  const keyPerson = "lars.nystrom@karlskrona.example";
  return {
    name: "playground",
    store: app.store,
    round: app.round,
    checklist,
    keyPerson: { email: keyPerson, organisationId: "karlskrona", locale: "sv" },
    mentor: { email: "anna.lind@kalmar.example", locale: "sv" },
    colleague: { email: "eva.dahl@karlskrona.example", name: "Eva Dahl" },
    async at(instant) {
      await post("/playground/clock", { at: instant });
    },
    say: async (email, text) => shown(await say(email, text)),
    open: async (email, command) => formFrom(email, await say(email, command)),
    async redeliverLast() {
      if (!last) throw new Error("nothing was said");
      return shown(await last());
    },
    async remind(instant) {
      const before = new Set((await state()).channels.flatMap((c) => c.posts.map((p) => p.id)));
      await post("/playground/clock", { at: instant });
      const after = await state();
      return after.channels.flatMap((channel) =>
        channel.posts
          .filter((p) => !before.has(p.id))
          .map(
            (p): PostedReminder => ({
              organisationId: channel.id,
              seen: seen([p.adaptive, p.text]),
              buttons: cardActions(p.adaptive).map((a) => a.title),
            }),
          ),
      );
    },
    async pressOutdated(email) {
      return shown(
        await post("/playground/submit", { email, verb: "open-old-form", data: {}, submitId: randomUUID() }),
      );
    },
    async press(email, reminder, label) {
      const channel = (await state()).channels.find((c) => c.id === reminder.organisationId);
      const posted = channel?.posts.find((p) => cardActions(p.adaptive).some((a) => a.title === label));
      const action = posted && cardActions(posted.adaptive).find((a) => a.title === label);
      if (!action) throw new Error(`no button ${label}`);
      const answer = await post("/playground/submit", {
        email,
        verb: action.verb,
        data: action.data,
        submitId: randomUUID(),
      });
      return answer.replies?.some((r) => r.type === "form") ? formFrom(email, answer) : shown(answer);
    },
    stop: () => app.stop(),
  };
}
