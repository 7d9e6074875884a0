// Teams end to end with the real engine on the embedded store and the example round: Karlskrona scores
// its baseline in a card in its channel, and the mentor sees the total in Kalmar's channel.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scores } from "../engine/harness.ts";
import { cardAction, channelMention } from "./fixtures.ts";
import {
  ANNA_LIND,
  findAction,
  KALMAR,
  KARLSKRONA,
  LARS,
  type RealEngineHarness,
  startRealEngine,
  tableRows,
} from "./real-engine-harness.ts";

const AT = "2027-03-10T09:00:00Z";
const BASELINE = [3, 2, 2, 1, 2, 1, 1, 2, 1, 2];
let h: RealEngineHarness;
beforeEach(async () => {
  h = await startRealEngine(AT);
});
afterEach(async () => h.stop());

/** Lars asks for the form in Karlskrona's channel; what Teams received for it. */
async function openForm(): Promise<Record<string, unknown>> {
  await h.post(
    channelMention({
      serviceUrl: h.connector.serviceUrl,
      id: "8100",
      text: "bedöm",
      from: LARS,
      ...KARLSKRONA,
    }),
  );
  const posted = h.connector.activities.at(-1);
  expect(posted?.conversationId).toBe(`${KARLSKRONA.channel};messageid=8100`);
  const attachments = posted?.activity.attachments as { content: unknown }[] | undefined;
  const submit = findAction(attachments?.[0]?.content, "form:self-assessment");
  if (!submit) throw new Error("no self-assessment form was posted");
  return submit.data;
}

function submission(id: string, data: Record<string, unknown>, values: Record<string, string>) {
  return cardAction({
    serviceUrl: h.connector.serviceUrl,
    id,
    verb: "form:self-assessment",
    data: { ...data, ...values },
    replyToId: "activity-1",
    from: LARS,
    ...KARLSKRONA,
  });
}

const versions = async () => (await h.embedded.listAssessments(h.round.id, "karlskrona")).length;

describe("a Karlskrona key person scoring the baseline in Teams", () => {
  it("gets the real self-assessment form as an Adaptive Card in the channel", async () => {
    const data = await openForm();
    expect(data).toMatchObject({ organisationId: "karlskrona", assessmentRound: "baseline" });
    const card = JSON.stringify(h.connector.activities[0]?.activity);
    for (const point of h.checklist.points) expect(card).toContain(`score:${point.id}`);
  });

  it("is answered with the confirmation card, stores one version, and the re-send gets the same card", async () => {
    const invoke = submission("f:8200", await openForm(), scores(h.checklist, BASELINE));
    const first = await h.post(invoke);
    expect(first.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(first.body)).toContain("Karlskrona kommun fick 17 av 30 poäng.");
    expect(JSON.stringify(first.body)).not.toContain('"Input.');
    expect(await versions()).toBe(1);

    const posted = h.connector.activities.length;
    const again = await h.post(invoke);
    expect(again.body).toEqual(first.body);
    expect(await versions()).toBe(1);
    expect(h.connector.activities).toHaveLength(posted);
    // The submission's idempotency key is its only durable record: no delivery record was written for it.
    const at = new Date().toISOString();
    expect(await h.embedded.rememberEvent("teams:f:8200", at, at)).toBe(true);
  });

  it("gets the form back with the field's error for a score off the scale, and nothing is stored", async () => {
    const values = { ...scores(h.checklist, BASELINE), [`score:${h.checklist.points[0]?.id}`]: "4" };
    const res = await h.post(submission("f:8300", await openForm(), values));

    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(res.body)).toContain("Välj ett värde från 1 till 3.");
    expect(JSON.stringify(res.body)).toContain('"Input.');
    expect(await versions()).toBe(0);
  });
});

describe("the mentor asking for status in Kalmar's channel", () => {
  it("sees Karlskrona's total in the posted card", async () => {
    await h.post(submission("f:8400", await openForm(), scores(h.checklist, BASELINE)));
    await h.post(
      channelMention({
        serviceUrl: h.connector.serviceUrl,
        id: "8500",
        text: "status",
        from: ANNA_LIND,
        ...KALMAR,
      }),
    );

    const posted = h.connector.activities.at(-1);
    expect(posted?.conversationId).toBe(`${KALMAR.channel};messageid=8500`);
    const rows = tableRows(posted?.activity);
    const karlskrona = rows.find((row) => row[0] === "Karlskrona kommun");
    expect(karlskrona).toContain("17/30");
    expect(rows.find((row) => row[0] === "Vaxholms stad")).not.toContain("17/30");
  });

  it("a Karlskrona member's own status goes to the personal chat, not the channel", async () => {
    await h.post(
      channelMention({
        serviceUrl: h.connector.serviceUrl,
        id: "8600",
        text: "status",
        from: LARS,
        ...KARLSKRONA,
      }),
    );

    expect(h.connector.conversations).toEqual([
      { id: `a:1personal-${LARS.id}`, memberIds: [LARS.id], tenantId: KARLSKRONA.tenant },
    ]);
    expect(h.connector.activities.map((a) => a.conversationId)).toEqual([`a:1personal-${LARS.id}`]);
    expect(tableRows(h.connector.activities[0]?.activity).map((row) => row[0])).toContain(
      "Karlskrona kommun",
    );
  });
});
