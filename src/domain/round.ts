// The programme round as plain data: what a round file describes once it is validated.

export type Locale = "sv" | "en";
export const LOCALES: readonly Locale[] = ["sv", "en"];

export type Platform = "teams" | "slack";

export type OrganisationKind = "municipality" | "region" | "county-council";

/** The three people every organisation appoints. */
export type ParticipantRole = "elected-official" | "administrator" | "key-person";
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = [
  "elected-official",
  "administrator",
  "key-person",
];

/**
 * A workspace (Slack team or Enterprise Grid org) or tenant (Teams) whose word the bot takes for a person's
 * e-mail address. By default only the person's own organisation's home counts; a round file may list more.
 */
export interface Account {
  platform: Platform;
  /** Slack team id `T…` or Enterprise Grid id `E…`, or the Teams tenant id. */
  workspace: string;
}

export interface Person {
  name: string;
  /** The e-mail address the person's own workspace or tenant reports for them. Stored lower-case. */
  email: string;
  role: ParticipantRole;
  /** Workspaces or tenants besides the organisation's home where this person may act. */
  accounts?: Account[] | undefined;
}

export interface ProjectManager {
  name: string;
  email: string;
  /** Workspaces or tenants besides the project managers' home where this project manager may act. */
  accounts?: Account[] | undefined;
}

/** Where an organisation (or a mentor) is reached: one Slack channel or one Teams conversation. */
export interface ChatHome {
  platform: Platform;
  /** Slack workspace (team) id `T…`, or the Teams tenant id (a GUID). */
  workspace: string;
  /** Slack channel id `C…`, or the Teams conversation id `19:…@thread.tacv2`. */
  channel: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  people: Person[];
  home?: ChatHome | undefined;
  /** Overrides the round's language for this organisation's channel. */
  language?: Locale | undefined;
}

export type BenchmarkingMeetingId = "benchmarking-1" | "benchmarking-2" | "benchmarking-3";
export const BENCHMARKING_MEETINGS: readonly BenchmarkingMeetingId[] = [
  "benchmarking-1",
  "benchmarking-2",
  "benchmarking-3",
];
export type MeetingId = "start-up" | BenchmarkingMeetingId | "results-conference";

/** A calendar date in the round's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface BenchmarkingMeeting {
  id: BenchmarkingMeetingId;
  date: IsoDate;
  /** Organisation id of the host; must be in the cluster. */
  host: string;
}

export interface Cluster {
  id: string;
  name: string;
  /** Organisation id of the mentor (model) organisation. */
  mentor: string;
  /** Organisation ids of the 2 or 3 benchmarking organisations. */
  organisations: string[];
  meetings: BenchmarkingMeeting[];
}

/** Material for a step: a template, the chain-of-command film for step 2, an agenda. */
export interface StepLink {
  title: string;
  /** An https (or http) address. */
  url: string;
}

export interface Round {
  id: string;
  name: string;
  language: Locale;
  /** IANA time zone, e.g. `Europe/Stockholm`. */
  timeZone: string;
  /** Id of the checklist version the round scores (its first form when it has several). */
  checklist: string;
  /**
   * Every checklist form the round scores, the first being `checklist` (SKR's 2024 guide has one for the
   * organisation as a whole and one for a committee or administration). Absent: `checklist` alone.
   */
  checklists?: string[] | undefined;
  startUp: IsoDate;
  resultsConference: IsoDate;
  projectManagers: ProjectManager[];
  /** Where the project managers are told of broken channels and copied on meeting invitations. */
  projectManagerHome?: ChatHome | undefined;
  organisations: Organisation[];
  clusters: Cluster[];
  /** Whether results may show other organisations' names beside the cluster's figures. */
  showNamesInResults: boolean;
  /** Links per step ("1" … "8"), shown by `guide` and by the reminders for that step's meeting. */
  links?: Partial<Record<string, StepLink[]>> | undefined;
}

/** The round's links for a step (1–8); none when the round file gives none. */
export function stepLinks(round: Pick<Round, "links">, step: number): StepLink[] {
  return round.links?.[String(step)] ?? [];
}

/** The round's checklist forms, the first one first. */
export function roundChecklists(round: Pick<Round, "checklist" | "checklists">): string[] {
  return round.checklists?.length ? round.checklists : [round.checklist];
}

/** Every organisation of a cluster that takes part: the mentor first, then the benchmarking ones. */
export function clusterMembers(cluster: Cluster): string[] {
  return [cluster.mentor, ...cluster.organisations];
}

export function findOrganisation(round: Round, id: string): Organisation | undefined {
  return round.organisations.find((o) => o.id === id);
}

export function clusterOf(round: Round, organisationId: string): Cluster | undefined {
  return round.clusters.find((c) => clusterMembers(c).includes(organisationId));
}
