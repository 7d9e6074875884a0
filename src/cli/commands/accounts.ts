// `accounts show|forget --platform slack|teams --workspace ID --user ID`: a recognised platform account, and
// a project manager's decision to forget it (after its e-mail address changed for a good reason), so that it
// is recognised afresh by its new address the next time.
import { parseArgs } from "node:util";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { withStore } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

function options(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { platform: { type: "string" }, workspace: { type: "string" }, user: { type: "string" } },
    });
    const [action] = positionals;
    const { platform, workspace, user } = values;
    if ((action !== "show" && action !== "forget") || positionals.length !== 1) return undefined;
    if ((platform !== "slack" && platform !== "teams") || !workspace || !user) return undefined;
    return { action, platform, workspace: workspace.toLowerCase(), user } as const;
  } catch {
    return undefined;
  }
}

export const accountsCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).accounts;
  const wanted = options(args);
  if (!wanted) {
    io.err(commandUsage(cliLocale(io), "accounts"));
    return 2;
  }
  return withStore(io, async (store) => {
    if (wanted.action === "forget") {
      const forgotten = await store.forgetAccount(wanted.platform, wanted.workspace, wanted.user);
      io.out(forgotten ? text.forgotten : text.unknown);
      return forgotten ? 0 : 1;
    }
    const known = await store.findAccount(wanted.platform, wanted.workspace, wanted.user);
    io.out(known ? text.known(known.email, known.boundAt) : text.unknown);
    return known ? 0 : 1;
  });
};
