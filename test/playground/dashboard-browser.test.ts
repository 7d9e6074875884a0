// The dashboard in Debian's Chromium, opened from the playground as a person would: the project manager's
// link shows the round and a cluster's chart, the calendar link downloads a file, a participant's link shows
// only their organisation, altered and expired links are refused, and axe-core finds no violations.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ical from "node-ical";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, HAS_CHROMIUM, launchChromium } from "./chromium.ts";
import { actAs, openPlayground as openPlaygroundPage, say, setClock } from "./page-actions.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

const SCREENSHOTS = fileURLToPath(new URL("../../test-output/dashboard/", import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const MANAGER = "sara.holm@skr.example";
const PARTICIPANT = "eva.dahl@karlskrona.example";
const KEY_PERSON = "lars.nystrom@karlskrona.example";

if (!HAS_CHROMIUM) {
  console.log(
    "dashboard browser test skipped: install Debian's chromium (apt-get install chromium) to run it",
  );
}

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

// Skipped only when the browser is missing (see the message above); CI installs it.
describe.skipIf(!HAS_CHROMIUM)("the dashboard in a browser", () => {
  let app: PlaygroundApp;
  let chromiumBrowser: Browser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await startPlaygroundApp();
    chromiumBrowser = await launchChromium({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    browser = chromiumBrowser.context;
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`dashboard screenshots: ${SCREENSHOTS}`);
  }, 60_000);

  afterAll(async () => {
    await chromiumBrowser?.close();
    await app?.stop();
  });

  it("opens the project manager's link from the playground: the round, a cluster's chart, a calendar", async () => {
    const playground = await openPlayground();
    await actAs(playground, KEY_PERSON);
    await setClock(playground, "2027-03-10T10:00", "10 mars 2027");
    await scoreBaseline(playground);
    await actAs(playground, MANAGER);
    const dashboard = await openDashboardFrom(playground);
    await expect.poll(() => dashboard.locator("h1").textContent()).toContain("Modellkommuner 2027");
    expect(await dashboard.getByRole("heading", { level: 2 }).allTextContents()).toEqual([
      "Klustret Kalmar",
      "Klustret Örnsköldsvik",
    ]);
    const organisations = dashboard.getByRole("table", { name: "Organisationerna i Klustret Kalmar" });
    const karlskrona = organisations.getByRole("row", { name: /Karlskrona kommun/ });
    expect(await karlskrona.textContent()).toMatch(/Nulägesbedömning: 23\/30/);
    const due = dashboard.getByRole("table", { name: /Att lämna i Klustret Kalmar/ });
    const dueRow = (await due.getByRole("row", { name: /Karlskrona kommun/ }).textContent()) ?? "";
    // The start-up description is late; the baseline is in; the presentation for meeting 1 is not, and its
    // deadline is ahead.
    expect(dueRow).toMatch(/^Karlskrona kommun! försenad○ inte klar än✓ klar○ inte klar än/);
    // The due table is wider than the page: scrolled sideways, the organisation's name stays where it was,
    // and the box draws a shadow on the sides that go on (background scroll shadows).
    const box = dashboard.locator(".table-wrap", { has: due });
    const name = due.getByRole("rowheader", { name: /Karlskrona kommun/ });
    const wide = await box.evaluate((e) => e.scrollWidth > e.clientWidth);
    expect(wide).toBe(true);
    const before = (await name.boundingBox())?.x;
    await box.evaluate((e) => {
      e.scrollLeft = 300;
    });
    // Within a pixel: the sticky cell settles on the box's edge, half a collapsed border from where it was.
    expect(Math.abs(((await name.boundingBox())?.x ?? 0) - (before ?? 100))).toBeLessThanOrEqual(1);
    expect(
      await box.evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).backgroundImage),
    ).toMatch(/radial-gradient.*radial-gradient/);
    await box.evaluate((e) => {
      e.scrollLeft = 0;
    });
    await expectNoAxeViolations(dashboard, "round");
    await dashboard.screenshot({ path: join(SCREENSHOTS, "1-round-desktop.png"), fullPage: true });
    await dashboard.setViewportSize({ width: 390, height: 844 });
    await dashboard.screenshot({ path: join(SCREENSHOTS, "2-round-390px.png"), fullPage: true });
    expect(await horizontalOverflow(dashboard)).toBe(false);

    await dashboard.getByRole("link", { name: "Diagram per checklistpunkt för Klustret Kalmar" }).click();
    const chart = dashboard.getByRole("img", { name: /Stapeldiagram: Karlskrona kommuns poäng/ });
    await chart.waitFor();
    expect(await dashboard.getByRole("table", { name: /Karlskrona kommun: poäng per punkt/ }).count()).toBe(
      1,
    );
    await expectNoAxeViolations(dashboard, "cluster");
    await dashboard.screenshot({ path: join(SCREENSHOTS, "3-cluster-390px.png"), fullPage: true });
    expect(await horizontalOverflow(dashboard)).toBe(false);
    await dashboard.setViewportSize({ width: 1400, height: 1000 });
    await dashboard.screenshot({ path: join(SCREENSHOTS, "4-cluster-desktop.png"), fullPage: true });

    await dashboard.getByRole("link", { name: "Tillbaka till översikten" }).click();
    await dashboard.getByText("Kalender och historik för Karlskrona kommun").click();
    const versions = dashboard.getByRole("table", { name: "Versioner av nulägesbedömning" });
    expect(await versions.getByRole("row").nth(1).textContent()).toMatch(
      /^1Lars Nyström10 mars 2027 10:00i tid1: – → 3/,
    );
    await dashboard.screenshot({ path: join(SCREENSHOTS, "7-history-desktop.png"), fullPage: true });
    const [download] = await Promise.all([
      dashboard.waitForEvent("download"),
      dashboard.getByRole("link", { name: "Kalender för Karlskrona kommun (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("modellkommuner-2027-karlskrona.ics");
    const events = Object.values(ical.sync.parseICS(readFileSync(await download.path(), "utf8")));
    expect(events.filter((e) => e?.type === "VEVENT")).toHaveLength(17);
  }, 90_000);

  it("shows a participant only their organisation, and refuses an altered or expired link", async () => {
    const playground = await openPlayground();
    await actAs(playground, PARTICIPANT);
    await setClock(playground, "2027-03-10T11:00", "10 mars 2027");
    const dashboard = await openDashboardFrom(playground);
    await dashboard.getByRole("heading", { name: "Klustret Kalmar" }).waitFor();
    const body = (await dashboard.locator("main").textContent()) ?? "";
    expect(body).toContain("Karlskrona kommun");
    for (const other of ["Vaxholms stad", "Kalmar kommun", "Grums kommun", "Klustret Örnsköldsvik"])
      expect(body).not.toContain(other);
    expect(await dashboard.locator("header").textContent()).toContain("Din organisation");
    await expectNoAxeViolations(dashboard, "participant");
    await dashboard.screenshot({ path: join(SCREENSHOTS, "5-participant.png"), fullPage: true });

    const link = new URL(dashboard.url());
    const token = link.searchParams.get("t") ?? "";
    // One character of the signature changed (not the last, whose spare bits base64 ignores).
    const at = token.length - 5;
    link.searchParams.set("t", `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`);
    const response = await dashboard.goto(link.toString());
    expect(response?.status()).toBe(401);
    expect(await dashboard.locator("main").textContent()).toMatch(
      /Länken är ändrad[\s\S]*The link has been altered/,
    );
    await expectNoAxeViolations(dashboard, "refusal");
    await dashboard.screenshot({ path: join(SCREENSHOTS, "6-altered-link.png"), fullPage: true });

    const valid = dashboard.url().replace(link.searchParams.get("t") ?? "", token);
    await setClock(playground, "2027-03-11T12:00", "11 mars 2027");
    const expired = await dashboard.goto(valid);
    expect(expired?.status()).toBe(401);
    expect(await dashboard.locator("main").textContent()).toMatch(
      /Länken har gått ut[\s\S]*The link has expired/,
    );
  }, 90_000);

  const openPlayground = () => openPlaygroundPage(browser, app.baseUrl);

  /** Types översikt and presses the card's button, which opens the link in a new tab. */
  async function openDashboardFrom(playground: Page): Promise<Page> {
    await say(playground, "översikt");
    const [opened] = await Promise.all([
      browser.waitForEvent("page"),
      playground.getByRole("link", { name: "Öppna översikten" }).last().click(),
    ]);
    await opened.waitForLoadState();
    return opened;
  }
});

/** The key person scores the baseline in the real card: total 23. */
async function scoreBaseline(page: Page): Promise<void> {
  await say(page, "bedöm");
  const form = page.locator("#conversation li.message.bot .card").last();
  const levels = [3, 3, 2, 2, 3, 2, 2, 3, 2, 1];
  const sets = form.locator(".ac-choiceSetInput-expanded");
  for (const [i, level] of levels.entries()) await sets.nth(i).locator(`input[value="${level}"]`).check();
  await form.getByRole("button", { name: "Skicka" }).click();
  await expect.poll(() => form.getAttribute("data-card-kind")).toBe("self-assessment-confirmation");
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(AXE);
  const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResult;
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe on the ${what} page`).toEqual([]);
  // axe ran its rules (a page it could not check would pass nothing either).
  expect(result.passes.length).toBeGreaterThan(10);
}

/** Whether the page is wider than the window (a table may scroll inside its box; the page must not). */
async function horizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1") as Promise<boolean>;
}
