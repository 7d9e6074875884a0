// One rule reads a language from a locale: Slack's user locale, Teams' activity locale, the shell's LANG and
// the dashboard's ?lang= all go through it, each with its own fallback.
import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/adapters/slack/slack-texts.ts";
import { cliLocale } from "../../src/cli/commands/validate.ts";
import { pickLocale } from "../../src/domain/locale.ts";

describe("pickLocale", () => {
  it("reads the language of a platform or shell locale, in any case and either separator", () => {
    expect(pickLocale("sv-SE", "en")).toBe("sv");
    expect(pickLocale("SV_se.UTF-8", "en")).toBe("sv");
    expect(pickLocale("en-GB", "sv")).toBe("en");
    expect(pickLocale("en", "sv")).toBe("en");
  });

  it("falls back for a language we do not speak, a shell's C locale or none", () => {
    expect(pickLocale("fi-FI", "sv")).toBe("sv");
    expect(pickLocale("C.UTF-8", "en")).toBe("en");
    expect(pickLocale(undefined, "sv")).toBe("sv");
    expect(pickLocale("", "en")).toBe("en");
  });

  it("is the rule of the Slack adapter (Swedish by default) and of the CLI (English by default)", () => {
    expect([languageOf("en-US"), languageOf("sv-SE"), languageOf("de-DE")]).toEqual(["en", "sv", "sv"]);
    const io = (env: Record<string, string>) => ({ env }) as unknown as Parameters<typeof cliLocale>[0];
    expect(cliLocale(io({ LANG: "sv_SE.UTF-8" }))).toBe("sv");
    expect(cliLocale(io({ LANG: "sv_SE.UTF-8", LC_ALL: "en_US.UTF-8" }))).toBe("en");
    expect(cliLocale(io({}))).toBe("en");
  });
});
