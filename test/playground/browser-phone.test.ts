// The playground on a phone-sized screen in Debian's Chromium: nothing scrolls sideways, table headers wrap
// between words, "next reminder" brings the first reminder into its channel, and "start over" empties it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, HAS_CHROMIUM, launchChromium } from "./chromium.ts";
import {
  actAs,
  buttonsCutOff,
  newestMessageHidden,
  openPlayground,
  say,
  scrolledSideways,
  wordsBrokenInside,
} from "./page-actions.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

const SCREENSHOTS = fileURLToPath(new URL("../../test-output/playground/", import.meta.url));

if (!HAS_CHROMIUM)
  console.log("phone browser test skipped: install Debian's chromium (apt-get install chromium)");

// Skipped only when the browser is missing (see the message above); CI installs it.
describe.skipIf(!HAS_CHROMIUM)("the playground on a 390 px wide phone", () => {
  let app: PlaygroundApp;
  let chromiumBrowser: Browser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await startPlaygroundApp();
    chromiumBrowser = await launchChromium({ viewport: { width: 390, height: 844 } });
    browser = chromiumBrowser.context;
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await chromiumBrowser?.close();
    await app?.stop();
  });

  const open = () => openPlayground(browser, app.baseUrl);

  /** Moves the playground's clock as its "set the clock" button does. */
  const setClock = (at: string) =>
    fetch(`${app.baseUrl}/playground/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ at }),
    });

  it("never scrolls sideways, and a wide table's headers wrap only between words", async () => {
    const page = await open();
    await page.getByLabel("Vem är du?").selectOption("sara.holm@skr.example");
    await page.getByLabel("Kommando", { exact: true }).fill("status");
    await page.getByLabel("Kommando", { exact: true }).press("Enter");
    const card = page.locator("#conversation li.message.bot .card").first();
    await card.waitFor();
    expect(await scrolledSideways(page)).toBe(0);
    // Every word of the table's header row is on one line: no word is wider than its cell allows.
    const broken = await wordsBrokenInside(card);
    expect(broken).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "phone-status.png"), fullPage: true });
    await page.close();
  });

  it("says under a mentor's status that the card goes on sideways, and no more once the window is wide", async () => {
    const page = await open();
    await actAs(page, "anna.lind@kalmar.example");
    const card = await say(page, "status");
    const note = page.locator("#conversation li.message.bot .sideways");
    // Six columns do not fit 390 px: the card scrolls inside itself, and the line under it says so.
    expect(await card.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toBe("Kortet är bredare än skärmen: dra i sidled för att se resten.");
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect.poll(() => card.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(false);
    await expect.poll(() => note.count()).toBe(0);
    await page.close();
  });

  it("jumps to the next reminder, which shows in its channel, and starts over with empty channels", async () => {
    const page = await open();
    const hint = page.locator("#next-reminder");
    await expect.poll(() => hint.textContent()).toMatch(/Nästa påminnelse: .*2027/);
    await page.getByRole("button", { name: "Nästa påminnelse" }).click();
    const posts = page.locator("#channels .post");
    await expect.poll(() => posts.count()).toBeGreaterThan(0);
    expect(await scrolledSideways(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "phone-next-reminder.png"), fullPage: true });
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Börja om" }).click();
    await expect.poll(() => posts.count()).toBe(0);
    expect(await app.store.listOutbox()).toEqual([]);
    await page.close();
  });

  it("shows a key person who submits an older form what a colleague changed meanwhile, and saves nothing", async () => {
    await setClock("2027-03-10T10:00:00+01:00");
    const page = await open();
    const who = page.getByLabel("Vem är du?");
    const ask = async (text: string) => {
      const answers = page.locator("#conversation li.message.bot .card");
      const before = await answers.count();
      await page.getByLabel("Kommando", { exact: true }).fill(text);
      await page.getByLabel("Kommando", { exact: true }).press("Enter");
      const card = answers.nth(before);
      await expect.poll(() => card.getAttribute("data-card-kind")).toBe("self-assessment");
      return card;
    };
    const choose = async (card: ReturnType<typeof page.locator>, level: number) => {
      const sets = card.locator(".ac-choiceSetInput-expanded");
      for (let i = 0; i < (await sets.count()); i++)
        await sets.nth(i).locator(`input[value="${level}"]`).check();
    };
    await who.selectOption("lars.nystrom@karlskrona.example");
    const lars = await ask("bedöm");
    await who.selectOption("eva.dahl@karlskrona.example");
    const eva = await ask("bedöm");
    await choose(eva, 3);
    await eva.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => eva.getAttribute("data-card-kind")).toBe("self-assessment-confirmation");
    // Lars's form, opened before Eva saved, is submitted as Lars (the person it was shown to).
    await choose(lars, 2);
    await lars.getByRole("button", { name: "Skicka" }).click();
    await expect.poll(() => lars.textContent()).toMatch(/Eva Dahl sparade formuläret/);
    expect(await lars.getAttribute("data-card-kind")).toBe("self-assessment");
    const stored = await app.store.listAssessments(app.round.id, "karlskrona");
    expect(stored.map((v) => [v.submittedBy, v.version])).toEqual([["eva.dahl@karlskrona.example", 1]]);
    await lars.evaluate((node) => node.scrollIntoView({ block: "start" }));
    const box = await lars.boundingBox();
    if (box) {
      const y = Math.max(0, box.y);
      const clip = { x: 0, y, width: 390, height: Math.min(844 - y, box.height) };
      await page.screenshot({ path: join(SCREENSHOTS, "phone-stale-form.png"), clip });
    }
    await page.close();
  });

  it("shows the bot's newest reply above the command box, not behind it", async () => {
    const page = await open();
    await actAs(page, "lars.nystrom@karlskrona.example");
    for (const command of ["hjälp", "steg", "exportera"]) {
      await say(page, command);
      await expect.poll(() => newestMessageHidden(page)).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-newest-reply-${command}.png`) });
    }
    await page.close();
  });

  it("wraps a long link inside its message instead of scrolling sideways", async () => {
    const page = await open();
    await actAs(page, "lars.nystrom@karlskrona.example");
    const link =
      "https://karlskrona.sharepoint.com/sites/Jamstalldhet/Delade%20dokument/Modellkommuner2027/" +
      "Presentationer/Karlskrona_kommun_benchmarkingmote_1_presentation_slutlig_version.pdf";
    await say(page, `publicerad ${link}`);
    expect(await scrolledSideways(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "phone-long-link.png") });
    await page.close();
  });

  it("shows a reminder's two buttons whole, one below the other, where they do not fit side by side", async () => {
    // A week before the first benchmarking meeting: reminders with a presentation and an assessment button.
    await setClock("2027-03-22T10:00:00+01:00");
    const page = await open();
    const twoButtons = page
      .locator("#channels .post .ac-actionSet")
      .filter({ has: page.locator(".ac-pushButton ~ .ac-pushButton") });
    await expect.poll(() => twoButtons.count()).toBeGreaterThan(0);
    expect(await buttonsCutOff(page)).toEqual([]);
    expect(await scrolledSideways(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "phone-reminder-buttons.png"), fullPage: true });
    await page.close();
  });
});
