// The round's results as one Excel workbook, written by exceljs: a sheet each for the self-assessments (per
// point and round, with comments), the shift, readiness, the PDSA cycles, the presentations and the step-6
// statistics. Scores, totals and counts are numbers, dates are dates, so that Excel can sum and sort them.
import ExcelJS from "exceljs";
import { strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";
import type { OpenLateItem } from "./open-late-items.ts";
import type { RoundExport } from "./round-export.ts";
import { xlsxStrings } from "./xlsx-strings.ts";

type Cell = string | number | Date | null | { text: string; hyperlink: string };

function sheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]): void {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    const widest = Math.max(header[i]?.length ?? 8, ...rows.map((r) => String(r[i] ?? "").length));
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  // Instants are written in UTC; a format with the time makes that visible rather than a bare date.
  header.forEach((_, i) => {
    if (rows.some((r) => r[i] instanceof Date)) ws.getColumn(i + 1).numFmt = "yyyy-mm-dd hh:mm";
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

const instant = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

/** `open`: what is late and still missing at the export's moment (openLateItems); without it, none. */
export async function toXlsx(
  data: RoundExport,
  locale: Locale,
  open: readonly OpenLateItem[] = [],
): Promise<Buffer> {
  const t = xlsxStrings(locale);
  const s = strings(locale);
  const yes = (value: boolean) => (value ? t.yes : t.no);
  const book = new ExcelJS.Workbook();
  book.creator = "Modellbot";
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
  sheet(
    book,
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
      t.version,
      t.checklist,
    ],
    orgs.flatMap((o) =>
      formsOf(o).flatMap((form) =>
        form.assessments.flatMap((a) =>
          form.checklist.points.map((p, i): Cell[] => [
            o.cluster,
            o.name,
            s.assessmentRounds[a.assessmentRound],
            i + 1,
            p.title[locale],
            a.scores[p.id] ?? null,
            a.comments[p.id] ?? null,
            instant(a.submittedAt),
            a.submittedBy,
            a.version,
            form.checklist.title[locale],
          ]),
        ),
      ),
    ),
  );
  sheet(
    book,
    t.sheets.shift,
    [t.cluster, t.organisation, t.assessmentRound, t.total, t.max, t.shift, t.submittedAt, t.checklist],
    orgs.flatMap((o) =>
      formsOf(o).flatMap((form) =>
        form.assessments.map((a): Cell[] => [
          o.cluster,
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
  sheet(
    book,
    t.sheets.readiness,
    [t.cluster, t.organisation, t.mentor, t.assessmentRound, t.total, t.lowest, t.top, t.ready, t.checklist],
    orgs.flatMap((o) =>
      formsOf(o).map((form): Cell[] => {
        const { min, max } = form.checklist.scale;
        const latest = form.assessments.at(-1);
        const scores = latest ? Object.values(latest.scores) : [];
        return [
          o.cluster,
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
  sheet(
    book,
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
        o.cluster,
        o.name,
        c.area,
        c.points
          .map((id) => data.checklist.points.findIndex((p) => p.id === id) + 1)
          .filter((n) => n > 0)
          .join(", "),
        c.cycle,
        s.phases[c.phase],
        c.startedOn ?? null,
        c.endedOn ?? null,
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
  sheet(
    book,
    t.sheets.presentations,
    [t.cluster, t.organisation, t.meeting, t.link, t.markedBy, t.markedAt],
    orgs.flatMap((o) =>
      o.presentations.map((m): Cell[] => [
        o.cluster,
        o.name,
        s.meetings[m.meeting],
        /^https?:\/\//.test(m.link) ? { text: m.link, hyperlink: m.link } : m.link,
        m.markedBy,
        instant(m.markedAt),
      ]),
    ),
  );
  sheet(
    book,
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
          o.cluster,
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
  lateSheet(book, data, locale, open);
  const share = book.getWorksheet(t.sheets.statistics)?.getColumn(5);
  if (share) share.numFmt = "0%";
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What was handed in after its deadline, and what is late and still missing now. */
function lateSheet(
  book: ExcelJS.Workbook,
  data: RoundExport,
  locale: Locale,
  open: readonly OpenLateItem[],
): void {
  const t = xlsxStrings(locale);
  const s = strings(locale);
  const due = s.guide.due;
  const handedIn = data.organisations.flatMap((o) => [
    ...o.assessments
      .filter((a) => a.late)
      .map((a): Cell[] => [
        o.cluster,
        o.name,
        due.assessment,
        s.assessmentRounds[a.assessmentRound],
        t.handedInLate,
        instant(a.submittedAt),
      ]),
    ...o.presentations
      .filter((p) => p.late)
      .map((p): Cell[] => [
        o.cluster,
        o.name,
        p.meeting === "start-up" ? due.description : due.presentation,
        s.meetings[p.meeting],
        t.handedInLate,
        instant(p.markedAt),
      ]),
    ...(o.statistics?.late
      ? [
          [
            o.cluster,
            o.name,
            due.statistics,
            s.meetings["benchmarking-3"],
            t.handedInLate,
            instant(o.statistics.submittedAt),
          ],
        ]
      : []),
  ]);
  const byId = new Map(data.organisations.map((o) => [o.id, o]));
  const missing = open.map((item): Cell[] => {
    const o = byId.get(item.organisationId);
    return [
      o?.cluster ?? "",
      o?.name ?? item.organisationId,
      due[item.kind],
      null,
      t.stillMissing,
      item.since,
    ];
  });
  sheet(
    book,
    t.sheets.late,
    [t.cluster, t.organisation, t.item, t.forWhat, t.lateState, t.lateSince],
    [...handedIn, ...missing],
  );
}
