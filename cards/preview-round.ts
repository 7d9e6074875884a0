// Every card of a round, filled with invented progress (four self-assessment rounds of history), so that
// anyone can preview them in the Adaptive Cards Designer or Slack's Block Kit Builder (`cli cards`). This is
// also the registry of cards: test/cards/every-card.test.ts validates each entry (for a national round too)
// and fails when a card builder of cards/ is not in it.
import type { Answers } from "../src/domain/assessment.ts";
import { ASSESSMENT_ROUNDS } from "../src/domain/assessment.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import { addDays } from "../src/domain/local-date.ts";
import { meetingDate, presentationDeadline } from "../src/domain/meetings.ts";
import type { PdsaFields } from "../src/domain/pdsa.ts";
import type { Cluster, Locale, Round } from "../src/domain/round.ts";
import { clusterMembers, findOrganisation } from "../src/domain/round.ts";
import { calendarCard, dashboardLinkCard } from "./dashboard-link.ts";
import { withFormState } from "./form-state.ts";
import { guideCard } from "./guide.ts";
import { helpCard, helpCommands } from "./help.ts";
import { HISTORY_ROWS_SHOWN, historyCard } from "./history.ts";
import { lateNoticeCard } from "./late-notice.ts";
import type { Card } from "./model.ts";
import { noticeCard } from "./notice.ts";
import { pdsaConfirmation } from "./pdsa-confirmation.ts";
import { pdsaUpdateForm } from "./pdsa-update.ts";
import { fileCards, schedulerCards } from "./preview-notices.ts";
import { reminderCard } from "./reminder.ts";
import { scoreInputId, selfAssessmentForm } from "./self-assessment.ts";
import { selfAssessmentConfirmation } from "./self-assessment-confirmation.ts";
import { statisticsConfirmation, statisticsForm } from "./statistics.ts";
import { roundOverviewCard, statusCard } from "./status.ts";
import { strings } from "./strings.ts";
import type { MeetingRef, StatisticsValues, StatusRow } from "./view-models.ts";

/** Any function of cards/ that returns a card, whatever it takes. */
export type CardBuilder = (...args: never[]) => Card;

export interface PreviewCard {
  /** File-name part: `self-assessment`, `status`, … */
  name: string;
  /** The function that made it: test/cards/every-card.test.ts checks that every builder in cards/ is here. */
  builder: CardBuilder;
  card: Card;
}

/** Four rounds of invented answers that climb over the year, for any number of points and any scale. */
export function previewHistory(checklist: Checklist): Answers[] {
  const { min, max } = checklist.scale;
  const span = max - min;
  return ASSESSMENT_ROUNDS.map((_, round) => {
    const answers: Record<string, { score: number; comment?: string }> = {};
    checklist.points.forEach((point, i) => {
      const score = Math.min(max, min + ((i * 2) % (span + 1)) + Math.floor((round * (i + 1)) / 3));
      answers[point.id] = i % 3 === 0 ? { score, comment: `Round ${round + 1}, point ${i + 1}.` } : { score };
    });
    return answers;
  });
}

/** The most a step may have: five links, one title longer than a Slack button. */
const PREVIEW_LINKS = [
  { title: "Mall för nulägesbeskrivning av statistiken", url: "https://example.org/mall" },
  { title: "Agenda", url: "https://example.org/agenda" },
  { title: "Exempel", url: "https://example.org/exempel" },
  { title: "Film", url: "https://example.org/film" },
  { title: "Checklista", url: "https://example.org/checklista" },
];

export const PREVIEW_PDSA: PdsaFields = {
  area: "Jämställd biståndshandläggning",
  points: [],
  cycle: 2,
  phase: "study",
  subSteps: ["choose-area", "facts-and-data", "plan-test", "test-small"],
  startedOn: "2027-05-03",
  aim: "Same waiting time for women and men.",
  prediction: "A shared checklist evens out the decisions.",
  measure: "Days from application to decision, by sex.",
  doneWhat: "Two teams tried the checklist for six weeks.",
};

export const PREVIEW_STATISTICS: StatisticsValues = {
  reported: 48,
  bySex: 30,
  routines: { budget: true, followUp: true, decisions: false },
};

export function previewCards(round: Round, checklist: Checklist, locale: Locale): PreviewCard[] {
  const cluster = round.clusters[0];
  if (!cluster) return [{ name: "help", builder: helpCard, card: helpCard(locale, helpCommands(), true) }];
  return [
    ...assessmentCards(round, cluster, checklist, locale),
    ...pdsaCards(round, cluster, checklist, locale),
    ...overviewCards(round, cluster, checklist, locale),
    ...guideCards(round, cluster, locale),
    ...statisticsCards(round, cluster, locale),
    ...reminderCards(round, cluster, locale),
    ...dashboardCards(round, cluster, checklist, locale),
    ...schedulerCards(round, cluster, checklist, locale),
    ...fileCards(round, cluster, checklist, locale),
    { name: "help", builder: helpCard, card: helpCard(locale, helpCommands(), true) },
    { name: "notice", builder: noticeCard, card: noticeCard(refusal(locale)) },
  ];
}

/** The dashboard link, a calendar file's card and a long history (more versions than a card shows). */
function dashboardCards(round: Round, cluster: Cluster, checklist: Checklist, locale: Locale): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const url = `https://modellbot.example.org/dashboard?t=${"x".repeat(180)}`;
  const link = dashboardLinkCard(
    { url, expiresAt: "2027-03-11T09:00:00.000Z", timeZone: round.timeZone },
    locale,
  );
  const calendar = calendarCard(
    { of: orgName(round, orgId), fileName: `${round.id}-${orgId}.ics`, url },
    locale,
  );
  const points = checklist.points.length;
  const history = historyCard(
    {
      organisationName: orgName(round, orgId),
      timeZone: round.timeZone,
      assessmentRound: "before-benchmarking-3",
      versions: Array.from({ length: HISTORY_ROWS_SHOWN + 5 }, (_, i) => ({
        version: i + 1,
        who: "Lars Nyström",
        at: `2027-10-${String(1 + (i % 28)).padStart(2, "0")}T09:00:00.000Z`,
        late: i > HISTORY_ROWS_SHOWN,
        changes: Array.from({ length: i === 0 ? points : 2 }, (_, n) => ({
          number: n + 1,
          from: i === 0 ? undefined : 1,
          to: 2,
          comment: n === 0,
        })),
      })),
      cycles: [
        {
          area: "Föreningsbidrag till idrotten",
          cycle: 2,
          phase: "study",
          updates: 4,
          at: "2027-10-20T09:00:00.000Z",
        },
      ],
    },
    locale,
  );
  return [
    { name: "dashboard-link", builder: dashboardLinkCard, card: link },
    { name: "calendar", builder: calendarCard, card: calendar },
    { name: "history", builder: historyCard, card: history },
  ];
}

function identity(round: Round, organisationId: string) {
  return { roundId: round.id, organisationId, nonce: "preview-nonce" };
}

function orgName(round: Round, id: string): string {
  return findOrganisation(round, id)?.name ?? id;
}

function assessmentCards(
  round: Round,
  cluster: Cluster,
  checklist: Checklist,
  locale: Locale,
): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const history = previewHistory(checklist);
  const conference = meetingDate(round, cluster, "results-conference");
  const form = selfAssessmentForm(
    {
      ...identity(round, orgId),
      checklist,
      organisationName: orgName(round, orgId),
      assessmentRound: "before-results-conference",
      deadline: conference ? presentationDeadline(conference) : undefined,
      previous: history[2],
      latest: history[3],
    },
    locale,
  );
  const firstPoint = checklist.points[0]?.id ?? "";
  const invalid = withFormState(
    form,
    { [scoreInputId(firstPoint)]: "" },
    { [scoreInputId(firstPoint)]: chooseLevel(locale) },
  );
  const confirmation = selfAssessmentConfirmation(
    {
      checklist,
      organisationName: orgName(round, orgId),
      assessmentRound: "before-results-conference",
      answers: history[3] ?? {},
      previous: history[2],
    },
    locale,
  );
  return [
    { name: "self-assessment", builder: selfAssessmentForm, card: form },
    { name: "self-assessment-invalid", builder: withFormState, card: invalid },
    { name: "self-assessment-confirmation", builder: selfAssessmentConfirmation, card: confirmation },
  ];
}

function chooseLevel(locale: Locale): string {
  return strings(locale).assessment.chooseLevel(1);
}

function pdsaCards(round: Round, cluster: Cluster, checklist: Checklist, locale: Locale): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const update = { ...PREVIEW_PDSA, points: checklist.points.slice(0, 2).map((p) => p.id) };
  const organisationName = orgName(round, orgId);
  return [
    {
      name: "pdsa-update",
      builder: pdsaUpdateForm,
      card: pdsaUpdateForm(
        { ...identity(round, orgId), checklist, organisationName, latest: update, lastUpdate: "2027-06-14" },
        locale,
      ),
    },
    {
      name: "pdsa-confirmation",
      builder: pdsaConfirmation,
      card: pdsaConfirmation({ checklist, organisationName, update }, locale),
    },
  ];
}

function meetingRef(round: Round, cluster: Cluster, meeting: MeetingRef["meeting"]): MeetingRef | undefined {
  const date = meetingDate(round, cluster, meeting);
  const host = cluster.meetings.find((m) => m.id === meeting)?.host;
  return date ? { meeting, date, host: host ? orgName(round, host) : undefined } : undefined;
}

function overviewCards(round: Round, cluster: Cluster, checklist: Checklist, locale: Locale): PreviewCard[] {
  const history = previewHistory(checklist);
  const max = checklist.points.length * checklist.scale.max;
  const sum = (answers: Answers | undefined) => Object.values(answers ?? {}).reduce((s, a) => s + a.score, 0);
  const rows: StatusRow[] = clusterMembers(cluster).map((id, i) => ({
    organisationName: orgName(round, id),
    isMentor: id === cluster.mentor,
    assessment: i === 1 ? "missing" : "done",
    total: { value: sum(history[3]) - i, max, shift: sum(history[3]) - sum(history[2]) - i },
    pdsaPhase: (["act", "study", "do", "plan"] as const)[i % 4],
    presentationPublished: i !== 1,
    ready: id === cluster.mentor,
  }));
  const next = meetingRef(round, cluster, "benchmarking-3");
  const status = statusCard(
    {
      clusterName: cluster.name,
      step: 6,
      nextMeeting: next,
      presentationDeadline: next ? presentationDeadline(next.date) : undefined,
      // Late items, a late submission, and a second checklist form: the fullest status there is.
      rows: rows.map((row, i) =>
        i === 1
          ? { ...row, late: [{ kind: "statistics" as const, since: next?.date ?? round.startUp }] }
          : { ...row, assessmentLate: i === 2 },
      ),
      formTitle: strings(locale).preview.formTitle,
      forms: [{ title: strings(locale).preview.secondForm, rows }],
      updates: clusterMembers(cluster).map((id, i) => ({
        organisationName: orgName(round, id),
        presentations:
          i === 1
            ? []
            : [{ meeting: "benchmarking-1", link: `https://samarbete.example.org/${id}/presentation-1.pdf` }],
        lastUpdate: i === 1 ? undefined : "2027-10-28T13:05:00.000Z",
      })),
      timeZone: round.timeZone,
    },
    locale,
  );
  const clusters = round.clusters.map((c, i) => ({
    clusterName: c.name,
    step: 6 - i,
    nextMeeting: meetingRef(round, c, "benchmarking-3"),
    assessmentsDone: clusterMembers(c).length - 1,
    organisations: clusterMembers(c).length,
    ready: i === 0 ? 1 : 0,
  }));
  const overview = roundOverviewCard({ roundName: round.name, clusters }, locale);
  const concluded = statusCard(
    { clusterName: cluster.name, step: 8, rows, concludedAfter: round.resultsConference },
    locale,
  );
  return [
    { name: "status", builder: statusCard, card: status },
    { name: "status-concluded", builder: statusCard, card: concluded },
    { name: "round-overview", builder: roundOverviewCard, card: overview },
  ];
}

function guideCards(round: Round, cluster: Cluster, locale: Locale): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const org = findOrganisation(round, orgId);
  const people = Object.fromEntries((org?.people ?? []).slice(0, 2).map((p) => [p.role, p.name]));
  const start = meetingRef(round, cluster, "start-up");
  const third = meetingRef(round, cluster, "benchmarking-3");
  const thirdDeadline = third ? presentationDeadline(third.date) : round.resultsConference;
  const stepOne = guideCard(
    {
      organisationName: orgName(round, orgId),
      step: 1,
      nextMeeting: start,
      due: [{ kind: "description", date: start?.date ?? round.startUp, done: false }],
      people,
    },
    locale,
  );
  const stepSix = guideCard(
    {
      organisationName: orgName(round, orgId),
      step: 6,
      nextMeeting: third,
      due: [
        { kind: "assessment", date: thirdDeadline, done: true },
        { kind: "statistics", date: thirdDeadline, done: false },
        { kind: "presentation", date: thirdDeadline, done: false },
      ],
      links: PREVIEW_LINKS,
    },
    locale,
  );
  return [
    { name: "guide-step-1", builder: guideCard, card: stepOne },
    { name: "guide", builder: guideCard, card: stepSix },
  ];
}

function statisticsCards(round: Round, cluster: Cluster, locale: Locale): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const organisationName = orgName(round, orgId);
  return [
    {
      name: "statistics",
      builder: statisticsForm,
      card: statisticsForm(
        { ...identity(round, orgId), organisationName, latest: PREVIEW_STATISTICS },
        locale,
      ),
    },
    {
      name: "statistics-confirmation",
      builder: statisticsConfirmation,
      card: statisticsConfirmation({ organisationName, values: PREVIEW_STATISTICS }, locale),
    },
  ];
}

function reminderCards(round: Round, cluster: Cluster, locale: Locale): PreviewCard[] {
  const orgId = cluster.organisations[0] ?? cluster.mentor;
  const meeting = meetingRef(round, cluster, "benchmarking-3");
  if (!meeting) return [];
  const card = reminderCard(
    {
      organisationName: orgName(round, orgId),
      kind: "deadline-in-7-days",
      meeting,
      presentationDeadline: presentationDeadline(meeting.date),
      missing: { presentation: true, assessment: true, pdsa: true, statistics: true },
      links: PREVIEW_LINKS,
    },
    locale,
  );
  const start = meetingRef(round, cluster, "start-up");
  const description =
    start &&
    reminderCard(
      {
        organisationName: orgName(round, orgId),
        kind: "overdue",
        meeting: start,
        presentationDeadline: presentationDeadline(start.date),
        missing: { presentation: false, assessment: false, pdsa: false, description: true },
      },
      locale,
    );
  const late = lateNoticeCard(
    {
      clusterName: cluster.name,
      meeting,
      deadline: presentationDeadline(meeting.date),
      lateSince: addDays(presentationDeadline(meeting.date), 1),
      rows: clusterMembers(cluster).map((id) => ({
        organisationName: orgName(round, id),
        missing: { presentation: true, assessment: false, pdsa: true, statistics: true },
      })),
      copy: true,
    },
    locale,
  );
  return [
    { name: "reminder", builder: reminderCard, card },
    ...(description ? [{ name: "reminder-description", builder: reminderCard, card: description }] : []),
    { name: "late-notice", builder: lateNoticeCard, card: late },
  ];
}

function refusal(locale: Locale) {
  const { refusalTitle, refusalText } = strings(locale).preview;
  return { title: refusalTitle, text: refusalText };
}
