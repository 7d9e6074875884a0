#!/usr/bin/env node
// Bundles the bot (src/main.ts) and the operator CLI (src/cli/main.ts) into build/ as plain JavaScript,
// which `npm start`, `npm run cli` and bin/modellbot.js then run with node alone: in production neither
// esbuild nor tsx is needed (both are devDependencies). Running the sources through tsx instead costs the
// bot about 0.9 s of start and 60 MB (docs/machinery-measurements.md, "npm start").
//
// Each build records in build/inputs.json what it was made from: every file esbuild read (its metafile's
// inputs) and package.json, package-lock.json, tsconfig.json and this script, each with its SHA-256, the
// esbuild version and the build options. With --if-changed (what `npm start` and `npm run cli` run) the
// script hashes those files again and builds only when something differs, or when build/ or one of its
// recorded outputs is missing (a fresh clone builds on its first start). Packages stay in node_modules
// (external). Dynamic imports become chunks of their own, so the MongoDB driver is loaded only when
// MONGODB_URI asks for it.
//
// Usage: node scripts/build.mjs [--if-changed] [--bench]
//   --bench bundles the benchmark's servers (bench/servers/) into bench/out/build instead.
//   BUILD_OUT_DIR (a test) names another output folder.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bench = process.argv.includes("--bench");
const ifChanged = process.argv.includes("--if-changed");
// The benchmark's servers go to a folder of their own, so that neither build removes the other's files.
const outDir = process.env.BUILD_OUT_DIR ?? join(root, bench ? "bench/out/build" : "build");
const recordFile = join(outDir, "inputs.json");
// Every file in bench/servers/ is a bench child (or a helper of theirs, harmless as an entry), so that a new
// baseline server needs no line here.
const entryPoints = bench
  ? readdirSync(join(root, "bench", "servers"))
      .filter((name) => name.endsWith(".ts"))
      .sort()
      .map((name) => `bench/servers/${name}`)
  : ["src/main.ts", "src/cli/main.ts"];
/** Files esbuild does not list as inputs whose change may still change the bundle. */
const BUILD_FILES = ["package.json", "package-lock.json", "tsconfig.json", "scripts/build.mjs"];
/** A file no recorded build wrote is removed only when it is this old: another build may be writing it. */
const STALE_AFTER_MS = 60_000;

const options = {
  entryPoints,
  outbase: ".",
  outdir: relative(root, outDir),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  // Source maps name the TypeScript files (which are on disk) without carrying their text.
  sourcemap: "linked",
  sourcesContent: false,
  metafile: true,
  write: false,
  logLevel: "warning",
};

const previous = readRecord();
const version = esbuildVersion();
if (ifChanged && previous && isCurrent(previous, version)) process.exit(0);
if (ifChanged && previous && version === undefined) {
  // A production folder (npm ci --omit=dev) whose sources differ from its build: run what was built.
  console.error(`build: esbuild is not installed, so ${relative(root, outDir)}/ is used as it was built`);
  process.exit(0);
}
await buildAndWrite(previous);

function readRecord() {
  try {
    return JSON.parse(readFileSync(recordFile, "utf8"));
  } catch {
    return undefined;
  }
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(createRequire(import.meta.url).resolve("esbuild/package.json"), "utf8"))
      .version;
  } catch {
    return undefined;
  }
}

function hashOf(file) {
  try {
    return createHash("sha256")
      .update(readFileSync(join(root, file)))
      .digest("hex");
  } catch {
    return null;
  }
}

/** The build's options and inputs are those recorded (esbuild's version too, if installed), its outputs all there. */
function isCurrent(record, installed) {
  if (installed !== undefined && record.esbuild !== installed) return false;
  if (JSON.stringify(record.options) !== JSON.stringify(options)) return false;
  if (!Object.entries(record.files ?? {}).every(([file, hash]) => hashOf(file) === hash)) return false;
  return (record.outputs ?? []).every((file) => existsSync(join(outDir, file)));
}

async function buildAndWrite(earlier) {
  let build;
  try {
    ({ build } = await import("esbuild"));
  } catch {
    console.error(
      "build: esbuild is not installed; build on a machine with the devDependencies (npm run build)",
    );
    process.exit(1);
  }
  const result = await build({ ...options, absWorkingDir: root });
  const files = [...Object.keys(result.metafile.inputs), ...BUILD_FILES].sort();
  const record = {
    esbuild: version,
    options,
    files: Object.fromEntries(files.map((file) => [file, hashOf(file)])),
    outputs: result.outputFiles.map((output) => relative(outDir, output.path)).sort(),
  };
  const written = writeOutputs(result.outputFiles);
  // Last: a start that finds this record finds every file it names.
  writeInPlace(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  const kept = new Set([
    ...written,
    recordFile,
    ...(earlier?.outputs ?? []).map((file) => join(outDir, file)),
  ]);
  removeStale(kept);
}

/**
 * Another start may be importing from build/ while this one builds (several instances, or tests): chunks
 * are written before the entries that import them, and every file beside its place and then renamed into
 * it, so nobody ever reads half a file or an entry whose chunks are not there yet.
 */
function writeOutputs(outputFiles) {
  const entries = new Set(entryPoints.map((entry) => join(outDir, entry.replace(/\.ts$/, ".js"))));
  const isEntry = (output) => entries.has(output.path);
  const ordered = [...outputFiles.filter((o) => !isEntry(o)), ...outputFiles.filter(isEntry)];
  for (const output of ordered) writeInPlace(output.path, output.contents);
  return ordered.map((output) => output.path);
}

function writeInPlace(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

// Chunks are named by their content: a changed source leaves the earlier builds' chunks behind. Those of
// the build just before stay, since a bot started from it may still import one: the Slack adapter
// (src/app.ts), the Teams adapter (src/adapters/teams/create-chosen-adapter.ts) and the MongoDB store
// (src/store/open-store.ts) are imported while starting, but the xlsx export (src/engine/commands/export.ts)
// only at the first export. Files of no recorded build go once they are a minute old.
function removeStale(kept) {
  const now = Date.now();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || kept.has(file)) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another build.
    }
  }
}
