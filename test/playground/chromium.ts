// Debian's Chromium for the browser tests (never a downloaded browser), started the one way they all need:
// headless, sandbox off (root in CI), no background networking (the machine's network is closed), a fresh
// profile that is removed afterwards.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: {
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "modellbot-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: options.viewport,
    locale: "sv-SE",
    acceptDownloads: options.acceptDownloads ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
