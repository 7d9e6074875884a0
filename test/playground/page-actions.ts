// What a person does on the playground page, for every browser test: open it, pick who they are, set the
// clock, type a command and wait for the bot's card.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";

export async function openPlayground(browser: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await browser.newPage();
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(baseUrl);
  await page.locator("body[data-ready=true]").waitFor();
  return page;
}

export async function actAs(page: Page, email: string): Promise<void> {
  await page.getByLabel("Vem är du?").selectOption(email);
}

export async function setClock(page: Page, wallTime: string, shown: string): Promise<void> {
  await page.getByLabel(/Datum och tid/).fill(wallTime);
  await page.getByRole("button", { name: "Ställ klockan" }).click();
  await expect.poll(() => page.locator("#clock-now").textContent()).toContain(shown);
}

/** "Börja om", confirmed: a fresh store with the example round, no posts, real time. */
export async function startOver(page: Page): Promise<void> {
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Börja om" }).click();
  await expect.poll(() => page.locator("#channels .post").count()).toBe(0);
}

/** How many posts each channel on the page shows, by the channel's id. */
export async function postsPerChannel(page: Page): Promise<Record<string, number>> {
  return page
    .locator("#channels .channel")
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections.map((s) => [s.getAttribute("data-channel"), s.querySelectorAll(".post").length]),
      ),
    );
}

/** Types a command; returns the card of the bot's first answer. */
export async function say(page: Page, text: string): Promise<Locator> {
  const answers = page.locator("#conversation li.message.bot");
  const before = await answers.count();
  await page.getByLabel("Kommando", { exact: true }).fill(text);
  await page.getByLabel("Kommando", { exact: true }).press("Enter");
  const card = answers.nth(before).locator(".card");
  await card.waitFor();
  return card;
}

/**
 * The words of a card's texts that are split over two lines inside themselves ("Självskatt" / "ning").
 * A compound joined by a hyphen may wrap after its hyphen ("PGSA-" / "fas"), as in print: its parts count
 * as words of their own.
 */
export async function wordsBrokenInside(card: Locator): Promise<string[]> {
  return card.evaluate((node) => {
    const words: string[] = [];
    for (const block of node.querySelectorAll(".ac-textBlock")) {
      const text = block.firstChild?.firstChild ?? block.firstChild;
      if (text?.nodeType !== 3) continue;
      const range = node.ownerDocument.createRange();
      const content = text.textContent ?? "";
      for (const match of content.matchAll(/[^\s-]+-?/g)) {
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (range.getClientRects().length > 1) words.push(match[0]);
      }
    }
    return words;
  });
}

/** The buttons that reach past their card's edge (the renderer's action set clips them), by their text. */
export async function buttonsCutOff(page: Page): Promise<string[]> {
  return page.locator(".card").evaluateAll((cards) =>
    cards.flatMap((card) => {
      const edge = card.getBoundingClientRect().right;
      return [...card.querySelectorAll(".ac-pushButton")]
        .filter((button) => button.getBoundingClientRect().right > edge + 1)
        .map((button) => button.textContent ?? "");
    }),
  );
}

/**
 * How many pixels of the newest message in the conversation are behind the sticky command box, of what
 * could show above it: a message taller than the room above the box shows from its top.
 */
export async function newestMessageHidden(page: Page): Promise<number> {
  return page
    .locator("#conversation > li")
    .last()
    .evaluate((item) => {
      const box = item.ownerDocument.getElementById("command-form");
      if (!box) throw new Error("the page has no command box");
      const message = item.getBoundingClientRect();
      const above = box.getBoundingClientRect().top;
      const room = Math.min(message.height, above);
      const shown = Math.max(0, Math.min(message.bottom, above) - Math.max(message.top, 0));
      return Math.round(room - shown);
    });
}

/** How far the page scrolls sideways, in pixels: 0 when nothing is wider than the window. */
export async function scrolledSideways(page: Page): Promise<number> {
  return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
