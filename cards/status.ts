// The cluster at a glance (mentors, project managers), and one line per cluster for project managers.
import type { Locale } from "../src/domain/round.ts";
import { meetingDeadline } from "../src/domain/round-deadlines.ts";
import { arrow, formatDate } from "./format.ts";
import { formatInstant } from "./format-instant.ts";
import { historyStrings } from "./history-strings.ts";
import { meetingText } from "./meeting-text.ts";
import type { Block, Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";
import { type Catalogue, stepName, strings } from "./strings.ts";
import type {
  AssessmentState,
  LateItemView,
  RoundOverviewView,
  StatusRow,
  StatusView,
} from "./view-models.ts";

export const STEP_COUNT = 8;

export function statusCard(view: StatusView, locale: Locale): Card {
  const t = strings(locale);
  const facts = view.concludedAfter
    ? [{ label: t.status.concluded, value: t.status.concludedText(formatDate(view.concludedAfter, locale)) }]
    : [
        {
          label: t.status.nextMeeting,
          value: view.nextMeeting ? meetingText(view.nextMeeting, locale) : t.status.noMeeting,
        },
      ];
  const due = deadlineFact(view, locale);
  if (due) facts.push(due);
  const columns = [
    t.status.organisation,
    t.status.assessment,
    t.status.total,
    t.status.pdsa,
    t.status.presentation,
    t.status.ready,
  ];
  const blocks: Block[] = [
    stepProgress(t, view.step),
    { type: "facts", facts },
    ...(view.formTitle ? [{ type: "heading" as const, text: view.formTitle }] : []),
    { type: "table", columns, rows: view.rows.map((row) => statusRow(t, row, locale)) },
    ...formBlocks(t, view, locale),
    ...lateBlocks(view, locale),
    ...updatesTable(view, locale),
  ];
  const done = view.rows.filter((r) => r.assessment === "done").length;
  return {
    kind: "status",
    title: t.status.title(view.clusterName),
    summary: t.status.summary(view.clusterName, view.step, done, view.rows.length),
    blocks,
  };
}

/** Each organisation's presentation links and last update, beside the figures rather than among them. */
function updatesTable(view: StatusView, locale: Locale): Block[] {
  if (!view.updates?.length) return [];
  const t = strings(locale);
  const h = historyStrings(locale);
  const zone = view.timeZone ?? "UTC";
  const rows = view.updates.map((u) => [
    u.organisationName,
    u.presentations.length
      ? u.presentations.map((p) => `${t.meetings[p.meeting]}: ${p.link}`).join("\n")
      : t.none,
    u.lastUpdate ? formatInstant(u.lastUpdate, zone, locale) : t.none,
  ]);
  return [{ type: "table", columns: [t.status.organisation, h.presentationLinks, h.lastUpdated], rows }];
}

export function stepProgress(t: Catalogue, step: number): Block {
  return {
    type: "progress",
    label: `${t.stepOf(step, STEP_COUNT)} – ${stepName(t, step)}`,
    value: step,
    max: STEP_COUNT,
  };
}

/**
 * The next meeting's deadline. A benchmarking meeting's is the presentation deadline the view gives; the
 * start-up's and the conference's come from the same deadline list (round-deadlines.ts), with what is due.
 */
function deadlineFact(view: StatusView, locale: Locale): { label: string; value: string } | undefined {
  const t = strings(locale);
  if (view.presentationDeadline)
    return { label: t.status.deadline, value: formatDate(view.presentationDeadline, locale) };
  const next = view.nextMeeting;
  const deadline = next && meetingDeadline({ id: next.meeting, date: next.date });
  if (!deadline || view.concludedAfter) return undefined;
  const h = historyStrings(locale);
  const words = schedulerStrings(locale).clusterSummary.missing;
  const items = deadline.items.map((kind) => words[kind]).join(", ");
  return { label: h.dueBy, value: h.dueByValue(formatDate(deadline.date, locale), items) };
}

function lateOf(row: StatusRow): LateItemView[] {
  return (row.late ?? []).filter((item) => item.state !== "missed");
}

function missedOf(row: StatusRow): LateItemView[] {
  return (row.late ?? []).filter((item) => item.state === "missed");
}

function lateSinceText(t: Catalogue, row: StatusRow, kind: string, locale: Locale): string | undefined {
  for (const item of lateOf(row))
    if (item.kind === kind) return t.status.lateSince(formatDate(item.since, locale));
  return undefined;
}

function lateMarked(t: Catalogue, word: string, late: boolean | undefined): string {
  return late ? `${word} (${t.status.lateMark})` : word;
}

function statusRow(t: Catalogue, row: StatusRow, locale: Locale): string[] {
  const assessment =
    row.assessment === "missing"
      ? (lateSinceText(t, row, "assessment", locale) ?? t.missing)
      : lateMarked(t, assessmentWord(t, row.assessment), row.assessment === "done" && row.assessmentLate);
  const presentation =
    row.presentationPublished === undefined
      ? t.none
      : row.presentationPublished
        ? lateMarked(t, t.yes, row.presentationLate)
        : (lateSinceText(t, row, "presentation", locale) ?? t.no);
  return [
    row.isMentor ? t.status.mentor(row.organisationName) : row.organisationName,
    assessment,
    row.total ? totalText(row.total) : t.none,
    pdsaCell(t, row, locale),
    presentation,
    yesNo(t, row.ready),
  ];
}

/** Each further checklist form: its own assessment, total with shift, and readiness. */
function formBlocks(t: Catalogue, view: StatusView, locale: Locale): Block[] {
  const columns = [t.status.organisation, t.status.assessment, t.status.total, t.status.ready];
  return (view.forms ?? []).flatMap((form): Block[] => [
    { type: "heading", text: form.title },
    {
      type: "table",
      columns,
      rows: form.rows.map((row) => {
        const [name = "", assessment = "", total = "", , , ready = ""] = statusRow(t, row, locale);
        return [name, assessment, total, ready];
      }),
    },
  ]);
}

/** The phase, and a mark when the work has stood still for six weeks during a step at home. */
function pdsaCell(t: Catalogue, row: StatusRow, locale: Locale): string {
  const phase = row.pdsaPhase ? t.phases[row.pdsaPhase] : t.none;
  if (!row.pdsaStalledSince) return phase;
  return `${phase} (${t.status.pdsaStalled(formatDate(row.pdsaStalledSince, locale))})`;
}

/**
 * One line per organisation that is late with anything, each item with its first late day; then one per
 * organisation with items that never came (their meeting went by), each with its meeting.
 */
function lateBlocks(view: StatusView, locale: Locale): Block[] {
  const s = strings(locale);
  const t = s.status;
  const h = historyStrings(locale);
  const words = schedulerStrings(locale).clusterSummary.missing;
  const linesOf = (pick: (row: StatusRow) => LateItemView[], item: (l: LateItemView) => string) =>
    view.rows.flatMap((row) => {
      const items = pick(row);
      return items.length ? [t.lateLine(row.organisationName, items.map(item).join(", "))] : [];
    });
  const late = linesOf(lateOf, (l) => t.lateItem(words[l.kind], formatDate(l.since, locale)));
  const missed = linesOf(missedOf, (l) =>
    l.meeting ? h.neverCameItem(words[l.kind], s.meetingInSentence[l.meeting]) : words[l.kind],
  );
  const blocks: Block[] = [];
  if (late.length)
    blocks.push({ type: "heading", text: t.lateHeading }, { type: "text", text: late.join("\n") });
  if (missed.length)
    blocks.push({ type: "heading", text: h.neverCameHeading }, { type: "text", text: missed.join("\n") });
  return blocks;
}

function totalText(total: NonNullable<StatusRow["total"]>): string {
  const base = `${total.value}/${total.max}`;
  return total.shift === undefined ? base : `${base} ${arrow(total.shift)}`;
}

function assessmentWord(t: Catalogue, state: AssessmentState): string {
  if (state === "done") return t.done;
  return state === "missing" ? t.missing : t.notOpen;
}

function yesNo(t: Catalogue, value: boolean): string {
  return value ? t.yes : t.no;
}

/**
 * Clusters shown in the chat: an Adaptive Card table row costs about 700 bytes, so a national round's
 * 100 clusters would be 70 KB against Teams' 28 KB. The rest are counted; the dashboard shows them all.
 */
export const OVERVIEW_ROWS_SHOWN = 20;

export function roundOverviewCard(view: RoundOverviewView, locale: Locale): Card {
  const t = strings(locale);
  const o = t.overview;
  const rows = view.clusters
    .slice(0, OVERVIEW_ROWS_SHOWN)
    .map((c) => [
      c.clusterName,
      `${c.step}/${STEP_COUNT}: ${stepName(t, c.step)}`,
      c.concluded ? o.concluded : c.nextMeeting ? meetingText(c.nextMeeting, locale) : t.status.noMeeting,
      o.ofCount(c.assessmentsDone, c.organisations),
      o.ofCount(c.ready, c.organisations),
    ]);
  const more = view.clusters.length - rows.length;
  return {
    kind: "round-overview",
    title: o.title(view.roundName),
    summary: o.summary(view.roundName, view.clusters.length),
    blocks: [
      { type: "table", columns: [o.cluster, o.step, o.nextMeeting, o.assessments, o.ready], rows },
      ...(more > 0 ? [{ type: "text" as const, text: o.more(more) }] : []),
    ],
  };
}
