// The adapter contract: one list of conversation scenarios, run through every chat adapter (Slack, Teams,
// the playground), each over HTTP with the payloads its platform sends, against the real engine and store.
// What is checked is what a person notices: the words on the cards and what was stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { strings } from "../../cards/strings.ts";
import { plan } from "../../src/domain/reminder-plan.ts";
import { messages } from "../../src/engine/messages.ts";
import type { ChatDriver, OpenedForm, Seen } from "./chat-driver.ts";

/** Inside the baseline round of both clusters (their first benchmarking meetings are in April 2027). */
const NOW = "2027-03-10T09:00:00Z";

function isForm(value: Seen | OpenedForm): value is OpenedForm {
  return "submit" in value;
}

function scores(d: ChatDriver, level: number): Record<string, string> {
  return Object.fromEntries(d.checklist.points.map((p) => [`score:${p.id}`, String(level)]));
}

export function runAdapterContract(name: string, start: () => Promise<ChatDriver>): void {
  describe(`adapter contract: ${name}`, () => {
    let d: ChatDriver;
    beforeEach(async () => {
      d = await start();
      await d.at(NOW);
    });
    afterEach(async () => d.stop());

    const org = () => d.round.organisations.find((o) => o.id === d.keyPerson.organisationId);
    const maxTotal = () => d.checklist.points.length * d.checklist.scale.max;

    it("help lists the commands in the person's language", async () => {
      const help = strings(d.keyPerson.locale).help;
      const answer = await d.say(d.keyPerson.email, d.keyPerson.locale === "sv" ? "hjälp" : "help");
      expect(answer.includes(help.title)).toBe(true);
      expect(answer.includes(help.commands.assess.syntax)).toBe(true);
    });

    it("status shows the mentor the cluster with each of its organisations", async () => {
      const answer = await d.say(d.mentor.email, "status");
      expect(answer.includes(org()?.name ?? "?")).toBe(true);
      const cluster = d.round.clusters.find((c) => c.organisations.includes(d.keyPerson.organisationId));
      expect(answer.includes(cluster?.name ?? "?")).toBe(true);
    });

    it("assess opens the form, a submission is confirmed with its total, a second one is a new version", async () => {
      const form = await d.open(d.keyPerson.email, "assess");
      expect(form.fields).toEqual(expect.arrayContaining(d.checklist.points.map((p) => `score:${p.id}`)));
      const t = strings(d.keyPerson.locale);
      const name = org()?.name ?? "?";
      const first = await form.submit(scores(d, 2));
      expect(first.includes(name)).toBe(true);
      expect(first.includes(t.assessmentDone.totalOf(2 * d.checklist.points.length, maxTotal()))).toBe(true);
      const again = await d.open(d.keyPerson.email, "assess");
      const second = await again.submit(scores(d, 3));
      expect(second.includes(t.assessmentDone.totalOf(maxTotal(), maxTotal()))).toBe(true);
      const versions = await d.store.listAssessments(d.round.id, d.keyPerson.organisationId);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
    });

    it("a submission the platform delivers twice is stored once", async () => {
      const form = await d.open(d.keyPerson.email, "assess");
      await form.submit(scores(d, 2));
      await form.redeliver();
      expect(await d.store.listAssessments(d.round.id, d.keyPerson.organisationId)).toHaveLength(1);
    });

    it("a form opened on older answers is not saved over a colleague's newer ones, and says who changed them", async () => {
      const mine = await d.open(d.keyPerson.email, "assess");
      const theirs = await d.open(d.colleague.email, "assess");
      await theirs.submit(scores(d, 3));
      const answer = await mine.submit(scores(d, 2));
      const say = messages(d.keyPerson.locale);
      expect(answer.includes(d.colleague.name)).toBe(true);
      expect(answer.includes(say.staleAnswers("", "", [], "yours").split(".")[1]?.trim() ?? "?")).toBe(true);
      // Opened before any answers: the note shows where the saved answers differ from this person's.
      const first = d.checklist.points[0];
      const title = first?.title[d.keyPerson.locale] ?? "?";
      expect(answer.includes(say.changedPoint(1, title, "2", "3"))).toBe(true);
      const versions = await d.store.listAssessments(d.round.id, d.keyPerson.organisationId);
      expect(versions).toHaveLength(1);
      expect(Object.values(versions[0]?.answers ?? {}).every((a) => a.score === 3)).toBe(true);
    });

    it("pdsa opens the form and the update is stored", async () => {
      const form = await d.open(d.keyPerson.email, "pdsa");
      const answer = await form.submit({ area: "Hemtjänstens biståndsbeslut", cycle: "1", phase: "plan" });
      expect(answer.includes("Hemtjänstens biståndsbeslut")).toBe(true);
      const stored = await d.store.listPdsa(d.round.id, d.keyPerson.organisationId);
      expect(stored.map((p) => [p.area, p.cycle, p.phase])).toEqual([
        ["Hemtjänstens biståndsbeslut", 1, "plan"],
      ]);
    });

    it("published marks the presentation, and the same command delivered again changes nothing", async () => {
      const link = "https://example.org/presentation.pdf";
      const answer = await d.say(d.keyPerson.email, `published ${link}`);
      expect(answer.includes(link)).toBe(true);
      await d.redeliverLast();
      const marks = await d.store.listPresentations(d.round.id);
      expect(marks.map((m) => [m.organisationId, m.link])).toEqual([[d.keyPerson.organisationId, link]]);
    });

    it("language switches what the bot says to this person, and default goes back to the organisation's", async () => {
      const other = d.keyPerson.locale === "sv" ? "en" : "sv";
      const chosen = await d.say(d.keyPerson.email, `language ${other}`);
      expect(chosen.includes(messages(other).languageSet)).toBe(true);
      const help = await d.say(d.keyPerson.email, "help");
      expect(help.includes(strings(other).help.title)).toBe(true);
      await d.say(d.keyPerson.email, "language default");
      expect((await d.say(d.keyPerson.email, "help")).includes(strings(d.keyPerson.locale).help.title)).toBe(
        true,
      );
    });

    it("a button of an older card gets a clear answer, and a format mistake is titled as one", async () => {
      const say = messages(d.keyPerson.locale);
      const outdated = await d.pressOutdated(d.keyPerson.email);
      expect(outdated.includes(say.outdatedButtonTitle)).toBe(true);
      const mentorSays = messages(d.mentor.locale);
      const format = await d.say(d.mentor.email, "setstep");
      expect(format.includes(mentorSays.formatTitle)).toBe(true);
      expect(format.includes(mentorSays.refusedTitle)).toBe(false);
    });

    it("a refusal is a clear message in the person's language, and nothing is written", async () => {
      const answer = await d.say(d.keyPerson.email, "setstep 5");
      const say = messages(d.keyPerson.locale);
      expect(answer.includes(say.refusedTitle)).toBe(true);
      expect(answer.includes(say.setStepNotYours)).toBe(true);
      expect(await d.store.listStepOverrides(d.round.id)).toEqual([]);
    });

    it("a reminder reaches the organisation's channel with what is missing, and its button opens the form", async () => {
      const first = plan(d.round).find(
        (r) =>
          r.organisation === d.keyPerson.organisationId &&
          r.meeting === "benchmarking-1" &&
          r.kind === "deadline-in-7-days",
      );
      if (!first) throw new Error("the example round has no week-before reminder for this organisation");
      const t = strings(org()?.language ?? d.round.language).reminder;
      const posted = await d.remind(first.at);
      // The organisation may get more than one post at that instant (a host also gets its invitation).
      const reminder = posted.find(
        (p) => p.organisationId === d.keyPerson.organisationId && p.buttons.includes(t.assessButton),
      );
      if (!reminder)
        throw new Error(`no reminder for ${d.keyPerson.organisationId}: ${JSON.stringify(posted)}`);
      expect(reminder.seen.includes(t.assessment)).toBe(true);
      expect(reminder.seen.includes(t.presentation)).toBe(true);
      const pressed = await d.press(d.keyPerson.email, reminder, t.assessButton);
      expect(isForm(pressed)).toBe(true);
      if (isForm(pressed)) expect(pressed.fields).toContain(`score:${d.checklist.points[0]?.id}`);
      // The presentation button asks for the link, then marks it published: it does what it says.
      expect(reminder.buttons).toContain(t.publishedButton);
      const asked = await d.press(d.keyPerson.email, reminder, t.publishedButton);
      if (!isForm(asked)) throw new Error(`no link form: ${asked.text.slice(0, 300)}`);
      expect(asked.fields).toEqual(["link"]);
      await asked.submit({ link: "https://example.org/from-the-reminder.pdf" });
      const marks = await d.store.listPresentations(d.round.id);
      expect(marks.map((m) => [m.organisationId, m.link])).toEqual([
        [d.keyPerson.organisationId, "https://example.org/from-the-reminder.pdf"],
      ]);
    });
  });
}
