// Reads a V8 CPU profile (`node --cpu-prof`, or the inspector in-process) into what the report says:
// the functions that take the time themselves, the files and packages they live in, and which of our own
// functions the time is spent under.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { SourceMap } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Measure } from "./measure.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
/** Rows per list in the report; PROFILE_TOP=n lists more when comparing two profiles by hand. */
const TOP = Number(process.env.PROFILE_TOP ?? 12);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

/** A layer's sampled self time per request in two profiles of the same load: µs, profiler on. */
export interface LayerDifference {
  name: string;
  appUs: number;
  bareUs: number;
}

export interface ProfileComparison {
  concurrency: number;
  /** Requests each process answered over its whole profile (warm-up included). */
  requests: { app: number; bare: number };
  /** Every layer that either side spent time in, the largest difference (whole stack − baseline) first. */
  layers: LayerDifference[];
}

export interface ProfileReport {
  title: string;
  /** The report section and case it profiles (a missed case's). */
  section?: string | undefined;
  caseName?: string | undefined;
  file: string;
  sampledMs: number;
  /** Self time per function. */
  functions: ProfileRow[];
  /** Self time per file of ours, per package, or per runtime part (GC, idle, node internals). */
  places: ProfileRow[];
  /** Time spent inside each of our functions, callees included. */
  ours: ProfileRow[];
  /** Busy (not idle) self time by kind: our code, packages, node internals and native, GC. */
  kinds?: ProfileRow[] | undefined;
  /** Busy self time by layer (layerOf), every one of them: for setting one profile against another. */
  layers?: ProfileRow[] | undefined;
  /** The equal-work baseline profiled under the same load, set against this profile by layer. */
  versusBare?: ProfileComparison | undefined;
  failures?: string[] | undefined;
  stored?: Measure | undefined;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** The bundle's source map, read once per file (scripts/build.mjs writes one beside each file). */
function sourceMapOf(path: string): SourceMap | undefined {
  if (!sourceMaps.has(path)) {
    const mapFile = `${path}.map`;
    sourceMaps.set(
      path,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined,
    );
  }
  return sourceMaps.get(path);
}

/** A frame in a bundle (build/, bench/out/build/) is named by the source file it came from: src/…, cards/…. */
function sourcePath(path: string, frame: ProfileNode["callFrame"]): string {
  if (path.includes("/node_modules/") || !path.endsWith(".js")) return path;
  const entry = sourceMapOf(path)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0);
  if (!entry || !("originalSource" in entry)) return path;
  const source = entry.originalSource;
  return source.startsWith("file://") ? fileURLToPath(source) : join(path, "..", source);
}

function placeOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const path = sourcePath(url.startsWith("file://") ? fileURLToPath(url) : url, frame);
  const modules = path.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const [first, second] = path.slice(modules + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? path);
  }
  return path.startsWith(REPO) ? relative(REPO, path) : path;
}

function isOurs(place: string): boolean {
  return /^(src|cards)\//.test(place);
}

/** Our files run bundled (or through tsx), whose line numbers are of the transformed code: the file alone is shown. */
function frameName(frame: ProfileNode["callFrame"]): string {
  const place = placeOf(frame);
  const line = isOurs(place) || !frame.url ? "" : `:${frame.lineNumber + 1}`;
  return `${frame.functionName || "(anonymous)"} (${place}${line})`;
}

function top(map: Map<string, number>, totalMs: number): ProfileRow[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

function addTo(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

export function summariseProfile(file: string): Omit<ProfileReport, "title"> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  const ours = new Map<string, number>();
  const kinds = new Map<string, number>();
  const layers = new Map<string, number>();
  let totalMs = 0;
  samples.forEach((id, i) => {
    const ms = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    totalMs += ms;
    const place = placeOf(node.callFrame);
    addTo(functions, frameName(node.callFrame), ms);
    addTo(places, place, ms);
    if (place !== "(idle)") {
      addTo(kinds, kindOf(place), ms);
      addTo(layers, layerOf(place, node.callFrame), ms);
    }
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !isOurs(placeOf(frame))) continue;
      const key = frameName(frame);
      if (!seen.has(key)) addTo(ours, key, ms);
      seen.add(key);
    }
  });
  return {
    file: relative(REPO, file),
    sampledMs: totalMs,
    functions: top(functions, totalMs),
    places: top(places, totalMs),
    ours: top(ours, totalMs),
    kinds: top(
      kinds,
      [...kinds.values()].reduce((a, b) => a + b, 0),
    ),
    layers: [...layers.entries()].map(([name, ms]) => ({ name, ms, share: ms / totalMs })),
  };
}

/** Node's own modules, by what they do for a request. */
const NODE_PARTS: [RegExp, string][] = [
  [
    /^node:(_http_|net$|stream$|internal\/stream_base_commons$|internal\/streams\/)/,
    "node: HTTP and sockets",
  ],
  [/^node:internal\/crypto\//, "node: crypto"],
  [/^node:querystring$/, "node: querystring"],
  [/^node:(internal\/modules\/|internal\/deps\/cjs-module-lexer\/|vm$)/, "node: module loading"],
  [/^node:(internal\/)?timers$/, "node: timers"],
  [/^node:internal\/process\/task_queues$/, "promises and microtasks"],
];

/** Native frames (no script), by name. */
const NATIVE_PARTS: Record<string, string> = {
  writev: "node: HTTP and sockets",
  writeUtf8String: "node: HTTP and sockets",
  writeBuffer: "node: HTTP and sockets",
  fsync: "fsync (the durable write's)",
  fdatasync: "fsync (the durable write's)",
  runMicrotasks: "promises and microtasks",
  parse: "JSON",
  stringify: "JSON",
  readFileUtf8: "node: module loading",
  compileFunction: "node: module loading",
};

/**
 * Where a profile's busy time is, coarser than a file: our code by top folder (src/store, src/engine,
 * src/adapters, cards, …), each package by name, node's own code and native frames by what they do
 * (HTTP and sockets, crypto, the fsync, JSON, module loading at start-up, …), the garbage collector.
 */
function layerOf(place: string, frame: ProfileNode["callFrame"]): string {
  const ours = /^(src\/[^/]+|cards)\//.exec(place);
  if (ours?.[1]) return ours[1];
  const kind = kindOf(place);
  if (kind === "packages" || kind === "garbage collector") return place;
  if (frame.url.startsWith("node:"))
    return NODE_PARTS.find(([pattern]) => pattern.test(frame.url))?.[1] ?? "node: other";
  return NATIVE_PARTS[frame.functionName] ?? (place === "(native)" ? "native: other" : place);
}

/**
 * The whole stack's profile against the equal-work baseline's, each layer's self time divided by the
 * requests that process answered. Sampled wall time, not CPU: the profiler's own cost is in both, and a
 * wait that blocks the thread (the baseline's synchronous fsync inside better-sqlite3) counts as time.
 */
export function compareProfiles(
  app: Omit<ProfileReport, "title">,
  bare: Omit<ProfileReport, "title">,
  concurrency: number,
  requests: { app: number; bare: number },
): ProfileComparison {
  const perRequest = (rows: ProfileRow[] | undefined, count: number) =>
    new Map((rows ?? []).map((r) => [r.name, (r.ms * 1000) / Math.max(1, count)]));
  const a = perRequest(app.layers, requests.app);
  const b = perRequest(bare.layers, requests.bare);
  const layers = [...new Set([...a.keys(), ...b.keys()])]
    .map((name) => ({ name, appUs: a.get(name) ?? 0, bareUs: b.get(name) ?? 0 }))
    .sort((x, y) => y.appUs - y.bareUs - (x.appUs - x.bareUs));
  return { concurrency, requests, layers };
}

function kindOf(place: string): string {
  if (isOurs(place)) return "our code";
  if (place === "(garbage collector)") return "garbage collector";
  if (place === "node internals" || place.startsWith("(")) return "node internals and native";
  return "packages";
}

/** Of the profiles a process wrote (one per thread), the main thread's: the one that worked most. */
export function busiestProfile(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  let best = { file: "", busyMs: -1 };
  for (const name of files) {
    const file = join(dir, name);
    const summary = summariseProfile(file);
    const idle = summary.places.find((p) => p.name === "(idle)")?.ms ?? 0;
    if (summary.sampledMs - idle > best.busyMs) best = { file, busyMs: summary.sampledMs - idle };
  }
  if (!best.file) throw new Error(`no CPU profile in ${dir}`);
  return best.file;
}

/** Profiles `work` in this process through the inspector and writes the profile to `file`. */
export async function profileInProcess(file: string, work: () => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    await work();
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(file, JSON.stringify(profile));
  } finally {
    session.disconnect();
  }
}
