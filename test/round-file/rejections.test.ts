import { describe, expect, it } from "vitest";
import { edit, errorsOf, lineOf, parse, SMALL_ROUND } from "./helpers.ts";

function rejects(
  text: string,
  expected: { needle: string; after?: string; nth?: number; path: string; message: RegExp },
) {
  const errors = errorsOf(text);
  expect(errors).toContainEqual(
    expect.objectContaining({
      file: "round.yaml",
      line: lineOf(text, expected.needle, expected),
      path: expected.path,
      message: expect.stringMatching(expected.message),
    }),
  );
  // Every refusal is said in Swedish too, for an operator whose CLI speaks Swedish.
  for (const error of errors) expect(error.sv, error.message).toMatch(/\S/);
  return errors;
}

describe("the small round file used by these tests", () => {
  it("is valid, so every rejection below is caused by its one edit", () => {
    expect(parse(SMALL_ROUND).ok).toBe(true);
  });
});

describe("round file: clusters", () => {
  it("rejects a cluster with one benchmarking organisation", () => {
    const text = edit(SMALL_ROUND, "organisations: [beta, gamma]", "organisations: [beta]");
    rejects(text, {
      needle: "organisations: [beta]",
      path: "clusters[0].organisations",
      message: /2 or 3 benchmarking organisations .*not 1/,
    });
  });

  it("rejects a cluster with four benchmarking organisations", () => {
    const text = edit(SMALL_ROUND, "[epsilon, zeta, eta]", "[epsilon, zeta, eta, gamma]");
    rejects(text, {
      needle: "[epsilon, zeta, eta, gamma]",
      path: "clusters[1].organisations",
      message: /not 4/,
    });
  });

  it("rejects an organisation in two clusters", () => {
    const text = edit(SMALL_ROUND, "[epsilon, zeta, eta]", "[epsilon, zeta, beta]");
    rejects(text, {
      needle: "[epsilon, zeta, beta]",
      path: "clusters[1].organisations[2]",
      message: /beta is already in cluster first: .*one cluster only/,
    });
  });

  it("rejects a mentor listed as one of its own benchmarking organisations", () => {
    const text = edit(SMALL_ROUND, "organisations: [beta, gamma]", "organisations: [beta, alfa]");
    rejects(text, {
      needle: "organisations: [beta, alfa]",
      path: "clusters[0].organisations[1]",
      message: /alfa is the mentor of cluster first/,
    });
  });

  it("rejects a cluster member that is not a listed organisation", () => {
    const text = edit(SMALL_ROUND, "mentor: delta", "mentor: omega");
    rejects(text, {
      needle: "mentor: omega",
      path: "clusters[1].mentor",
      message: /unknown organisation "omega"/,
    });
  });

  it("rejects an organisation that is in no cluster", () => {
    let text = edit(SMALL_ROUND, "[epsilon, zeta, eta]", "[epsilon, zeta]");
    text = edit(text, "host: eta", "host: zeta");
    rejects(text, { needle: "id: eta", path: "organisations[6].id", message: /eta is in no cluster/ });
  });

  it("rejects a duplicate cluster id", () => {
    const text = edit(SMALL_ROUND, "id: second", "id: first");
    rejects(text, { needle: "id: first", nth: 2, path: "clusters[1].id", message: /used twice/ });
  });

  it("rejects a host that is not in the cluster", () => {
    const text = edit(SMALL_ROUND, "host: gamma", "host: zeta");
    rejects(text, {
      needle: "host: zeta",
      path: "clusters[0].meetings.benchmarking-2.host",
      message: /"zeta" is not in cluster first: choose one of alfa, beta, gamma/,
    });
  });
});

describe("round file: organisations and people", () => {
  it("rejects an organisation without an administrator", () => {
    const text = edit(
      SMALL_ROUND,
      "      - { name: B Admin, email: admin@beta.example, role: administrator }\n",
      "",
    );
    rejects(text, {
      needle: "people:",
      after: "id: beta",
      path: "organisations[1].people",
      message: /beta has no administrator: add a person with "role: administrator"/,
    });
  });

  it("rejects an organisation with two key persons", () => {
    const text = edit(
      SMALL_ROUND,
      "admin@beta.example, role: administrator",
      "admin@beta.example, role: key-person",
    );
    const errors = rejects(text, {
      needle: "people:",
      after: "id: beta",
      path: "organisations[1].people",
      message: /beta has 2 people with the role key-person/,
    });
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/beta has no administrator/));
  });

  it("rejects a duplicate organisation id", () => {
    const text = edit(SMALL_ROUND, "id: eta", "id: zeta");
    rejects(text, {
      needle: "id: zeta",
      nth: 2,
      path: "organisations[6].id",
      message: /"zeta" is already used by organisations\[5\]/,
    });
  });

  it("rejects one e-mail for two people, whatever its case", () => {
    const text = edit(SMALL_ROUND, "elected@gamma.example", "Elected@Beta.example");
    rejects(text, {
      needle: "Elected@Beta.example",
      path: "organisations[2].people[1].email",
      message: /elected@beta.example is already listed for beta/,
    });
  });

  it("rejects an e-mail that is not one", () => {
    const text = edit(SMALL_ROUND, "email: key@beta.example", "email: key-at-beta");
    rejects(text, {
      needle: "key-at-beta",
      path: "organisations[1].people[0].email",
      message: /e-mail address/,
    });
  });

  it("rejects an unknown organisation kind, naming the allowed ones", () => {
    const text = edit(SMALL_ROUND, "kind: region", "kind: kommun");
    rejects(text, {
      needle: "kind: kommun",
      path: "organisations[2].kind",
      message: /"kommun" is not allowed: use one of municipality, region, county-council/,
    });
  });

  it("rejects a chat home on an unknown platform and a Slack channel that is not an id", () => {
    const platform = edit(SMALL_ROUND, "platform: slack", "platform: discord");
    rejects(platform, {
      needle: "platform: discord",
      path: "organisations[1].home.platform",
      message: /slack, teams/,
    });
    const channel = edit(SMALL_ROUND, "channel: C06J8N2KQ4T", "channel: general");
    rejects(channel, {
      needle: "channel: general",
      path: "organisations[1].home.channel",
      message: /starts with C/,
    });
  });
});

describe("round file: dates", () => {
  it("rejects benchmarking meeting 1 before the start-up meeting", () => {
    const text = edit(SMALL_ROUND, "{ date: 2027-04-14", "{ date: 2027-01-14");
    rejects(text, {
      needle: "2027-01-14",
      path: "clusters[0].meetings.benchmarking-1.date",
      message: /not after the start-up meeting \(2027-02-03\)/,
    });
  });

  it("rejects a benchmarking meeting on the start-up day", () => {
    const text = edit(SMALL_ROUND, "{ date: 2027-04-15", "{ date: 2027-02-03");
    rejects(text, {
      needle: "{ date: 2027-02-03",
      path: "clusters[1].meetings.benchmarking-1.date",
      message: /start-up/,
    });
  });

  it("rejects benchmarking meeting 3 after the results conference", () => {
    const text = edit(SMALL_ROUND, "2027-10-06", "2027-12-10");
    rejects(text, {
      needle: "2027-12-10",
      path: "clusters[0].meetings.benchmarking-3.date",
      message: /not before the results conference \(2027-12-09\)/,
    });
  });

  it("rejects meetings out of order", () => {
    const text = edit(SMALL_ROUND, "2027-06-09", "2027-04-01");
    rejects(text, {
      needle: "2027-04-01",
      path: "clusters[0].meetings.benchmarking-2.date",
      message: /not after benchmarking-1 \(2027-04-14\)/,
    });
  });

  it("rejects a results conference before the start-up meeting", () => {
    const text = edit(SMALL_ROUND, "resultsConference: 2027-12-09", "resultsConference: 2027-01-09");
    rejects(text, {
      needle: "resultsConference:",
      path: "resultsConference",
      message: /must come after the start-up/,
    });
  });

  it("rejects a date that does not exist", () => {
    const text = edit(SMALL_ROUND, "2027-06-09", "2027-02-30");
    rejects(text, {
      needle: "2027-02-30",
      path: "clusters[0].meetings.benchmarking-2.date",
      message: /YYYY-MM-DD/,
    });
  });
});

describe("round file: round settings", () => {
  it("rejects an unknown checklist version, naming the known ones", () => {
    const text = edit(SMALL_ROUND, "checklist: skr-10", "checklist: skr-99");
    rejects(text, {
      needle: "checklist: skr-99",
      path: "checklist",
      message: /unknown checklist "skr-99": use one of .*skr-10/,
    });
  });

  it("rejects an unknown time zone", () => {
    const text = edit(SMALL_ROUND, "timeZone: Europe/Stockholm", "timeZone: Europe/Stokholm");
    rejects(text, { needle: "timeZone:", path: "timeZone", message: /unknown time zone: use an IANA name/ });
  });

  it("says which field is missing and where", () => {
    const text = edit(SMALL_ROUND, "startUp: 2027-02-03\n", "");
    rejects(text, { needle: "id: test-round", path: "startUp", message: /is missing: add "startUp:"/ });
  });

  it("names a misspelt field", () => {
    const text = edit(SMALL_ROUND, "host: beta }", "hots: beta }");
    rejects(text, {
      needle: "hots: beta",
      path: "clusters[0].meetings.benchmarking-1.hots",
      message: /unknown field "hots": remove it or correct its spelling/,
    });
  });

  it("reports a YAML syntax error with its line", () => {
    const text = edit(SMALL_ROUND, "    mentor: delta", "\tmentor: delta");
    expect(errorsOf(text)).toEqual([
      {
        file: "round.yaml",
        line: lineOf(text, "\tmentor: delta"),
        path: "",
        message: expect.stringMatching(/Tabs are not allowed as indentation: fix the YAML syntax here/),
        sv: expect.stringMatching(/rätta YAML-syntaxen här/),
      },
    ]);
  });

  it("rejects a key given twice", () => {
    const text = edit(SMALL_ROUND, "language: sv\n", "language: sv\nlanguage: en\n");
    const [error] = errorsOf(text);
    expect(error?.line).toBe(lineOf(text, "language: en"));
  });

  it("rejects an empty file, listing what is missing", () => {
    const errors = errorsOf("# nothing yet\n");
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["id", "startUp", "clusters", "checklist"]),
    );
  });
});

describe("round file: mistakes that would mislead people later", () => {
  it("rejects two organisations sharing one chat home", () => {
    const beta = "    home: { platform: slack, workspace: T05QF3L7K2A, channel: C06J8N2KQ4T }";
    const text = edit(SMALL_ROUND, "  - id: gamma\n", `  - id: gamma\n${beta}\n`);
    rejects(text, {
      needle: "channel: C06J8N2KQ4T",
      nth: 2,
      path: "organisations[2].home.channel",
      message: /already beta's home: each organisation needs a channel of its own/,
    });
  });

  it("rejects a first meeting so close to the start-up that its deadline comes before it", () => {
    const text = edit(
      SMALL_ROUND,
      "benchmarking-1: { date: 2027-04-14",
      "benchmarking-1: { date: 2027-02-08",
    );
    rejects(text, {
      needle: "benchmarking-1: { date: 2027-02-08",
      path: "clusters[0].meetings.benchmarking-1.date",
      message: /presentation deadline \(2027-02-01\) on or before the start-up meeting/,
    });
  });

  it("rejects an organisation hosting two of its cluster's meetings", () => {
    const text = edit(
      SMALL_ROUND,
      "benchmarking-3: { date: 2027-10-06, host: alfa }",
      "benchmarking-3: { date: 2027-10-06, host: beta }",
    );
    rejects(text, {
      needle: "host: beta }",
      nth: 2,
      path: "clusters[0].meetings.benchmarking-3.host",
      message: /beta already hosts benchmarking-1/,
    });
  });
});
