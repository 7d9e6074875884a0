// `npm run package:teams`: the Teams app package to sideload or upload, manifests/teams/ with the bot's app
// id filled in, zipped to dist/teams/modellbot-teams.zip. The app id comes from MICROSOFT_APP_ID.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";
import type { CliIo } from "../src/cli/io.ts";

const SOURCE_DIR = "manifests/teams";
export const PACKAGE_FILES = ["manifest.json", "sv.json", "color.png", "outline.png"] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_WEBSITE = "https://example.org/modellbot";

export interface ManifestValues {
  appId: string;
  version: string;
  websiteUrl: string;
}

/** The template with its `{{…}}` placeholders filled; the values are checked, so no escaping is needed. */
export function buildTeamsManifest(template: string, values: ManifestValues): Record<string, unknown> {
  const filled = template
    .replaceAll("{{MICROSOFT_APP_ID}}", values.appId)
    .replaceAll("{{VERSION}}", values.version)
    .replaceAll("{{WEBSITE_URL}}", values.websiteUrl.replace(/\/+$/, ""));
  return JSON.parse(filled) as Record<string, unknown>;
}

export function checkPackageEnv(
  env: CliIo["env"],
): { ok: true; appId: string; websiteUrl: string } | { ok: false; error: string } {
  const appId = env.MICROSOFT_APP_ID?.trim() ?? "";
  if (!appId) {
    return {
      ok: false,
      error: "MICROSOFT_APP_ID is not set: the package needs the Azure Bot's app id (a GUID).",
    };
  }
  if (!GUID.test(appId)) return { ok: false, error: `MICROSOFT_APP_ID must be a GUID, got "${appId}".` };
  const websiteUrl = env.TEAMS_APP_WEBSITE_URL?.trim() || DEFAULT_WEBSITE;
  if (!/^https:\/\/[^\s"]+$/.test(websiteUrl)) {
    return { ok: false, error: "TEAMS_APP_WEBSITE_URL must be an https:// address." };
  }
  return { ok: true, appId, websiteUrl };
}

export async function packageTeams(io: CliIo, outFile = "dist/teams/modellbot-teams.zip"): Promise<number> {
  const checked = checkPackageEnv(io.env);
  if (!checked.ok) {
    io.err(`package:teams: ${checked.error}`);
    return 1;
  }
  const read = (name: string) => readFileSync(join(io.cwd, SOURCE_DIR, name));
  const { version } = JSON.parse(readFileSync(join(io.cwd, "package.json"), "utf8")) as { version: string };
  const manifest = buildTeamsManifest(read("manifest.json").toString("utf8"), { ...checked, version });
  const files = PACKAGE_FILES.map((name) => ({
    name,
    data: name === "manifest.json" ? Buffer.from(JSON.stringify(manifest, null, 2)) : read(name),
  }));
  const target = resolve(io.cwd, outFile);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip(files));
  io.out(`package:teams: wrote ${outFile} for app ${checked.appId}`);
  return 0;
}

/** A minimal zip (deflate, no directories), stamped 1980-01-01 so that the same input gives the same bytes. */
export function zip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const packed = deflateRawSync(file.data);
    const fields = {
      crc: crc32(file.data),
      packed: packed.length,
      size: file.data.length,
      name: name.length,
    };
    const local = header(0x04034b50, fields, offset, false);
    locals.push(local, name, packed);
    centrals.push(header(0x02014b50, fields, offset, true), name);
    offset += local.length + name.length + packed.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

interface EntryFields {
  crc: number;
  packed: number;
  size: number;
  name: number;
}

function header(signature: number, f: EntryFields, offset: number, central: boolean): Buffer {
  // [bytes, value] in the order the zip format lays them out.
  const fields: [2 | 4, number][] = [
    [4, signature],
    ...(central ? [[2, 20] as [2, number]] : []), // version made by
    [2, 20], // version needed: deflate
    [2, 0x0800], // flags: names are UTF-8
    [2, 8], // method: deflate
    [2, 0], // time 00:00
    [2, 0x21], // date 1980-01-01
    [4, f.crc],
    [4, f.packed],
    [4, f.size],
    [2, f.name],
    [2, 0], // extra field length
    ...(central
      ? ([
          [2, 0],
          [2, 0],
          [2, 0],
          [4, 0],
          [4, offset],
        ] as [2 | 4, number][])
      : []),
  ];
  const b = Buffer.alloc(fields.reduce((sum, [bytes]) => sum + bytes, 0));
  let at = 0;
  for (const [bytes, value] of fields) {
    at = bytes === 2 ? b.writeUInt16LE(value, at) : b.writeUInt32LE(value >>> 0, at);
  }
  return b;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: CliIo = { out: console.log, err: console.error, env: process.env, cwd: process.cwd() };
  process.exitCode = await packageTeams(io);
}
