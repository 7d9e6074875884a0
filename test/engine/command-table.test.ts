// The command words are defined once (src/engine/command-words.ts); the README's table, Teams' command list
// and Slack's usage hint are checked against them, so that none can name a command the bot does not know or
// leave one out unnoticed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, parseCommand } from "../../src/engine/command-words.ts";

const root = (path: string) => new URL(`../../${path}`, import.meta.url);
const README = readFileSync(root("README.md"), "utf8");
const TEAMS = JSON.parse(readFileSync(root("manifests/teams/manifest.json"), "utf8")) as {
  bots: { commandLists: { commands: { title: string }[] }[] }[];
};
const SLACK = JSON.parse(readFileSync(root("manifests/slack/manifest.json"), "utf8")) as {
  features: { slash_commands: { usage_hint: string }[] };
};

/** `commandLists[].commands` maxItems in the manifest schema the Teams manifest names (v1.24: 12). */
const TEAMS_COMMANDS_MAX = (() => {
  const version = (TEAMS as unknown as { manifestVersion: string }).manifestVersion;
  const schema = JSON.parse(
    readFileSync(
      root(
        `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
      ),
      "utf8",
    ),
  );
  const text = JSON.stringify(schema);
  const at = text.indexOf('"commandLists"');
  const max = /"commands":\{"type":"array","maxItems":(\d+)/.exec(text.slice(at));
  if (!max) throw new Error("no commands maxItems in the Teams manifest schema");
  return Number(max[1]);
})();

/** The README's "What people can ask" rows: the English syntax's first word and the Swedish word. */
function readmeRows(): [string, string][] {
  const section = README.slice(
    README.indexOf("## What people can ask"),
    README.indexOf("### Who may do what"),
  );
  return section
    .split("\n")
    .filter((line) => /^\| `/.test(line))
    .map((line) => {
      // A cell may hold an escaped `\|` (export [csv\|json\|md]).
      const [english = "", swedish = ""] = line
        .split(/(?<!\\)\|/)
        .slice(1, 3)
        .map((c) => c.trim().replace(/`/g, ""));
      return [english.split(" ")[0] ?? "", swedish];
    });
}

describe("the command table", () => {
  it("README lists every command once, each word in both languages meaning that command", () => {
    const rows = readmeRows();
    const named = rows.map(([english, swedish]) => {
      const command = parseCommand(english).name;
      expect(parseCommand(swedish).name, `${english} / ${swedish}`).toBe(command);
      return command;
    });
    expect([...named].sort()).toEqual(COMMAND_NAMES.filter((c) => c !== "home").sort());
  });

  it("Teams' command list offers only words the bot knows, no more than its manifest schema allows", () => {
    const commands = TEAMS.bots.flatMap((b) => b.commandLists.flatMap((l) => l.commands.map((c) => c.title)));
    expect(commands.length).toBeLessThanOrEqual(TEAMS_COMMANDS_MAX);
    for (const title of commands) expect(parseCommand(title).name, title).not.toBe("unknown");
  });

  it("Slack's usage hint names only words the bot knows", () => {
    const hint = SLACK.features.slash_commands[0]?.usage_hint ?? "";
    for (const part of hint.split("|")) {
      const word = part.trim().split(" ")[0] ?? "";
      expect(parseCommand(word).name, word).not.toBe("unknown");
    }
  });
});
