// The scores as CSV that Excel opens with Swedish characters intact: UTF-8 with a byte-order mark,
// `;` by default (Swedish Excel's list separator), `,` on request. One row per organisation and round.
import type { RoundExport } from "./round-export.ts";

export type CsvSeparator = ";" | ",";

export const CSV_FIXED_COLUMNS = [
  "round",
  "cluster",
  "organisation",
  "organisation_name",
  "assessment_round",
  "version",
  "submitted_at",
] as const;

function cell(value: string | number | boolean | null, separator: CsvSeparator): string {
  const text = value === null ? "" : String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(data: RoundExport, separator: CsvSeparator = ";"): string {
  // Every form's points, each once, in the order of the forms: a row leaves the others' cells empty.
  const points = [
    ...new Set((data.checklists ?? [data.checklist]).flatMap((c) => c.points.map((p) => p.id))),
  ];
  const header = [
    ...CSV_FIXED_COLUMNS,
    ...points,
    "total",
    "shift",
    "ready",
    "late",
    "checklist",
    // Added after the original columns, so that sheets built on those keep working: each point's comment,
    // then the organisation's PDSA cycles, presentations and statistics (the same on each of its rows).
    ...points.map((p) => `comment_${p}`),
    "pdsa_cycles",
    "presentations",
    "statistics_reported",
    "statistics_by_sex",
  ];
  const rows = data.organisations.flatMap((o) =>
    [...o.assessments, ...(o.forms ?? []).flatMap((f) => f.assessments)].map((a) => [
      data.round.id,
      o.cluster,
      o.id,
      o.name,
      a.assessmentRound,
      a.version,
      a.submittedAt,
      ...points.map((p) => a.scores[p] ?? null),
      a.total,
      a.shift,
      a.ready ? "yes" : "no",
      a.late ? "yes" : "no",
      a.checklist,
      ...points.map((p) => a.comments[p] ?? null),
      o.pdsa.map((c) => `${c.area} #${c.cycle} ${c.phase}`).join(" | ") || null,
      o.presentations.map((m) => `${m.meeting} ${m.link}`).join(" | ") || null,
      o.statistics?.reported ?? null,
      o.statistics?.bySex ?? null,
    ]),
  );
  const lines = [header, ...rows].map((row) => row.map((v) => cell(v, separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Reads a CSV written by toCsv back into rows of named cells (for checks and round trips). */
export function parseCsv(text: string, separator: CsvSeparator = ";"): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}
