#!/usr/bin/env node
// Bundles the bot's TypeScript into build/ as plain JavaScript, which `npm start` then runs with node
// alone. Running the sources through tsx costs the running bot about 30 MB (tsx's loader thread) and
// 400 ms of start; bundling takes under a tenth of a second, so `npm start` rebuilds every time and
// never runs stale code. Packages stay in node_modules (external). Dynamic imports become chunks of
// their own, so the MongoDB driver is loaded only when MONGODB_URL asks for it.
//
// Usage: node scripts/build.mjs [--bench]   (--bench also bundles the benchmark's servers)
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const OUT_DIR = "build";

const entryPoints = ["src/main.ts"];
if (process.argv.includes("--bench")) {
  entryPoints.push(
    "bench/servers/whole-stack.ts",
    "bench/servers/slack-bare.ts",
    "bench/servers/teams-bare.ts",
  );
}

await build({
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
  entryPoints,
  outbase: ".",
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
