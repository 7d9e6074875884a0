// Every package `npm ci` installs runs on the Node versions package.json promises (its engines field, the
// one place they are named). A dependency that has dropped them installs with no more than npm's warning,
// and may then fail on an older Node in a path the tests never take: ical-generator 11 declared Node 22 or
// later while we promise 20.19.
import { readFileSync } from "node:fs";
import { minVersion, satisfies } from "semver";
import { describe, expect, it } from "vitest";

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, LockedPackage>;
};

function nodeRange(entry: LockedPackage | undefined): string | undefined {
  const engines = entry?.engines;
  return engines && !Array.isArray(engines) ? engines.node : undefined;
}

describe("the Node versions we promise", () => {
  const promised = nodeRange(lock.packages[""]);

  it("are named in package.json", () => {
    expect(promised).toBeDefined();
  });

  it("are supported by every installed package", () => {
    const oldest = minVersion(promised ?? "")?.version ?? "";
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .flatMap(([path, entry]) => {
        const range = nodeRange(entry);
        return range && !satisfies(oldest, range) ? [`${path}@${entry.version}: node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
