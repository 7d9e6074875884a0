// The round's results as one Excel workbook, written by exceljs: a sheet each for the self-assessments (per
// point and round, with comments), the shift, readiness, the PDSA cycles, the presentations and the step-6
// statistics. Scores, totals and counts are numbers, dates are dates, so that Excel can sum and sort them.
// Times are the round's local time (a workbook's cells carry no zone), clusters and people by name.
import ExcelJS from "exceljs";
import { strings } from "../../cards/strings.ts";
import { localWallClock } from "../domain/local-date.ts";
import type { IsoDate, Locale } from "../domain/round.ts";
import type { OpenLateItem } from "./open-late-items.ts";
import type { RoundExport } from "./round-export.ts";
import { xlsxStrings } from "./xlsx-strings.ts";

/** `at`: an instant, shown in the round's time zone; `day`: a calendar date. */
type Cell =
  | string
  | number
  | null
  | { text: string; hyperlink: string }
  | { at: string | undefined }
  | { day: IsoDate | undefined };

const TIME_FORMAT = "yyyy-mm-dd hh:mm";
const DAY_FORMAT = "yyyy-mm-dd";

function written(
  cell: Cell,
  timeZone: string,
): string | number | Date | null | { text: string; hyperlink: string } {
  if (cell === null || typeof cell !== "object" || "hyperlink" in cell) return cell;
  if ("at" in cell) return (cell.at && localWallClock(cell.at, timeZone)) || null;
  return cell.day ? new Date(`${cell.day}T00:00:00Z`) : null;
}

function shownWidth(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell !== "object") return String(cell).length;
  if ("hyperlink" in cell) return cell.text.length;
  return "at" in cell ? TIME_FORMAT.length : DAY_FORMAT.length;
}

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  timeZone: string,
): void {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row.map((cell) => written(cell, timeZone)));
  ws.columns.forEach((column, i) => {
    const widest = Math.max(header[i]?.length ?? 8, ...rows.map((r) => shownWidth(r[i] ?? null)));
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  header.forEach((_, i) => {
    const format = columnFormat(rows.map((r) => r[i] ?? null));
    if (format) ws.getColumn(i + 1).numFmt = format;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** A column of instants shows the time of day, a column of dates the date alone. */
function columnFormat(cells: Cell[]): string | undefined {
  let format: string | undefined;
  for (const cell of cells) {
    if (cell === null || typeof cell !== "object" || "hyperlink" in cell) continue;
    if ("at" in cell) return TIME_FORMAT;
    format = DAY_FORMAT;
  }
  return format;
}

const instant = (iso: string | undefined): Cell => ({ at: iso });
const day = (date: IsoDate | undefined): Cell => ({ day: date });

/** `late`: what came late, is late or never came at the export's moment (openLateItems); without it, none. */
export async function toXlsx(
  data: RoundExport,
  locale: Locale,
  late: readonly OpenLateItem[] = [],
): Promise<Buffer> {
  const t = xlsxStrings(locale);
  const s = strings(locale);
  const yes = (value: boolean) => (value ? t.yes : t.no);
  const book = new ExcelJS.Workbook();
  book.creator = "Modellbot";
  const add = (name: string, header: string[], rows: Cell[][]) =>
    sheet(book, name, header, rows, data.round.timeZone);
  const who = (address: string) => data.people[address] ?? address;
  const orgs = data.organisations;
  // Every checklist form of the round, each assessed, totalled, shifted and judged on its own; the last
  // column names the form.
  const formsOf = (o: RoundExport["organisations"][number]) => [
    { checklist: data.checklist, assessments: o.assessments, ready: o.ready },
    ...(o.forms ?? []).flatMap((f) => {
      const checklist = data.checklists.find((c) => c.id === f.checklist);
      return checklist ? [{ checklist, assessments: f.assessments, ready: f.ready }] : [];
    }),
  ];
  add(
    t.sheets.assessments,
    [
      t.cluster,
      t.organisation,
      t.assessmentRound,
      t.point,
      t.pointTitle,
      t.score,
      t.comment,
      t.submittedAt,
      t.submittedBy,
      t.email,
      t.version,
      t.checklist,
    ],
    orgs.flatMap((o) =>
      formsOf(o).flatMap((form) =>
        form.assessments.flatMap((a) =>
          form.checklist.points.map((p, i): Cell[] => [
            o.clusterName,
            o.name,
            s.assessmentRounds[a.assessmentRound],
            i + 1,
            p.title[locale],
            a.scores[p.id] ?? null,
            a.comments[p.id] ?? null,
            instant(a.submittedAt),
            who(a.submittedBy),
            a.submittedBy,
            a.version,
            form.checklist.title[locale],
          ]),
        ),
      ),
    ),
  );
  add(
    t.sheets.shift,
    [t.cluster, t.organisation, t.assessmentRound, t.total, t.max, t.shift, t.submittedAt, t.checklist],
    orgs.flatMap((o) =>
      formsOf(o).flatMap((form) =>
        form.assessments.map((a): Cell[] => [
          o.clusterName,
          o.name,
          s.assessmentRounds[a.assessmentRound],
          a.total,
          form.checklist.points.length * form.checklist.scale.max,
          a.shift,
          instant(a.submittedAt),
          form.checklist.title[locale],
        ]),
      ),
    ),
  );
  add(
    t.sheets.readiness,
    [t.cluster, t.organisation, t.mentor, t.assessmentRound, t.total, t.lowest, t.top, t.ready, t.checklist],
    orgs.flatMap((o) =>
      formsOf(o).map((form): Cell[] => {
        const { min, max } = form.checklist.scale;
        const latest = form.assessments.at(-1);
        const scores = latest ? Object.values(latest.scores) : [];
        return [
          o.clusterName,
          o.name,
          yes(o.mentor),
          latest ? s.assessmentRounds[latest.assessmentRound] : null,
          latest?.total ?? null,
          latest ? scores.filter((v) => v === min).length : null,
          latest ? scores.filter((v) => v === max).length : null,
          yes(form.ready),
          form.checklist.title[locale],
        ];
      }),
    ),
  );
  add(
    t.sheets.pdsa,
    [
      t.cluster,
      t.organisation,
      t.area,
      t.points,
      t.cycle,
      t.phase,
      t.startedOn,
      t.endedOn,
      t.aim,
      t.prediction,
      t.measure,
      t.result,
      t.learned,
      t.decision,
      t.submittedAt,
    ],
    orgs.flatMap((o) =>
      o.pdsa.map((c): Cell[] => [
        o.clusterName,
        o.name,
        c.area,
        c.points
          .map((id) => data.checklist.points.findIndex((p) => p.id === id) + 1)
          .filter((n) => n > 0)
          .join(", "),
        c.cycle,
        s.phases[c.phase],
        day(c.startedOn),
        day(c.endedOn),
        c.aim ?? null,
        c.prediction ?? null,
        c.measure ?? null,
        c.result ?? null,
        c.learned ?? null,
        c.decision ? s.decisions[c.decision] : null,
        instant(c.submittedAt),
      ]),
    ),
  );
  add(
    t.sheets.presentations,
    [t.cluster, t.organisation, t.meeting, t.link, t.markedBy, t.email, t.markedAt],
    orgs.flatMap((o) =>
      o.presentations.map((m): Cell[] => [
        o.clusterName,
        o.name,
        s.meetings[m.meeting],
        /^https?:\/\//.test(m.link) ? { text: m.link, hyperlink: m.link } : m.link,
        who(m.markedBy),
        m.markedBy,
        instant(m.markedAt),
      ]),
    ),
  );
  add(
    t.sheets.statistics,
    [
      t.cluster,
      t.organisation,
      t.reported,
      t.bySex,
      t.share,
      t.budget,
      t.followUp,
      t.decisions,
      t.submittedAt,
    ],
    orgs.flatMap((o) => {
      const r = o.statistics;
      if (!r) return [];
      return [
        [
          o.clusterName,
          o.name,
          r.reported,
          r.bySex,
          r.reported > 0 ? r.bySex / r.reported : null,
          yes(r.routines.budget),
          yes(r.routines.followUp),
          yes(r.routines.decisions),
          instant(r.submittedAt),
        ],
      ];
    }),
  );
  lateSheet(add, data, locale, late);
  const share = book.getWorksheet(t.sheets.statistics)?.getColumn(5);
  if (share) share.numFmt = "0%";
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * What came after its deadline, what is late and still awaited, and what never came, at the export's moment:
 * the engine's judgement (openLateItems), as `status` and the dashboard show it. Each row gives the deadline,
 * when the work came in, and how many days after the deadline that was (or, while still awaited, is now).
 */
function lateSheet(
  add: (name: string, header: string[], rows: Cell[][]) => void,
  data: RoundExport,
  locale: Locale,
  late: readonly OpenLateItem[],
): void {
  const t = xlsxStrings(locale);
  const s = strings(locale);
  const byId = new Map(data.organisations.map((o) => [o.id, o]));
  const rows = late.map((item): Cell[] => {
    const o = byId.get(item.organisationId);
    return [
      o?.clusterName ?? "",
      o?.name ?? item.organisationId,
      t.items[item.kind],
      s.meetings[item.meeting],
      t.lateStates[item.state],
      day(item.date),
      instant(item.handedInAt),
      item.daysLate ?? null,
    ];
  });
  add(
    t.sheets.late,
    [t.cluster, t.organisation, t.item, t.forWhat, t.lateState, t.deadline, t.handedInAt, t.daysLate],
    rows,
  );
}
