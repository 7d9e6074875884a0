// A cluster's five meetings in order: the joint start-up, its three benchmarking meetings and the
// joint results conference, and the presentation deadline a week before each benchmarking meeting.
import { addDays } from "./local-date.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";

export interface Meeting {
  id: MeetingId;
  date: IsoDate;
  /** The hosting organisation (benchmarking meetings only). */
  host?: string | undefined;
}

/** Every participant publishes its presentation at least this many days before the meeting. */
export const PRESENTATION_LEAD_DAYS = 7;
/** Invitation and agenda go out this many days before a meeting. */
export const INVITATION_LEAD_DAYS = 14;

export function clusterMeetings(round: Round, cluster: Cluster): Meeting[] {
  const benchmarking = [...cluster.meetings]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => ({ id: m.id, date: m.date, host: m.host }));
  return [
    { id: "start-up", date: round.startUp },
    ...benchmarking,
    { id: "results-conference", date: round.resultsConference },
  ];
}

/** The date of one of the cluster's meetings, as clusterMeetings has it, without building the list. */
export function meetingDate(round: Round, cluster: Cluster, id: MeetingId): IsoDate | undefined {
  if (id === "start-up") return round.startUp;
  if (id === "results-conference") return round.resultsConference;
  // clusterMeetings sorts stably by id: of two meetings with one id, the first listed comes first there too.
  return cluster.meetings.find((m) => m.id === id)?.date;
}

/** The day a presentation for a meeting on `meeting` must be published. */
export function presentationDeadline(meeting: IsoDate): IsoDate {
  return addDays(meeting, -PRESENTATION_LEAD_DAYS);
}

/** The day the host sends the invitation and agenda for a meeting on `meeting`. */
export function invitationDay(meeting: IsoDate): IsoDate {
  return addDays(meeting, -INVITATION_LEAD_DAYS);
}

export function isBenchmarkingMeeting(id: MeetingId): boolean {
  return id.startsWith("benchmarking-");
}
