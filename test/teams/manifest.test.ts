// The Teams app package: a manifest valid against the bundled schema, proper icons, a readable zip.
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { describe, expect, it } from "vitest";
import { buildTeamsManifest, PACKAGE_FILES, packageTeams } from "../../scripts/package-teams.ts";
import { decodePng } from "./png.ts";
import { unzip } from "./unzip.ts";

const APP_ID = "2c1d3f4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const require = createRequire(import.meta.url);
const schemaDir = join(
  require.resolve("@microsoft/app-manifest/package.json"),
  "../build/json-schemas/teams/v1.24",
);
const schema = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
const source = (file: string) => readFileSync(join("manifests/teams", file));

function builtManifest() {
  return buildTeamsManifest(source("manifest.json").toString("utf8"), {
    appId: APP_ID,
    version: "0.1.0",
    websiteUrl: "https://example.org/modellbot",
  });
}

type Validate = (manifest: unknown, schema: unknown) => Promise<string[]>;
const validate = AppManifestUtils.validateAgainstSchema as unknown as Validate;

describe("the Teams manifest", () => {
  it("is valid against the bundled v1.24 schema, offline, with no errors", async () => {
    expect(await validate(builtManifest(), schema("MicrosoftTeams.schema.json"))).toEqual([]);
  });

  it("has a Swedish localization that is valid too and translates every command", async () => {
    const sv = JSON.parse(source("sv.json").toString("utf8")) as Record<string, string>;
    // The bundled localization schema has patterns ajv refuses in unicode mode (`\\b]` for `\\b\\]`);
    // the same patterns, escaped, mean what the schema intends.
    const text = readFileSync(join(schemaDir, "MicrosoftTeams.Localization.schema.json"), "utf8");
    const localization = JSON.parse(text.replaceAll("\\\\b]", "\\\\b\\\\]"));
    expect(await validate(sv, localization)).toEqual([]);
    const titles = Object.keys(sv).filter((k) => k.endsWith(".title"));
    const commands = (builtManifest() as { bots: { commandLists: { commands: unknown[] }[] }[] }).bots[0]
      ?.commandLists[0]?.commands;
    expect(titles).toHaveLength(commands?.length ?? -1);
  });

  it("offers the bot in a team, a group chat and a personal chat, with the commands", () => {
    const bot = (
      builtManifest().bots as {
        botId: string;
        scopes: string[];
        commandLists: { commands: { title: string }[] }[];
      }[]
    )[0];
    expect(bot?.botId).toBe(APP_ID);
    expect(bot?.scopes).toEqual(["team", "groupChat", "personal"]);
    expect(bot?.commandLists[0]?.commands.map((c) => c.title)).toEqual([
      "status",
      "assess",
      "pdsa",
      "guide",
      "published",
      "description",
      "stats",
      "results",
      "export",
      "bind",
      "help",
    ]);
  });
});

describe("the icons", () => {
  it("color.png is a 192×192 PNG", () => {
    const png = decodePng(source("color.png"));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it("outline.png is a 32×32 PNG, white on transparent", () => {
    const png = decodePng(source("outline.png"));
    expect([png.width, png.height]).toEqual([32, 32]);
    const colours = new Set<string>();
    for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) colours.add(png.pixel(x, y).join(","));
    expect([...colours].sort()).toEqual(["0,0,0,0", "255,255,255,255"]);
  });
});

describe("npm run package:teams", () => {
  const io = (env: Record<string, string>) => {
    const lines: string[] = [];
    return {
      lines,
      io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), env, cwd: process.cwd() },
    };
  };

  it("refuses to build without MICROSOFT_APP_ID and says what to set", async () => {
    const { io: cli, lines } = io({});
    expect(await packageTeams(cli, join(mkdtempSync(join(tmpdir(), "teams-")), "app.zip"))).toBe(1);
    expect(lines.join("\n")).toContain("MICROSOFT_APP_ID");
  });

  it("writes a zip with the filled-in manifest and the icons", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "teams-")), "app.zip");
    const { io: cli } = io({ MICROSOFT_APP_ID: APP_ID });
    expect(await packageTeams(cli, out)).toBe(0);

    const files = unzip(readFileSync(out));
    expect([...files.keys()]).toEqual([...PACKAGE_FILES]);
    const manifest = JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "{}");
    expect(manifest).toMatchObject({ id: APP_ID, bots: [{ botId: APP_ID }] });
    expect(await validate(manifest, schema("MicrosoftTeams.schema.json"))).toEqual([]);
    expect(files.get("color.png")?.equals(source("color.png"))).toBe(true);
  });
});
