// Teams as a chat adapter: real botbuilder or the real Teams SDK over HTTP, the fake Bot Connector on
// 127.0.0.1, the real engine and embedded store with the example round. Karlskrona's key person and
// Kalmar's mentor, each in their own tenant and channel. Payload shapes: see fixtures.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Engine } from "../../src/engine/engine.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { EXAMPLE } from "../engine/harness.ts";
import type { TeamsLibrary } from "../teams/adapter-under-test.ts";
import { cardAction, channelMention, type TeamsUser } from "../teams/fixtures.ts";
import { startHarness } from "../teams/harness.ts";
import { ANNA_LIND, KALMAR, KARLSKRONA, LARS } from "../teams/real-engine-harness.ts";
import { cardActions, cardInputs, formAction } from "./adaptive-card.ts";
import { type ChatDriver, type OpenedForm, type PostedReminder, type Seen, seen } from "./chat-driver.ts";

const EVA: TeamsUser = {
  id: "29:1EvaDahlTeamsId",
  aadObjectId: "4a7c9e1b-3d5f-4b7a-9c1e-2f4a6c8e0b13",
  name: "Eva Dahl",
};
const EVA_EMAIL = "eva.dahl@karlskrona.example";

const PEOPLE: Record<string, { user: TeamsUser; home: { tenant: string; channel: string } }> = {
  "lars.nystrom@karlskrona.example": { user: LARS, home: KARLSKRONA },
  [EVA_EMAIL]: { user: EVA, home: KARLSKRONA },
  "anna.lind@kalmar.example": { user: ANNA_LIND, home: KALMAR },
};

function cardsOf(activity: Record<string, unknown> | undefined): unknown[] {
  const attachments = (activity?.attachments ?? []) as { content?: unknown }[];
  return attachments.map((a) => a.content);
}

/** `library`: botbuilder's adapter or the Teams SDK's; the scenarios and payloads are the same. */
export async function startTeamsDriver(library: TeamsLibrary = "botbuilder"): Promise<ChatDriver> {
  const dir = mkdtempSync(join(tmpdir(), "contract-teams-"));
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error("example round invalid");
  const store = await openEmbeddedStore({ dataDir: dir });
  await store.saveRound(loaded.round);
  const checklists = new Map([[loaded.checklist.id, loaded.checklist]]);
  let nonce = 0;
  const engine = new Engine({ store, checklists, newNonce: () => `nonce-${++nonce}` });
  let now = new Date();
  const h = await startHarness({ engine, store, clock: () => now }, library);
  h.connector.addMember({ ...LARS, email: "lars.nystrom@karlskrona.example", tenantId: KARLSKRONA.tenant });
  h.connector.addMember({ ...ANNA_LIND, email: "anna.lind@kalmar.example", tenantId: KALMAR.tenant });
  h.connector.addMember({ ...EVA, email: EVA_EMAIL, tenantId: KARLSKRONA.tenant });
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const reminders = createReminderService({
    store,
    senders: { teams: h.adapter.sender },
    checklists,
    logger: silent,
    instanceId: "contract",
  });
  let sequence = 0;
  let last: object | undefined;
  const who = (email: string) => {
    const found = PEOPLE[email];
    if (!found) throw new Error(`${email} is not on Teams in this driver`);
    return found;
  };
  /** Posts an activity; what came back in the HTTP answer and what the bot posted meanwhile. */
  const deliver = async (activity: object): Promise<{ seen: Seen; cards: unknown[] }> => {
    const from = h.connector.activities.length;
    const response = await h.post(activity);
    const posted = h.connector.activities.slice(from).map((a) => a.activity);
    const invokeCard = (response.body as { value?: unknown } | undefined)?.value;
    const cards = [...posted.flatMap(cardsOf), ...(invokeCard ? [invokeCard] : [])];
    return { seen: seen([response.body ?? null, ...posted]), cards };
  };
  const say = (email: string, text: string) => {
    const { user, home } = who(email);
    last = channelMention({
      serviceUrl: h.connector.serviceUrl,
      id: `c-${++sequence}`,
      text,
      from: user,
      ...home,
    });
    return deliver(last);
  };
  const formIn = (email: string, cards: unknown[]): OpenedForm => {
    const card = cards.find((c) => formAction(c));
    const action = card ? formAction(card) : undefined;
    if (!card || !action) throw new Error(`no form was posted: ${JSON.stringify(cards).slice(0, 300)}`);
    const { user, home } = who(email);
    let invoke: object | undefined;
    return {
      fields: cardInputs(card),
      async submit(values) {
        invoke = cardAction({
          serviceUrl: h.connector.serviceUrl,
          id: `f-${++sequence}`,
          verb: action.verb,
          data: { ...action.data, ...values },
          replyToId: "activity-1",
          from: user,
          ...home,
        });
        return (await deliver(invoke)).seen;
      },
      async redeliver() {
        if (!invoke) throw new Error("nothing was submitted");
        return (await deliver(invoke)).seen;
      },
    };
  };
  const channelOwner = (channel: string) =>
    loaded.round.organisations.find((o) => o.home?.platform === "teams" && o.home.channel === channel)?.id ??
    channel;
  return {
    name: library === "botbuilder" ? "teams" : "teams-sdk",
    store,
    round: loaded.round,
    checklist: loaded.checklist,
    keyPerson: { email: "lars.nystrom@karlskrona.example", organisationId: "karlskrona", locale: "sv" },
    mentor: { email: "anna.lind@kalmar.example", locale: "sv" },
    colleague: { email: EVA_EMAIL, name: "Eva Dahl" },
    async at(instant) {
      now = new Date(instant);
    },
    say: async (email, text) => (await say(email, text)).seen,
    open: async (email, command) => formIn(email, (await say(email, command)).cards),
    async redeliverLast() {
      if (!last) throw new Error("nothing was said");
      return (await deliver(last)).seen;
    },
    async remind(instant) {
      now = new Date(instant);
      const from = h.connector.activities.length;
      await reminders.tick(now);
      return h.connector.activities
        .slice(from)
        .filter((a) => a.replyToId === undefined)
        .map(
          (a): PostedReminder => ({
            organisationId: channelOwner(a.conversationId),
            seen: seen([a.activity]),
            buttons: cardsOf(a.activity)
              .flatMap(cardActions)
              .map((b) => b.title),
          }),
        );
    },
    async pressOutdated(email) {
      const { user, home } = who(email);
      const old = cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: `o-${++sequence}`,
        verb: "open-old-form",
        data: {},
        replyToId: "old-card",
        from: user,
        ...home,
      });
      return (await deliver(old)).seen;
    },
    async press(email, reminder, label) {
      const { user, home } = who(email);
      const posted = h.connector.activities.findLast(
        (a) => a.replyToId === undefined && channelOwner(a.conversationId) === reminder.organisationId,
      );
      const button = cardsOf(posted?.activity)
        .flatMap(cardActions)
        .find((b) => b.title === label);
      if (!button) throw new Error(`no button ${label}`);
      const pressed = cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: `b-${++sequence}`,
        verb: button.verb,
        data: button.data,
        replyToId: "reminder-1",
        from: user,
        ...home,
      });
      const answer = await deliver(pressed);
      return answer.cards.some((c) => formAction(c)) ? formIn(email, answer.cards) : answer.seen;
    },
    async stop() {
      await h.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
