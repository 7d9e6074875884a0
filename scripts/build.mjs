#!/usr/bin/env node
// Bundles the bot's TypeScript into build/ as plain JavaScript, which `npm start` then runs with node
// alone. Running the sources through tsx costs the running bot about 30 MB (tsx's loader thread) and
// 400 ms of start; bundling takes under a tenth of a second, so `npm start` rebuilds every time and
// never runs stale code. Packages stay in node_modules (external). Dynamic imports become chunks of
// their own, so the MongoDB driver is loaded only when MONGODB_URL asks for it.
//
// Usage: node scripts/build.mjs [--bench]   (--bench bundles the benchmark's servers instead)
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const bench = process.argv.includes("--bench");
// The benchmark's servers go to a folder of their own, so that neither build removes the other's files.
const outDir = bench ? "bench/out/build" : "build";
const entryPoints = bench
  ? ["bench/servers/whole-stack.ts", "bench/servers/slack-bare.ts", "bench/servers/teams-bare.ts"]
  : ["src/main.ts"];

const result = await build({
  absWorkingDir: root,
  entryPoints,
  outbase: ".",
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
});

// Chunks are named by their content: a changed source leaves the previous build's chunks behind. They
// are removed once the new build is complete. A bot already running has imported all of its chunks
// while starting (its only dynamic imports, the Slack adapter and the MongoDB store, happen then).
const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(root, file)));
for (const entry of readdirSync(join(root, outDir), { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (entry.isFile() && !written.has(file)) rmSync(file);
}
