// The host's reminder to send the invitation and agenda two weeks before its benchmarking meeting; the
// project managers get the same card as a copy.
import type { IsoDate, Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Block, Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";
import { strings } from "./strings.ts";
import type { MeetingRef } from "./view-models.ts";

export interface HostInvitationView {
  hostName: string;
  meeting: MeetingRef;
  /** The day the presentations are due: meeting − 7 days, as every presentation reminder states it. */
  presentationDeadline: IsoDate;
  /** Names of every organisation of the cluster, the mentor first. */
  participants: string[];
  /** The checklist the cluster scores, in the card's language. */
  checklistTitle?: string | undefined;
  /** True on the project managers' copy. */
  copy?: boolean | undefined;
}

/** Benchmarking meetings 1, 2 and 3 are steps 2, 4 and 6 of the model. */
const STEP_OF_MEETING: Record<string, number> = {
  "benchmarking-1": 2,
  "benchmarking-2": 4,
  "benchmarking-3": 6,
};

export function hostInvitationCard(view: HostInvitationView, locale: Locale): Card {
  const t = schedulerStrings(locale).hostInvitation;
  const common = strings(locale);
  const meeting = common.meetings[view.meeting.meeting];
  const date = formatDate(view.meeting.date, locale);
  const step = STEP_OF_MEETING[view.meeting.meeting];
  const agenda = [
    t.agendaOpening,
    step === undefined ? t.agendaPresentations : `${t.agendaPresentations} (${common.steps[step - 1]})`,
    ...(view.checklistTitle ? [t.agendaAssessment(view.checklistTitle)] : []),
    t.agendaClosing,
  ];
  const blocks: Block[] = [
    ...(view.copy ? [{ type: "text" as const, text: t.copyNote(view.hostName), muted: true }] : []),
    { type: "text", text: t.intro(date) },
    {
      type: "facts",
      facts: [
        { label: t.meeting, value: `${meeting}, ${date}` },
        { label: t.host, value: view.hostName },
        { label: t.participants, value: view.participants.join(", ") },
        { label: t.deadline, value: formatDate(view.presentationDeadline, locale) },
      ],
    },
    { type: "heading", text: t.agenda },
    { type: "text", text: agenda.map((line, i) => `${i + 1}. ${line}`).join("\n") },
  ];
  return {
    kind: "host-invitation",
    title: t.title(common.meetingInSentence[view.meeting.meeting]),
    summary: t.summary(view.hostName, common.meetingInSentence[view.meeting.meeting], date),
    blocks,
  };
}
