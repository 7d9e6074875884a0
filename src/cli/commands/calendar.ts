// `calendar --round ID [--organisation ID] [--cluster ID] [--out FILE] [--language sv|en]`: an organisation's
// (or a cluster's, or with neither the first cluster's) meetings and deadlines as an .ics file.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Locale } from "../../domain/round.ts";
import { clusterOf } from "../../domain/round.ts";
import { calendarIcs } from "../../export/calendar-ics.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { withStore } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

function options(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        round: { type: "string" },
        organisation: { type: "string" },
        cluster: { type: "string" },
        out: { type: "string" },
        language: { type: "string" },
      },
    });
    if (!values.round || (values.organisation === undefined) === (values.cluster === undefined))
      return undefined;
    if (values.language !== undefined && values.language !== "sv" && values.language !== "en")
      return undefined;
    const language: Locale | undefined = values.language;
    return { ...values, round: values.round, language };
  } catch {
    return undefined;
  }
}

export const calendarCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).calendar;
  const wanted = options(args);
  if (!wanted) {
    io.err(commandUsage(cliLocale(io), "calendar"));
    return 2;
  }
  return withStore(io, async (store) => {
    const round = await store.getRound(wanted.round);
    if (!round) {
      io.err(text.noRound(wanted.round, (await store.listRounds()).map((r) => r.id).join(", ")));
      return 2;
    }
    const organisation = round.organisations.find((o) => o.id === wanted.organisation);
    const cluster = organisation
      ? clusterOf(round, organisation.id)
      : round.clusters.find((c) => c.id === wanted.cluster);
    if (!cluster || (wanted.organisation !== undefined && !organisation)) {
      const known = wanted.organisation !== undefined ? round.organisations : round.clusters;
      io.err(text.noSuch(wanted.organisation ?? wanted.cluster ?? "", known.map((k) => k.id).join(", ")));
      return 2;
    }
    const body = calendarIcs({
      round,
      cluster,
      organisation,
      locale: wanted.language ?? organisation?.language ?? round.language,
      now: new Date(),
    });
    if (!wanted.out) {
      io.out(body.replace(/\r?\n$/, ""));
      return 0;
    }
    const file = resolve(io.cwd, wanted.out);
    await writeFile(file, body, "utf8");
    io.out(text.wrote(file));
    return 0;
  });
};
