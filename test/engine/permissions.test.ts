// The permission table is the one place a role decision is made: the README's table, the help card and the
// command words are checked against it, and every command × role is walked through the engine.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { helpCommands } from "../../cards/help.ts";
import { COMMAND_NAMES } from "../../src/engine/command-words.ts";
import { PERMISSIONS, type Reach, ROLES, type Role } from "../../src/engine/permissions.ts";
import { startHarness, text as textOf } from "./harness.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

const CELL: Record<string, Reach | undefined> = {
  anyone: "anyone",
  "own organisation": "own-organisation",
  "own cluster": "own-cluster",
  "whole round": "round",
  "–": undefined,
};

/** The README's "Who may do what" table as command → role → reach. */
function readmeTable(): Record<string, Partial<Record<Role, Reach>>> {
  const section = README.slice(README.indexOf("### Who may do what"), README.indexOf("### Trust model"));
  const rows = section.split("\n").filter((line) => /^\| `/.test(line));
  return Object.fromEntries(
    rows.map((line) => {
      const [command = "", ...cells] = line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      const entries = ROLES.flatMap((role, i) => {
        const reach = CELL[cells[i] ?? ""];
        return reach ? [[role, reach] as const] : [];
      });
      return [command.replace(/`/g, ""), Object.fromEntries(entries)];
    }),
  );
}

describe("the permission table", () => {
  it("is what the README's table says, command by command and role by role", () => {
    expect(readmeTable()).toEqual(PERMISSIONS);
  });

  it("covers every command word the parser knows, and the help card lists exactly those commands", () => {
    const covered = Object.keys(PERMISSIONS).sort();
    expect(COMMAND_NAMES.filter((c) => c !== "home").sort()).toEqual(covered);
    expect([...helpCommands()].sort()).toEqual(covered);
  });

  it("decides every command for every kind of person, through the engine, as the README says", async () => {
    const h = await startHarness();
    try {
      const table = readmeTable();
      // Karlstad is a benchmarking organisation, Örnsköldsvik its cluster's mentor; Sara a project manager.
      const people = [
        {
          role: "participant",
          email: "gustav.almqvist@karlstad.example",
          from: "T06HX9RM4PB",
          channel: "C07B3ZP5W1M",
        },
        {
          role: "key-person",
          email: "nadia.karimi@karlstad.example",
          from: "T06HX9RM4PB",
          channel: "C07B3ZP5W1M",
        },
        {
          role: "mentor",
          email: "olof.westin@ornskoldsvik.example",
          from: "T05QF3L7K2A",
          channel: "C06J8N2KQ4T",
        },
        { role: "project-manager", email: "sara.holm@skr.example", from: "T08SKR4PM2A", channel: "D08SARA" },
      ] as const;
      const argument: Record<string, string> = {
        published: "https://example.org/presentation.pdf",
        description: "https://example.org/description.pdf",
        setstep: "3 ornskoldsvik",
        export: "csv",
        bind: "karlstad",
      };
      for (const person of people) {
        for (const command of Object.keys(PERMISSIONS)) {
          const allowed = table[command]?.[person.role] !== undefined;
          // A project manager names the organisation outside its channel.
          const named =
            person.role === "project-manager" &&
            ["guide", "results", "assess", "pdsa", "stats", "published", "description"].includes(command);
          const text = `${command} ${argument[command] ?? ""}${named ? " karlstad" : ""}`.trim();
          const where = {
            platform: "slack" as const,
            workspace: person.from,
            channel: person.channel,
            user: { id: `U-${person.role}`, email: person.email, workspace: person.from, locale: "en-GB" },
          };
          const said = textOf(await h.say(person.email, text, "2027-03-10T09:00:00Z", where));
          const refused = said.includes("Not allowed") || said.includes("Inte tillåtet");
          expect(refused, `${person.role}: ${text}\n${said}`).toBe(!allowed);
        }
      }
    } finally {
      await h.close();
    }
  });

  it("shows each person only the commands they may use in the help card", async () => {
    const h = await startHarness();
    try {
      const help = async (email: string) => textOf(await h.say(email, "help", "2027-03-10T09:00:00Z"));
      const participant = await help("eva.dahl@karlskrona.example");
      expect(participant).toMatch(/bedöm: /);
      expect(participant).not.toMatch(/exportera|koppla|sättsteg|publicerad/);
      const keyPerson = await help("lars.nystrom@karlskrona.example");
      expect(keyPerson).toMatch(/publicerad <länk>: /);
      expect(keyPerson).not.toMatch(/sättsteg|exportera/);
      expect(await help("anna.lind@kalmar.example")).toMatch(/sättsteg <1–8> \[kluster\]: /);
      const manager = await help("sara.holm@skr.example");
      for (const word of ["exportera", "koppla", "sättsteg", "publicerad", "bedöm"])
        expect(manager).toContain(word);
    } finally {
      await h.close();
    }
  });
});
