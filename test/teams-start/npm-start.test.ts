// `npm start` with Teams as in production (an app id and secret, NODE_ENV=development only for the local
// HOST), once with TEAMS_SDK=botbuilder and once with TEAMS_SDK=teams: the bundle in build/ runs as a child
// process whose every Microsoft host is a fake on 127.0.0.1 (the Bot Connector, and through the preloaded
// login-route.mjs the token endpoint and the signing keys), on a fast clock so that the scheduler's tick
// comes within seconds. Posts are signed with the fake signing keys, as the Bot Connector signs them.
// Payload shapes: test/teams/fixtures.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings } from "../../cards/strings.ts";
import { plan } from "../../src/domain/reminder-plan.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { cardActions, cardInputs, formAction } from "../contract/adaptive-card.ts";
import { EXAMPLE } from "../engine/harness.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { connectorToken } from "../fakes/bot-framework-keys.ts";
import { type FakeLogin, startFakeLogin } from "../fakes/fake-login.ts";
import { type BotProcess, buildBot, startBot } from "../instances/bot-process.ts";
import { botAddedToTeam, cardAction, PERSONAL_CHAT, personalMessage } from "../teams/fixtures.ts";
import { KARLSKRONA, LARS } from "../teams/real-engine-harness.ts";

const APP_ID = "00000000-0000-0000-0000-00000000a5a1";
const LOGIN_ROUTE = join(import.meta.dirname, "../fakes/login-route.mjs");
/** The child's clock runs this many times as fast: the five-minute tick comes every 15 s. */
const CLOCK_RATE = 20;
const LARS_EMAIL = "lars.nystrom@karlskrona.example";

let connector: FakeBotConnector;
let login: FakeLogin;
let round: Awaited<ReturnType<typeof loadRoundFile>>;

beforeAll(async () => {
  buildBot();
  connector = await startFakeBotConnector();
  connector.addMember({ ...LARS, email: LARS_EMAIL, tenantId: KARLSKRONA.tenant });
  login = await startFakeLogin();
  round = await loadRoundFile(EXAMPLE);
}, 60_000);

afterAll(async () => {
  await connector?.stop();
  await login?.stop();
});

for (const library of ["botbuilder", "teams"] as const) {
  describe(`TEAMS_SDK=${library} npm start`, () => {
    let bot: BotProcess | undefined;
    let dataDir = "";
    let clock: { start: number; realStart: number };
    afterAll(async () => {
      bot?.kill("SIGTERM");
      await bot?.exited;
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** The child's time now (fast-clock.mjs), for the tokens it checks. */
    const childNow = () => clock.start + (Date.now() - clock.realStart) * CLOCK_RATE;
    const post = async (activity: object, authorization?: string) => {
      const res = await fetch(`${bot?.baseUrl}/api/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization:
            authorization ?? `Bearer ${connectorToken(APP_ID, connector.serviceUrl, childNow())}`,
        },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };
    const postedSince = (from: number) => connector.activities.slice(from);

    it("answers help, a form's Action.Execute, stores the conversation on install, sends a reminder, refuses an unsigned post", async () => {
      if (!round.ok) throw new Error("example round invalid");
      const due = plan(round.round).find(
        (r) => r.organisation === "karlskrona" && r.kind === "deadline-in-7-days",
      );
      if (!due) throw new Error("no week-before reminder for Karlskrona");
      dataDir = mkdtempSync(join(tmpdir(), `modellbot-teams-${library}-`));
      // A minute before the reminder is due: the first ticks of the child's clock send it.
      clock = { start: Date.parse(due.at) - 60_000, realStart: Date.now() };
      bot = await startBot(library, {
        TEAMS_SDK: library,
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: "not-a-real-secret",
        // Nothing may be posted without a stored conversation reference: this address answers nobody.
        TEAMS_SERVICE_URL: "http://127.0.0.1:9/",
        DATA_DIR: dataDir,
        SCHEDULER: "on",
        PLAYGROUND: "off",
        FAST_CLOCK_RATE: String(CLOCK_RATE),
        FAST_CLOCK_START: new Date(clock.start).toISOString(),
        FAST_CLOCK_REAL_START: String(clock.realStart),
        NODE_OPTIONS: `--import ${LOGIN_ROUTE}`,
        LOGIN_ROUTE_PORT: String(login.port),
        LOGIN_ROUTE_HTTP_PORT: String(login.httpPort),
        LOGIN_ROUTE_CA: login.pemFile,
      });
      const serviceUrl = connector.serviceUrl;
      const t = strings("sv");

      // An unsigned post is refused, whatever it says.
      const unsigned = personalMessage({
        serviceUrl,
        id: "u-1",
        text: "hjälp",
        tenant: KARLSKRONA.tenant,
        from: LARS,
      });
      expect((await post(unsigned, "")).status).toBe(401);
      expect((await post(unsigned, "Bearer aaa.bbb.ccc")).status).toBe(401);

      // Installed in Karlskrona's channel: the conversation is stored for later posts.
      const installed = await post(
        botAddedToTeam({ serviceUrl, id: "i-1", tenant: KARLSKRONA.tenant, channel: KARLSKRONA.channel }),
      );
      expect(installed.status).toBe(200);

      // help in the personal chat, answered there.
      let from = connector.activities.length;
      const help = await post(
        personalMessage({ serviceUrl, id: "h-1", text: "hjälp", tenant: KARLSKRONA.tenant, from: LARS }),
      );
      expect(help.status).toBe(200);
      const answer = postedSince(from);
      expect(answer.map((a) => a.conversationId)).toEqual([PERSONAL_CHAT]);
      expect(JSON.stringify(answer[0]?.activity)).toContain(t.help.title);

      // The self-assessment form, then its Action.Execute answered with the updated card.
      from = connector.activities.length;
      await post(
        personalMessage({ serviceUrl, id: "a-1", text: "bedöm", tenant: KARLSKRONA.tenant, from: LARS }),
      );
      const card = postedSince(from)
        .flatMap((a) => ((a.activity.attachments ?? []) as { content?: unknown }[]).map((c) => c.content))
        .find((c) => formAction(c));
      const action = card ? formAction(card) : undefined;
      if (!card || !action) throw new Error(`no form: ${JSON.stringify(postedSince(from)).slice(0, 300)}`);
      const scores = Object.fromEntries(
        cardInputs(card)
          .filter((id) => id.startsWith("score:"))
          .map((id) => [id, "2"]),
      );
      const submitted = await post(
        cardAction({
          serviceUrl,
          id: "f-1",
          verb: action.verb,
          data: { ...action.data, ...scores },
          replyToId: "form-1",
          tenant: KARLSKRONA.tenant,
          channel: PERSONAL_CHAT,
          from: LARS,
        }),
      );
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        statusCode: 200,
        type: "application/vnd.microsoft.card.adaptive",
      });
      const points = Object.keys(scores).length;
      expect(JSON.stringify(submitted.body)).toContain(
        t.assessmentDone.totalOf(2 * points, round.checklist.scale.max * points),
      );

      // The scheduler's tick posts the week-before reminder in Karlskrona's channel, by the stored
      // conversation, with what is still missing and a button for it.
      const deadline = Date.now() + 40_000;
      const reminder = () =>
        connector.activities.find(
          (a) => a.conversationId === KARLSKRONA.channel && a.replyToId === undefined,
        );
      while (!reminder() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const posted = reminder();
      expect(posted, bot.output.join("")).toBeDefined();
      expect(JSON.stringify(posted?.activity)).toContain(t.reminder.stillMissing);
      expect(cardActions(posted?.activity).length).toBeGreaterThan(0);
      expect(posted?.authorization).toMatch(/^Bearer /);

      bot.kill("SIGTERM");
      await bot.exited;
      const store = await openEmbeddedStore({ dataDir });
      const stored = await store.getConversationReference("teams", KARLSKRONA.tenant, KARLSKRONA.channel);
      await store.close();
      expect(stored?.reference).toMatchObject({ serviceUrl, conversation: { id: KARLSKRONA.channel } });
    }, 90_000);
  });
}
