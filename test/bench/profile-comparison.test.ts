// A missed benchmark target is explained by setting the whole stack's CPU profile against the equal-work
// baseline's (bench/cpu-profile.ts): each layer's sampled self time divided by the requests that process
// answered, the largest difference first. Checked on two small hand-made V8 profiles.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareProfiles, summariseProfile } from "../../bench/cpu-profile.ts";

const dir = mkdtempSync(join(tmpdir(), "profile-comparison-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPO = join(import.meta.dirname, "..", "..");

/** A profile whose samples fall in the given frames (url, ms each); one sample per millisecond. */
function profile(name: string, frames: { url: string; functionName: string; ms: number }[]): string {
  const nodes = [
    {
      id: 1,
      callFrame: { functionName: "(root)", url: "", lineNumber: -1 },
      children: frames.map((_, i) => i + 2),
    },
    ...frames.map((f, i) => ({
      id: i + 2,
      callFrame: { functionName: f.functionName, url: f.url, lineNumber: 0 },
    })),
  ];
  const samples = frames.flatMap((f, i) => Array.from({ length: f.ms }, () => i + 2));
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas: samples.map(() => 1000) }));
  return file;
}

describe("a whole-stack profile set against the baseline's", () => {
  it("gives each layer's time per request on both sides, the largest difference first, idle left out", () => {
    const store = `file://${REPO}/src/store/embedded/round-ops.ts`;
    const engine = `file://${REPO}/src/engine/locate.ts`;
    const bolt = `file://${REPO}/node_modules/@slack/bolt/dist/App.js`;
    const app = summariseProfile(
      profile("app", [
        { url: store, functionName: "find", ms: 40 },
        { url: engine, functionName: "locate", ms: 10 },
        { url: bolt, functionName: "processEvent", ms: 30 },
        { url: "node:_http_server", functionName: "resOnFinish", ms: 4 },
        { url: "", functionName: "writev", ms: 4 },
        { url: "", functionName: "(idle)", ms: 500 },
      ]),
    );
    const bare = summariseProfile(
      profile("bare", [
        { url: bolt, functionName: "processEvent", ms: 30 },
        { url: "", functionName: "(idle)", ms: 900 },
      ]),
    );
    // The whole stack answered 1,000 requests, the baseline 2,000.
    const v = compareProfiles(app, bare, 16, { app: 1000, bare: 2000 });
    expect(v.layers).toEqual([
      { name: "src/store", appUs: 40, bareUs: 0 },
      { name: "@slack/bolt", appUs: 30, bareUs: 15 },
      { name: "src/engine", appUs: 10, bareUs: 0 },
      // Node's HTTP code and the socket write it calls natively are one layer.
      { name: "node: HTTP and sockets", appUs: 8, bareUs: 0 },
    ]);
  });
});
