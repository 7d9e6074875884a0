// `export [csv|json|md|xlsx]` (exportera): a project manager gets the round's results as a file in the chat.
import { exportSummaryCard } from "../../../cards/export-summary.ts";
import { toCsv } from "../../export/csv.ts";
import { toJson } from "../../export/json.ts";
import { toMarkdown } from "../../export/markdown.ts";
import { openLateItems } from "../../export/open-late-items.ts";
import { buildRoundExport } from "../../export/round-export.ts";
import { recordAction } from "../audit.ts";
import { roundForms } from "../checklist-forms.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { mayAct } from "../permissions.ts";
import { privateNotice } from "../replies.ts";
import { loadRoundState } from "../round-state.ts";

const FORMATS = {
  csv: { mimeType: "text/csv", extension: "csv" },
  json: { mimeType: "application/json", extension: "json" },
  md: { mimeType: "text/markdown", extension: "md" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
} as const;

export async function exportCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say } = ctx;
  if (!mayAct(actor, "export", { round: true }))
    return [privateNotice(say.refusedTitle, say.onlyProjectManagers)];
  const format = (argument.trim().toLowerCase() || "csv") as keyof typeof FORMATS;
  if (!(format in FORMATS)) return [privateNotice(say.formatTitle, say.exportUsage)];
  const further = roundForms(ctx).slice(1);
  const state = await loadRoundState(ctx.deps.store, actor.round);
  const data = buildRoundExport(state, ctx.checklist, further);
  const content =
    format === "xlsx"
      ? // Loaded when asked for: exceljs is megabytes that a start need not read.
        (
          await (await import("../../export/xlsx.ts")).toXlsx(data, ctx.locale, openLateItems(state, ctx.now))
        ).toString("base64")
      : format === "csv"
        ? toCsv(data)
        : format === "json"
          ? toJson(data)
          : toMarkdown(data, ctx.locale);
  const name = `${actor.round.id}-${ctx.now.toISOString().slice(0, 10)}.${FORMATS[format].extension}`;
  const card = exportSummaryCard(
    {
      roundName: actor.round.name,
      fileName: name,
      maxTotal: ctx.checklist.points.length * ctx.checklist.scale.max,
      organisations: data.organisations.map((o) => ({
        name: o.name,
        rounds: o.assessments.length,
        total: o.assessments.at(-1)?.total,
        shift:
          o.assessments.length > 1
            ? (o.assessments.at(-1)?.total ?? 0) - (o.assessments[0]?.total ?? 0)
            : undefined,
        ready: o.ready,
      })),
    },
    ctx.locale,
  );
  await recordAction(ctx, "export", `export ${format}`, { round: true });
  const encoding = format === "xlsx" ? ("base64" as const) : undefined;
  return [{ type: "file", card, file: { name, mimeType: FORMATS[format].mimeType, content, encoding } }];
}
