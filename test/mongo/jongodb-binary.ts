// Where the jongodb emulator's binary is, if npm installed it: an optional dependency, present on
// linux x64 with glibc only. Shared by the vitest global setup and the tests that start their own.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const PACKAGE = "@jongodb/memory-server-bin-linux-x64-gnu";

export type JongodbBinary = { ok: true; path: string; version: string } | { ok: false; reason: string };

export function jongodbBinary(): JongodbBinary {
  if (process.platform !== "linux" || process.arch !== "x64") {
    return {
      ok: false,
      reason: `${PACKAGE} ships for linux x64 only, this is ${process.platform} ${process.arch}`,
    };
  }
  let manifestPath: string;
  try {
    manifestPath = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  } catch {
    return { ok: false, reason: `${PACKAGE} is not installed (an optional dependency: run npm ci)` };
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    version: string;
    jongodb?: { binary?: string };
  };
  const path = join(dirname(manifestPath), manifest.jongodb?.binary ?? "bin/jongodb");
  if (!existsSync(path)) return { ok: false, reason: `${PACKAGE} has no binary at ${path}` };
  return { ok: true, path, version: manifest.version };
}
