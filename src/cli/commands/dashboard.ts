// `dashboard revoke (--email E | --all)`: dashboard links issued until now stop working, for one person or
// everyone; new links (type dashboard in the chat) work again.
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
      options: { email: { type: "string" }, all: { type: "boolean" } },
    });
    const email = values.email?.trim().toLowerCase();
    if (positionals.join(" ") !== "revoke") return undefined;
    if ((email === undefined || email === "") === (values.all !== true)) return undefined;
    return { email: values.all ? undefined : email };
  } catch {
    return undefined;
  }
}

export const dashboardCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).dashboard;
  const wanted = options(args);
  if (!wanted) {
    io.err(commandUsage(cliLocale(io), "dashboard"));
    return 2;
  }
  return withStore(io, async (store) => {
    const revokedBy = `cli ${io.env.USER ?? ""}`.trim();
    await store.revokeDashboardLinks({ email: wanted.email, revokedAt: new Date().toISOString(), revokedBy });
    io.out(wanted.email ? text.revokedOne(wanted.email) : text.revokedAll);
    return 0;
  });
};
