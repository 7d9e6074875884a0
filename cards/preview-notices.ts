// The cards the scheduler sends and those that come with a file or a link form, each filled as fully as a
// round allows: every organisation of the round in an export, the longest cluster, every item missing.
import type { Checklist } from "../src/domain/checklist.ts";
import { presentationDeadline } from "../src/domain/meetings.ts";
import type { Cluster, Locale, Round } from "../src/domain/round.ts";
import { clusterMembers, findOrganisation } from "../src/domain/round.ts";
import { brokenChannelCard } from "./broken-channel.ts";
import { clusterSummaryNoticeCard } from "./cluster-summary-notice.ts";
import { exportSummaryCard } from "./export-summary.ts";
import { hostInvitationCard } from "./host-invitation.ts";
import { linkForm } from "./link-form.ts";
import type { PreviewCard } from "./preview-round.ts";
import { resultsCard } from "./results.ts";
import { undeliveredCard } from "./undelivered.ts";
import { unknownOutcomeCard } from "./unknown-outcome.ts";
import type { MeetingRef } from "./view-models.ts";

const EVERYTHING_MISSING = {
  description: true,
  presentation: true,
  assessment: true,
  pdsa: true,
  statistics: true,
};

function nameOf(round: Round, id: string): string {
  return findOrganisation(round, id)?.name ?? id;
}

/** The cluster with the most organisations: the longest summary and invitation. */
function largestCluster(round: Round, fallback: Cluster): Cluster {
  return round.clusters.reduce(
    (a, b) => (clusterMembers(b).length > clusterMembers(a).length ? b : a),
    fallback,
  );
}

function meeting(round: Round, cluster: Cluster): MeetingRef {
  const held = cluster.meetings.find((m) => m.id === "benchmarking-2") ?? cluster.meetings[0];
  return {
    meeting: "benchmarking-2",
    date: held?.date ?? round.startUp,
    host: nameOf(round, held?.host ?? ""),
  };
}

export function schedulerCards(
  round: Round,
  first: Cluster,
  checklist: Checklist,
  locale: Locale,
): PreviewCard[] {
  const cluster = largestCluster(round, first);
  const members = clusterMembers(cluster);
  const held = meeting(round, cluster);
  const deadline = presentationDeadline(held.date);
  const longest = [...round.organisations].sort((a, b) => b.name.length - a.name.length)[0];
  const organisationName = longest?.name ?? nameOf(round, members[0] ?? "");
  const invitation = hostInvitationCard(
    {
      hostName: held.host ?? organisationName,
      meeting: held,
      presentationDeadline: deadline,
      participants: members.map((id) => nameOf(round, id)),
      checklistTitle: checklist.title[locale],
      copy: true,
    },
    locale,
  );
  const summary = clusterSummaryNoticeCard(
    {
      clusterName: cluster.name,
      meeting: held,
      presentationDeadline: deadline,
      sentOn: deadline,
      rows: members.map((id) => ({ organisationName: nameOf(round, id), missing: EVERYTHING_MISSING })),
    },
    locale,
  );
  const broken = brokenChannelCard(
    { organisationName, platform: "teams", channel: `19:${"a".repeat(32)}@thread.tacv2`, reason: "403" },
    locale,
  );
  const unknown = unknownOutcomeCard({ organisationName, platform: "slack", what: invitation.title }, locale);
  // Every organisation of the round at once: what a token endpoint down for a whole morning leaves.
  const undelivered = undeliveredCard(
    {
      platform: "teams",
      items: round.organisations.map((o) => ({ organisationName: o.name, what: summary.title })),
    },
    locale,
  );
  return [
    { name: "host-invitation", builder: hostInvitationCard, card: invitation },
    { name: "cluster-summary-notice", builder: clusterSummaryNoticeCard, card: summary },
    { name: "broken-channel", builder: brokenChannelCard, card: broken },
    { name: "unknown-outcome", builder: unknownOutcomeCard, card: unknown },
    { name: "undelivered", builder: undeliveredCard, card: undelivered },
  ];
}

/** An export of the whole round, the results of an organisation, and the link form a button opens. */
export function fileCards(round: Round, first: Cluster, checklist: Checklist, locale: Locale): PreviewCard[] {
  const maxTotal = checklist.points.length * checklist.scale.max;
  const exported = exportSummaryCard(
    {
      roundName: round.name,
      fileName: `${round.id}-2027-12-10.xlsx`,
      maxTotal,
      organisations: round.organisations.map((o, i) => ({
        name: o.name,
        rounds: 4,
        total: maxTotal - (i % 7),
        shift: (i % 5) - 2,
        ready: i % 3 === 0,
      })),
    },
    locale,
  );
  const members = clusterMembers(largestCluster(round, first));
  const organisationName = nameOf(round, members[1] ?? first.mentor);
  const rounds = [
    "baseline",
    "before-benchmarking-2",
    "before-benchmarking-3",
    "before-results-conference",
  ] as const;
  const results = resultsCard(
    {
      organisationName,
      formTitle: checklist.title[locale],
      maxTotal,
      rounds: rounds.map((r, i) => ({ round: r, total: maxTotal - 12 + 3 * i, late: i === 2 })),
      points: checklist.points.map((p, i) => ({
        pointId: p.id,
        scores: rounds.map((_, r) => Math.min(checklist.scale.max, checklist.scale.min + r + (i % 2))),
        shift: 3,
        cluster: { median: 2.5, min: checklist.scale.min, max: checklist.scale.max },
      })),
      totalShift: 9,
      ready: false,
      clusterSize: members.length,
      clusterTotals: members.map((id, i) => ({
        name: nameOf(round, id),
        total: i === 2 ? undefined : maxTotal - i,
      })),
    },
    checklist,
    locale,
  );
  const identity = { roundId: round.id, organisationId: members[1] ?? first.mentor, nonce: "preview-nonce" };
  return [
    { name: "export-summary", builder: exportSummaryCard, card: exported },
    { name: "results", builder: resultsCard, card: results },
    {
      name: "presentation-link",
      builder: linkForm,
      card: linkForm(
        {
          ...identity,
          organisationName,
          item: "presentation",
          meeting: meeting(round, largestCluster(round, first)),
        },
        locale,
      ),
    },
  ];
}
