// User-facing text lives in the catalogues, one per language per area, both typed by one key set. Anywhere
// else, text in both languages is a bug waiting: the two drift apart, and a third place forgets one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueTypes, findBilingualLiterals, isCatalogue } from "./bilingual-literals.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const found = (source: string) => findBilingualLiterals("x.ts", source).map((f) => f.text);

describe("the bilingual-literal finder", () => {
  it("finds an object with both languages, a choice on the language, and Swedish carried beside English", () => {
    expect(found('const USAGE = { sv: "användning: x", en: "usage: x" };')).toHaveLength(1);
    expect(
      found(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the finder
        "const T = {\n  sv: { hi: (n: string) => `Hej ${n}` },\n  en: { hi: (n: string) => `Hi ${n}` },\n};",
      ),
    ).toHaveLength(1);
    expect(found('const label = locale === "sv" ? "varning" : "warning";')).toHaveLength(1);
    expect(found('const r = locale === "sv" ? { title: "Nej" } : { title: "No" };')).toHaveLength(1);
    expect(found("problems.push({ path, message: `x is wrong`, sv: `x är fel` });")).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the finder
    expect(found("const sv = `okänd organisation ${id}`;")).toHaveLength(1);
  });

  it("leaves language tags, formats, comparisons and lookups alone", () => {
    expect(found('const TAGS = { sv: "sv-SE", en: "en-GB" };')).toEqual([]);
    expect(found('const F = { sv: new Intl.DateTimeFormat("sv-SE", { month: "short" }), en: x };')).toEqual(
      [],
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the finder
    expect(found('const n = locale === "sv" ? `${r} %` : `${r}%`;')).toEqual([]);
    expect(found("const CATALOGUES = { sv, en };")).toEqual([]);
    expect(found('const sv = typeof p === "string" ? p : undefined;')).toEqual([]);
    expect(found('// { sv: "a comment", en: "is not code" }')).toEqual([]);
  });

  it("knows the catalogues by their names", () => {
    expect(isCatalogue("cards/strings.ts")).toBe(true);
    expect(isCatalogue("src/cli/cli-strings.ts")).toBe(true);
    expect(isCatalogue("src/engine/messages.ts")).toBe(true);
    expect(isCatalogue("src/adapters/slack/slack-texts.ts")).toBe(true);
    expect(isCatalogue("src/cli/commands/validate.ts")).toBe(false);
    expect(isCatalogue("src/store/embedded/messages.ts")).toBe(false);
  });
});

describe("outside the catalogues", () => {
  const files = ["src", "cards"].flatMap(sources).filter((f) => !isCatalogue(f));

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("no file holds text in both languages", () => {
    const leaks = files.flatMap((f) =>
      findBilingualLiterals(f, readFileSync(join(ROOT, f), "utf8")).map((l) => `${f}:${l.line}: ${l.text}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe("the catalogues", () => {
  const catalogues = ["src", "cards"].flatMap(sources).filter(isCatalogue);

  it("are found", () => {
    expect(catalogues.length).toBeGreaterThan(10);
  });

  it("type Swedish and English by the same key set, neither by the other", () => {
    const off = catalogues.flatMap((f) => {
      const { sv, en } = catalogueTypes(f, readFileSync(join(ROOT, f), "utf8"));
      const oneKeySet = sv === en && sv !== "none" && !sv.startsWith("typeof");
      return oneKeySet ? [] : [`${f}: sv is ${sv}, en is ${en}`];
    });
    expect(off).toEqual([]);
  });
});
