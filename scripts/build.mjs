#!/usr/bin/env node
// Bundles the bot's TypeScript into build/ as plain JavaScript, which `npm start` then runs with node
// alone. Running the sources through tsx costs the running bot about 30 MB (tsx's loader thread) and
// 400 ms of start; bundling takes about a fifth of a second, so `npm start` rebuilds every time and
// never runs stale code. Packages stay in node_modules (external). Dynamic imports become chunks of
// their own, so the MongoDB driver is loaded only when MONGODB_URI asks for it.
//
// Usage: node scripts/build.mjs [--bench]   (--bench bundles the benchmark's servers instead)
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const bench = process.argv.includes("--bench");
// The benchmark's servers go to a folder of their own, so that neither build removes the other's files.
// BUILD_OUT_DIR (a test) names another folder.
const outDir = process.env.BUILD_OUT_DIR ?? join(root, bench ? "bench/out/build" : "build");
// Every file in bench/servers/ is a bench child (or a helper of theirs, harmless as an entry), so that a new
// baseline server needs no line here.
const entryPoints = bench
  ? readdirSync(join(root, "bench", "servers"))
      .filter((name) => name.endsWith(".ts"))
      .sort()
      .map((name) => `bench/servers/${name}`)
  : ["src/main.ts"];
/** A file of an earlier build is removed only when it is this old: another start may be importing it. */
const STALE_AFTER_MS = 60_000;

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
  // Source maps name the TypeScript files (which are on disk) without carrying their text.
  sourcemap: "linked",
  sourcesContent: false,
  write: false,
  logLevel: "warning",
});

// Another bot may be starting from build/ while this one builds (several instances, or a test): every
// file is written beside its place and renamed into it, so nobody ever reads half a file, and a file
// whose content is unchanged is left alone.
const written = new Set();
for (const output of result.outputFiles) {
  written.add(output.path);
  if (sameContent(output.path, output.contents)) continue;
  mkdirSync(dirname(output.path), { recursive: true });
  const temporary = `${output.path}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, output.path);
}

// Chunks are named by their content: a changed source leaves the previous build's chunks behind. They
// are removed once they are a minute old. A bot already running has imported all of its chunks while
// starting: its only dynamic imports, the Slack adapter (src/app.ts) and the MongoDB store
// (src/store/open-store.ts), happen then; a lazy import added later must be kept in mind here.
const now = Date.now();
for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (!entry.isFile() || written.has(file)) continue;
  try {
    if (now - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
  } catch {
    // Removed meanwhile by another build.
  }
}

function sameContent(file, contents) {
  try {
    return Buffer.compare(readFileSync(file), contents) === 0;
  } catch {
    return false;
  }
}
