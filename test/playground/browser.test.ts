// The playground in Debian's Chromium: a key person scores the baseline in the real Adaptive Card, the
// mentor's status shows the new total; a bad form comes back with the field error on the card.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, HAS_CHROMIUM, launchChromium } from "./chromium.ts";
import {
  actAs,
  buttonsCutOff,
  newestMessageHidden,
  openPlayground as openPlaygroundPage,
  postsPerChannel,
  say,
  scrolledSideways,
  setClock,
  startOver,
  wordsBrokenInside,
} from "./page-actions.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

const SCREENSHOTS = fileURLToPath(new URL("../../test-output/playground/", import.meta.url));
const KEY_PERSON = "lars.nystrom@karlskrona.example";
const MENTOR = "anna.lind@kalmar.example";
const VAXHOLM = "ingrid.falk@vaxholm.example";
// Grums's key person and elected official: two people of one organisation, each with the form open.
const GRUMS_KEY_PERSON = "erik.hedlund@grums.example";
const GRUMS_OFFICIAL = "birgitta.lund@grums.example";
const ROUND = "modellkommuner-2027";

if (!HAS_CHROMIUM) {
  console.log("browser test skipped: install Debian's chromium (apt-get install chromium) to run it");
}

// Skipped only when the browser is missing (see the message above); CI installs it.
describe.skipIf(!HAS_CHROMIUM)("the playground in a browser", () => {
  let app: PlaygroundApp;
  let chromiumBrowser: Browser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await startPlaygroundApp();
    chromiumBrowser = await launchChromium({ viewport: { width: 1400, height: 1000 } });
    browser = chromiumBrowser.context;
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`playground screenshots: ${SCREENSHOTS}`);
  }, 60_000);

  afterAll(async () => {
    await chromiumBrowser?.close();
    await app?.stop();
  });

  it("a key person scores the baseline in the card, and the mentor's status shows the new total", async () => {
    const page = await openPlayground();
    await actAs(page, KEY_PERSON);
    await setClock(page, "2027-03-10T10:00", "10 mars 2027");
    const form = await say(page, "bedöm");
    await expect.poll(() => form.getAttribute("data-card-kind")).toBe("self-assessment");
    const levels = [3, 3, 2, 2, 3, 2, 2, 3, 2, 1]; // total 23
    await chooseLevels(form, levels);
    await form.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => form.getAttribute("data-card-kind")).toBe("self-assessment-confirmation");
    expect(await form.textContent()).toMatch(/23 av 30/);
    await page.screenshot({ path: join(SCREENSHOTS, "1-baseline-confirmed.png"), fullPage: true });
    const stored = await app.store.latestAssessments(ROUND);
    expect(stored.map((a) => [a.organisationId, a.assessmentRound])).toEqual([["karlskrona", "baseline"]]);

    await actAs(page, MENTOR);
    const status = await say(page, "status");
    await expect.poll(() => status.getAttribute("data-card-kind")).toBe("status");
    expect(await tableRow(status, "Karlskrona kommun")).toMatch(/23\/30/);
    await page.screenshot({ path: join(SCREENSHOTS, "2-mentor-status.png"), fullPage: true });
  }, 60_000);

  it("a form with a point left out, then with a tampered level, comes back with the field error", async () => {
    const page = await openPlayground();
    await actAs(page, VAXHOLM);
    await setClock(page, "2027-03-10T10:00", "10 mars 2027");
    const form = await say(page, "bedöm");
    await expect.poll(() => form.getAttribute("data-card-kind")).toBe("self-assessment");
    await chooseLevels(form, [undefined, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    await form.getByRole("button", { name: "Skicka" }).click();
    // The card itself refuses to send a required point left empty, with the card's own message.
    await form.getByText("Välj en nivå för punkt 1.").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "3-point-left-out.png"), fullPage: true });

    // A level the scale does not have (as a tampered request would send) is refused by the bot.
    const first = choiceSets(form).nth(0).locator('input[value="2"]');
    await first.check();
    await first.evaluate((input) => {
      (input as { value: string }).value = "7";
    });
    await form.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => form.getAttribute("data-reply-type")).toBe("form-invalid");
    await form.getByText("⚠ Välj ett värde från 1 till 3.").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "4-field-error.png"), fullPage: true });
    expect(await app.store.listAssessments(ROUND, "vaxholm")).toEqual([]);
  }, 60_000);

  it("two people with the same form open each keep their own answers, and each card sends its own", async () => {
    const page = await openPlayground();
    await setClock(page, "2027-03-10T10:00", "10 mars 2027");
    await actAs(page, GRUMS_KEY_PERSON);
    const erik = await say(page, "bedöm");
    await expect.poll(() => erik.getAttribute("data-card-kind")).toBe("self-assessment");
    const erikLevels = [1, 2, 3, 1, 2, 3, 1, 2, 3, 1]; // total 19
    await chooseLevels(erik, erikLevels);
    await actAs(page, GRUMS_OFFICIAL);
    const birgitta = await say(page, "bedöm");
    await expect.poll(() => birgitta.getAttribute("data-card-kind")).toBe("self-assessment");
    const birgittaLevels = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    await chooseLevels(birgitta, birgittaLevels);
    // Ticking a level in one card leaves the other card's answers as they were.
    expect(await checkedLevels(erik)).toEqual(erikLevels);
    expect(await checkedLevels(birgitta)).toEqual(birgittaLevels);
    await page.screenshot({ path: join(SCREENSHOTS, "6-two-copies-of-a-form.png"), fullPage: true });

    await erik.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => erik.getAttribute("data-card-kind")).toBe("self-assessment-confirmation");
    expect(await erik.textContent()).toMatch(/19 av 30/);
    const [stored] = await app.store.latestAssessments(ROUND, "grums");
    expect(stored?.submittedBy).toBe(GRUMS_KEY_PERSON);
    expect(Object.values(stored?.answers ?? {}).map((a) => a.score)).toEqual(erikLevels);
    expect(await checkedLevels(birgitta)).toEqual(birgittaLevels);
    await page.close();
  }, 60_000);

  it("a reminder posted when the clock moves shows in the organisation's channel, and its button works", async () => {
    const page = await openPlayground();
    await actAs(page, VAXHOLM);
    await setClock(page, "2027-03-15T10:00", "15 mars 2027");
    const vaxholm = page.locator('.channel[data-channel="vaxholm"]');
    await vaxholm.getByText("Inga inlägg ännu.").waitFor();
    await page.getByRole("button", { name: "+1 vecka" }).click();
    await expect.poll(() => page.locator("#clock-now").textContent()).toContain("22 mars 2027");
    const reminder = vaxholm.locator('.card[data-card-kind="reminder"]').first();
    await reminder.getByText("Påminnelse: en vecka kvar").waitFor();
    // The Slack organisation of the other cluster has its own channel, without Vaxholm's reminder.
    const ornskoldsvik = page.locator('.channel[data-channel="ornskoldsvik"]');
    expect(await ornskoldsvik.textContent()).not.toContain("Vaxholms stad");
    await page.screenshot({ path: join(SCREENSHOTS, "5-reminder-in-channel.png"), fullPage: true });

    const answers = page.locator("#conversation li.message.bot");
    const before = await answers.count();
    await reminder.getByRole("button", { name: "Gör självskattningen" }).click();
    await expect
      .poll(() => answers.nth(before).locator(".card").getAttribute("data-card-kind"))
      .toBe("self-assessment");
  }, 60_000);

  it("a reminder's button acts where the reminder is: for its organisation's key person, not for a visitor from another", async () => {
    const page = await openPlayground();
    await actAs(page, MENTOR);
    await setClock(page, "2027-03-15T10:00", "15 mars 2027");
    await page.getByRole("button", { name: "+1 vecka" }).click();
    await expect.poll(() => page.locator("#clock-now").textContent()).toContain("22 mars 2027");
    const reminder = page
      .locator('.channel[data-channel="vaxholm"] .card[data-card-kind="reminder"]')
      .first();
    const button = reminder.getByRole("button", { name: "Länk till presentationen" });
    const answers = page.locator("#conversation li.message.bot");

    // Anna of Kalmar kommun presses it in Vaxholm's channel: she is pointed home, no form for Kalmar.
    let before = await answers.count();
    await button.click();
    const refused = answers.nth(before).locator(".card");
    await refused.waitFor();
    expect(await refused.getAttribute("data-card-kind")).toBe("notice");
    expect(await refused.textContent()).toContain("Vaxholms stad");
    expect(await page.locator("#conversation li.message.user .said").last().textContent()).toBe(
      "Tryckte på: Länk till presentationen",
    );

    // Vaxholm's key person presses the same button: the form asks for Vaxholm's link, for meeting 1.
    await actAs(page, VAXHOLM);
    before = await answers.count();
    await button.click();
    const form = answers.nth(before).locator(".card");
    await form.waitFor();
    expect(await form.getAttribute("data-card-kind")).toBe("presentation-link");
    expect(await form.textContent()).toContain("Vaxholms stads presentation inför benchmarkingmöte 1");
  }, 60_000);

  it("on a laptop and a wide screen, no word breaks inside itself, table columns line up and no card is cut off", async () => {
    const page = await openPlayground();
    await actAs(page, MENTOR);
    // A week before the first benchmarking meeting: the host's invitation (a fact set) and reminders with
    // two buttons side by side are in the channels.
    await setClock(page, "2027-03-22T10:00", "22 mars 2027");
    await expect.poll(() => page.locator("#channels .post").count()).toBeGreaterThan(2);
    const status = await say(page, "status");
    await expect.poll(() => status.getAttribute("data-card-kind")).toBe("status");
    // At 800 px the page is one column, at 1280 px the conversation sits beside the channels; at both the
    // status card is too narrow for six equal columns to hold their longest words.
    for (const width of [800, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      expect({ width, broken: await wordsBrokenInside(status) }).toEqual({ width, broken: [] });
      expect({ width, misaligned: await misalignedColumns(status) }).toEqual({ width, misaligned: [] });
      expect({ width, scrolled: await cardsScrollingSideways(page) }).toEqual({ width, scrolled: [] });
      expect({ width, cut: await buttonsCutOff(page) }).toEqual({ width, cut: [] });
      await page.screenshot({ path: join(SCREENSHOTS, `5-cards-at-${width}px.png`), fullPage: true });
    }
    await page.close();
  });

  it("on a laptop, the bot's newest reply shows above the command box, not behind it", async () => {
    const page = await openPlayground();
    await page.setViewportSize({ width: 1280, height: 900 });
    await actAs(page, KEY_PERSON);
    for (const command of ["hjälp", "steg", "exportera"]) {
      await say(page, command);
      await expect.poll(() => newestMessageHidden(page)).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `7-newest-reply-${command}.png`) });
    }
    await page.close();
  }, 60_000);

  it("wraps a 3,000-character command inside its bubble instead of widening the page", async () => {
    const page = await openPlayground();
    await page.setViewportSize({ width: 1280, height: 900 });
    await actAs(page, KEY_PERSON);
    await say(page, "x".repeat(3000));
    expect(await scrolledSideways(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "8-long-command.png") });
    await page.close();
  }, 60_000);

  it("announces the next reminder with how many channels it goes to, naming none of their organisations", async () => {
    const page = await openPlayground();
    // Nothing sent yet (the other tests have moved the clock past 22 March).
    await startOver(page);
    // At 09:00 on 22 March, Kalmar's cluster gets its week's notice and its host the invitation: three channels.
    await setClock(page, "2027-03-10T10:00", "10 mars 2027");
    const hint = page.locator("#next-reminder");
    const organisations = app.round.organisations.map((o) => o.name);
    expect(await hint.textContent()).toBe(
      "Nästa påminnelse: måndag 22 mars 2027 kl. 09:00 – inbjudan till värden och en vecka kvar, till 3 kanaler.",
    );
    const announced = Number(/till (\d+) kanaler/.exec((await hint.textContent()) ?? "")?.[1]);
    await page.getByRole("button", { name: "English" }).click();
    try {
      await expect
        .poll(() => hint.textContent())
        .toMatch(
          /^Next reminder: .*22 March 2027.* – invitation to the host and one week left, to 3 channels\.$/,
        );
      const shown = await hint.textContent();
      expect(organisations.filter((name) => shown?.includes(name))).toEqual([]);
    } finally {
      // The language is remembered in the browser, which the other tests share.
      await page.getByRole("button", { name: "Svenska" }).click();
    }

    // The jump there: as many organisations' channels get a post as the page said. (The project managers'
    // channel gets its copy of the invitation besides: a copy, not a channel the reminder goes to.)
    const before = await postsPerChannel(page);
    await page.getByRole("button", { name: "Nästa påminnelse" }).click();
    await expect.poll(() => page.locator("#clock-now").textContent()).toContain("22 mars 2027");
    const after = await postsPerChannel(page);
    const reached = app.round.organisations
      .map((o) => o.id)
      .filter((id) => (after[id] ?? 0) > (before[id] ?? 0));
    expect(reached.sort()).toEqual(["kalmar", "karlskrona", "vaxholm"]);
    expect(reached).toHaveLength(announced);
    await page.close();
  }, 60_000);

  it("shows the whole name, organisation and role of who you are on a wide screen, and fits on a phone", async () => {
    const page = await openPlayground();
    await actAs(page, MENTOR);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await personPickerCutOff(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    try {
      await page.getByLabel("Who are you?").waitFor();
      expect(await personPickerCutOff(page)).toEqual([]);
    } finally {
      // The language is remembered in the browser, which the other tests share.
      await page.getByRole("button", { name: "Svenska" }).click();
    }
    await page.screenshot({ path: join(SCREENSHOTS, "9-person-picker-at-1280px.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrolledSideways(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "9-person-picker-at-390px.png") });
    await page.close();
  }, 60_000);

  const openPlayground = () => openPlaygroundPage(browser, app.baseUrl);
});

/** The cards whose content is wider than the card (scrolled inside it), by their first words. */
async function cardsScrollingSideways(page: Page): Promise<string[]> {
  return page
    .locator(".card")
    .evaluateAll((cards) =>
      cards
        .filter((card) => card.scrollWidth > card.clientWidth + 1)
        .map((card) => (card.textContent ?? "").slice(0, 40)),
    );
}

/**
 * The labels the person picker cuts off: those wider than the picker, each measured as a picker of its own
 * (a copy beside it that holds only that label, at its max-content width).
 */
async function personPickerCutOff(page: Page): Promise<string[]> {
  return page.getByLabel(/Vem är du\?|Who are you\?/).evaluate((select) => {
    const shown = select.getBoundingClientRect().width;
    return [...select.querySelectorAll("option")]
      .map((option) => option.textContent ?? "")
      .filter((label) => {
        const copy = select.cloneNode(false) as typeof select;
        copy.removeAttribute("id");
        copy.setAttribute("style", "width: max-content; max-width: none; position: absolute");
        copy.append(select.ownerDocument.createElement("option"));
        (copy.firstChild as { textContent: string }).textContent = label;
        select.after(copy);
        const needed = copy.getBoundingClientRect().width;
        copy.remove();
        return needed > shown + 1;
      });
  });
}

/** The cells of a card's tables that do not start where their column's header starts, as "row/column". */
async function misalignedColumns(card: Locator): Promise<string[]> {
  return card.evaluate((node) =>
    [...node.querySelectorAll("[role=table]")].flatMap((table) => {
      const rows = [...table.children].filter((row) => row.getAttribute("role") === "row");
      const lefts = (row: (typeof rows)[number]) =>
        [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
      const header = rows[0] ? lefts(rows[0]) : [];
      return rows.flatMap((row, r) =>
        lefts(row).flatMap((left, c) => (Math.abs(left - (header[c] ?? left)) > 1 ? [`${r}/${c}`] : [])),
      );
    }),
  );
}

function choiceSets(card: Locator): Locator {
  return card.locator(".ac-choiceSetInput-expanded");
}

/** Ticks one level per checklist point, in order; `undefined` leaves a point unanswered. */
async function chooseLevels(card: Locator, levels: (number | undefined)[]): Promise<void> {
  expect(await choiceSets(card).count()).toBe(levels.length);
  for (const [i, level] of levels.entries()) {
    if (level !== undefined) await choiceSets(card).nth(i).locator(`input[value="${level}"]`).check();
  }
}

/** The level ticked in each checklist point of a card, in order; `undefined` where none is. */
async function checkedLevels(card: Locator): Promise<(number | undefined)[]> {
  return choiceSets(card).evaluateAll((sets) =>
    sets.map((set) => {
      const ticked = set.querySelector("input:checked") as { value: string } | null;
      return ticked ? Number(ticked.value) : undefined;
    }),
  );
}

/** The text of the table row that starts with `first` in an Adaptive Card table. */
async function tableRow(card: Locator, first: string): Promise<string> {
  const rows = card.locator(".ac-table-row, [role=row]");
  const texts = await rows.allInnerTexts();
  const row = texts.find((text) => text.trim().startsWith(first));
  if (row === undefined) throw new Error(`no row for ${first} among ${texts.length} rows`);
  return row;
}
