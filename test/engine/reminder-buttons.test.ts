// Every button the bot posts does what its label says, or opens the step that completes it: a reminder's
// "presentation link" asks for the link and then marks it published; pressed in another organisation's
// channel, or by someone who may not, it refuses; an outdated button gets a clear answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LINK_INPUT } from "../../cards/link-form.ts";
import { strings } from "../../cards/strings.ts";
import type { InboundEvent } from "../../src/engine/events.ts";
import { type Harness, only, startHarness, text } from "./harness.ts";

const AT = "2027-03-22T09:00:00+01:00"; // the week-before reminder for Kalmar's cluster
const LARS = "lars.nystrom@karlskrona.example"; // Karlskrona's key person
const EVA = "eva.dahl@karlskrona.example"; // Karlskrona's elected official

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.close());

const press = (email: string, command: string, extra: Partial<InboundEvent> = {}) =>
  h.engine.handle(
    {
      type: "button-pressed",
      command,
      platform: "playground",
      workspace: "playground",
      channel: "karlskrona",
      user: { id: email, email },
      eventId: `press-${Math.random()}`,
      ...extra,
    } as InboundEvent,
    new Date(AT),
  );

describe("a reminder's presentation button", () => {
  it("is labelled as the step it opens, asks for the link, and marks the presentation published", async () => {
    expect(strings("sv").reminder.publishedButton).toBe("Länk till presentationen");
    const form = only(await press(LARS, "published"), "form").card;
    expect(form.kind).toBe("presentation-link");
    expect(await h.store.listPresentations(h.round.id)).toEqual([]);
    const bad = await h.submit(LARS, form, { [LINK_INPUT]: "inte en länk" }, AT, "bad");
    expect(only(bad, "form-invalid").errors[LINK_INPUT]).toMatch(/webblänk/);
    const done = await h.submit(LARS, form, { [LINK_INPUT]: "https://example.org/k.pdf" }, AT, "ok");
    expect(text(done)).toMatch(
      /Karlskrona kommuns presentation inför benchmarkingmöte 1 är markerad som publicerad/,
    );
    expect((await h.store.listPresentations(h.round.id)).map((p) => [p.organisationId, p.link])).toEqual([
      ["karlskrona", "https://example.org/k.pdf"],
    ]);
  });

  it("refuses someone who may not mark it, and someone in another organisation's channel", async () => {
    expect(text(await press(EVA, "published"))).toMatch(/Bara organisationens nyckelperson/);
    const vaxholmChannel = await press(LARS, "published", { channel: "vaxholm" });
    expect(text(vaxholmChannel)).toMatch(/Den här kanalen tillhör Vaxholms stad/);
    expect(await h.store.listPresentations(h.round.id)).toEqual([]);
  });

  it("answers an outdated or unknown button clearly", async () => {
    const replies = await press(LARS, "an-old-action-from-last-year");
    expect(text(replies)).toMatch(/Knappen är inaktuell/);
  });
});
