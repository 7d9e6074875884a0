// `audit --round ID [--since YYYY-MM-DD] [--json]`: the privileged actions and refused attempts of a round,
// oldest first: when, what, who (platform, workspace or tenant, account, address) and on what.
import { parseArgs } from "node:util";
import { isIsoDate } from "../../domain/local-date.ts";
import type { AuditEntry } from "../../store/port.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { withStore } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

function options(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: { round: { type: "string" }, since: { type: "string" }, json: { type: "boolean" } },
    });
    if (!values.round || (values.since !== undefined && !isIsoDate(values.since))) return undefined;
    return { round: values.round, since: values.since, json: values.json === true };
  } catch {
    return undefined;
  }
}

function row(e: AuditEntry): string[] {
  const target = [e.organisationId, e.clusterId].filter(Boolean).join(" ");
  return [
    e.at.replace("T", " ").slice(0, 19),
    e.action,
    e.who.email ?? "?",
    `${e.who.platform} ${e.who.workspace} ${e.who.userId}`,
    target || "-",
    e.what,
  ];
}

export const auditCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).audit;
  const wanted = options(args);
  if (!wanted) {
    io.err(commandUsage(cliLocale(io), "audit"));
    return 2;
  }
  return withStore(io, async (store) => {
    const entries = await store.listAudit({ roundId: wanted.round, since: wanted.since });
    if (wanted.json) {
      io.out(JSON.stringify(entries, null, 2));
      return 0;
    }
    if (entries.length === 0) {
      io.out(text.none);
      return 0;
    }
    const rows = [[...text.header], ...entries.map(row)];
    const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? "").length))) ?? [];
    for (const r of rows)
      io.out(
        r
          .map((cell, col) => cell.padEnd(widths[col] ?? 0))
          .join("  ")
          .trimEnd(),
      );
    io.out(text.total(entries.length));
    return 0;
  });
};
