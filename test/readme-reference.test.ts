// The reference parts of the README and .env.example are checked against the code they describe, each
// derived from its one source: the config schema's variables, the indexes the MongoDB store creates, the
// CLI's synopses. A variable, index or option added to the code and not to the docs (or the other way
// round) fails here, naming it.
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import type { Db } from "mongodb";
import { describe, expect, it } from "vitest";
import { type CliCommandName, cliStrings } from "../src/cli/cli-strings.ts";
import { ENVIRONMENT_VARIABLES, readVariable } from "../src/config.ts";
import type { MongoContext } from "../src/store/mongo/context.ts";
import { ensureIndexes } from "../src/store/mongo/indexes.ts";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const README = read("README.md");
const ENV_EXAMPLE = read(".env.example");

function section(from: string, to: string): string {
  const start = README.indexOf(from);
  const end = README.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`README has no section from "${from}" to "${to}"`);
  return README.slice(start, end);
}

/** A table's rows as cells; an escaped `\|` stays inside its cell. */
function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");

/** `# NAME=value   # comment` lines of .env.example, uncommented as someone filling it in would. */
function exampleLines(): { name: string; value: string }[] {
  return ENV_EXAMPLE.split("\n").flatMap((line) => {
    const match = /^# ([A-Z][A-Z0-9_]*=.*)$/.exec(line);
    if (!match?.[1]) return [];
    const [[name, value] = ["", ""]] = Object.entries(parseEnv(match[1]));
    return [{ name, value: value ?? "" }];
  });
}

describe(".env.example", () => {
  it("lists every variable the config schema reads, once each, and nothing else", () => {
    const names = exampleLines().map((l) => l.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect([...names].sort()).toEqual([...ENVIRONMENT_VARIABLES].sort());
  });

  it("shows each default the schema has, and keeps its notes out of the value when a line is uncommented", () => {
    for (const { name, value } of exampleLines()) {
      const variable = name as (typeof ENVIRONMENT_VARIABLES)[number];
      expect(value, name).not.toMatch(/\s/);
      const fallback = readVariable(variable, undefined);
      if (fallback !== undefined) expect(readVariable(variable, value), name).toEqual(fallback);
    }
  });
});

describe("the README's configuration table", () => {
  it("names every variable the config schema reads, once each, and nothing else", () => {
    const rows = tableRows(section("## Configuration", "\nEndpoints:"));
    const names = rows.flatMap(([variables = ""]) => backticked(variables));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect([...names].sort()).toEqual([...ENVIRONMENT_VARIABLES].sort());
  });
});

interface IndexSpec {
  key: Record<string, unknown>;
  unique?: boolean;
  expireAfterSeconds?: number;
}

/** What ensureIndexes asks of each collection, recorded by a stand-in database. */
async function createdIndexes(): Promise<Map<string, IndexSpec[]>> {
  const created = new Map<string, IndexSpec[]>();
  const db = {
    collection: (name: string) => ({
      createIndexes: async (indexes: IndexSpec[]) => {
        created.set(name, [...(created.get(name) ?? []), ...indexes]);
        return indexes.map((_, i) => `${name}_${i}`);
      },
    }),
  };
  await ensureIndexes({ db: db as unknown as Db } as MongoContext);
  return created;
}

/** One index as the README writes it: its fields, comma-separated, and "TTL " before an expiring one. */
const described = (spec: IndexSpec) =>
  `${spec.expireAfterSeconds === undefined ? "" : "TTL "}${Object.keys(spec.key).join(", ")}`;

/** The README's cell: its indexes separated by `;`, each the backticked fields, TTL when it says so. */
const readmeIndexes = (cell: string) =>
  cell
    .split(";")
    .filter((part) => backticked(part).length > 0)
    .map((part) => `${/\bTTL\b/.test(part) ? "TTL " : ""}${backticked(part)[0]}`);

describe("the README's MongoDB index table", () => {
  it("lists every collection with the unique and other indexes src/store/mongo/indexes.ts creates", async () => {
    const fromCode = new Map(
      [...(await createdIndexes())].map(([name, specs]) => [
        name,
        {
          unique: specs.filter((s) => s.unique).map(described),
          other: specs.filter((s) => !s.unique).map(described),
        },
      ]),
    );
    const fromReadme = new Map(
      tableRows(section("### Indexes and what is kept", "\nThe embedded store")).flatMap(
        ([collections = "", unique = "", other = ""]) =>
          backticked(collections).map(
            (name) => [name, { unique: readmeIndexes(unique), other: readmeIndexes(other) }] as const,
          ),
      ),
    );
    expect([...fromReadme.keys()].sort()).toEqual([...fromCode.keys()].sort());
    for (const [name, indexes] of fromCode) expect(fromReadme.get(name), name).toEqual(indexes);
  });
});

describe("the README's operator CLI block", () => {
  it("shows every option of every command's usage, on that command's line", () => {
    const { main: _main, ...commands } = cliStrings("en");
    const block = section("## Operator CLI", "\n```\n");
    for (const [name, { synopsis }] of Object.entries(commands) as [CliCommandName, { synopsis: string }][]) {
      const line = block.split("\n").find((l) => l.startsWith(`npm run cli -- ${name} `));
      expect(line, `a line for ${name}`).toBeDefined();
      const shown = (line ?? "").split(" # ")[0] ?? "";
      for (const option of synopsis.match(/--[a-z-]+/g) ?? [])
        expect(shown, `${name} ${option}`).toContain(option);
      for (const separator of synopsis.match(/'[^']+'(\|'[^']+')*/g) ?? [])
        expect(shown, `${name} ${separator}`).toContain(separator);
    }
  });
});
