// GET /playground/state: everything the page draws besides the conversation: who can speak, each channel
// with what the bot posted there, and the playground clock.
import { plan, REMINDER_KINDS, type ReminderKind } from "../../domain/reminder-plan.ts";
import type { ParticipantRole, Platform, Round } from "../../domain/round.ts";
import type { ChannelLog, ChannelPost } from "./channel-log.ts";
import { PROJECT_MANAGERS_CHANNEL } from "./channel-log.ts";
import type { MovableClock } from "./movable-clock.ts";
import { type PlaygroundCard, playgroundCard } from "./playground-replies.ts";

export interface PlaygroundPerson {
  email: string;
  name: string;
  role: ParticipantRole;
  roundId: string;
  organisationId: string;
  organisationName: string;
  /** Belongs to the mentor (model) organisation of its cluster. */
  mentor: boolean;
}

export interface PlaygroundChannel {
  id: string;
  name: string;
  roundId?: string | undefined;
  /** Where the organisation is really reached once credentials are set. */
  platform?: Platform | undefined;
  posts: (PlaygroundCard & { id: string; at: string; key: string })[];
}

export interface PlaygroundState {
  rounds: { id: string; name: string; language: string; timeZone: string }[];
  people: PlaygroundPerson[];
  projectManagers: { email: string; name: string; roundId: string }[];
  channels: PlaygroundChannel[];
  clock: { now: string; offsetMs: number };
  /** The next reminders any round will send: the page says when, what and to how many, and can jump there. */
  nextReminder?: NextReminder | undefined;
}

/** Every reminder due at the first instant ahead: one kind at one time often goes to several channels. */
export interface NextReminder {
  at: string;
  /** Each kind sent then, in the order they happen (REMINDER_KINDS). */
  kinds: ReminderKind[];
  /** Each organisation a reminder goes to then, once: its channel on the page has the organisation's id. */
  organisationIds: string[];
}

export function playgroundState(rounds: Round[], log: ChannelLog, clock: MovableClock): PlaygroundState {
  const channels = rounds.flatMap((round) =>
    round.organisations.map(
      (o): PlaygroundChannel => ({
        id: o.id,
        name: o.name,
        roundId: round.id,
        platform: o.home?.platform,
        posts: log.postsIn(o.id).map(shownPost),
      }),
    ),
  );
  const known = new Set(channels.map((c) => c.id));
  const others = [PROJECT_MANAGERS_CHANNEL, ...log.channels()].filter((id) => !known.has(id));
  for (const id of new Set(others)) channels.push({ id, name: id, posts: log.postsIn(id).map(shownPost) });
  return {
    rounds: rounds.map((r) => ({ id: r.id, name: r.name, language: r.language, timeZone: r.timeZone })),
    people: rounds.flatMap(peopleOf),
    projectManagers: rounds.flatMap((r) => r.projectManagers.map((p) => ({ ...p, roundId: r.id }))),
    channels,
    clock: { now: clock.now().toISOString(), offsetMs: clock.offset() },
    nextReminder: nextReminder(rounds, clock.now()),
  };
}

export const DEFAULT_ZONE = "Europe/Stockholm";

/**
 * The reminders of the first instant after `now`, in every round: where "next reminder" jumps, and what the
 * page announces. As planned from the dates: one whose items are all in by then is not sent.
 */
export function nextReminder(rounds: readonly Round[], now: Date): NextReminder | undefined {
  const ahead = rounds.flatMap((round) => plan(round)).filter((r) => Date.parse(r.at) > now.getTime());
  const first = Math.min(...ahead.map((r) => Date.parse(r.at)));
  const due = ahead.filter((r) => Date.parse(r.at) === first);
  const [earliest] = due;
  if (!earliest) return undefined;
  return {
    at: earliest.at,
    kinds: REMINDER_KINDS.filter((kind) => due.some((r) => r.kind === kind)),
    organisationIds: [...new Set(due.map((r) => r.organisation))],
  };
}

function peopleOf(round: Round): PlaygroundPerson[] {
  const mentors = new Set(round.clusters.map((c) => c.mentor));
  return round.organisations.flatMap((o) =>
    o.people.map((p) => ({
      email: p.email,
      name: p.name,
      role: p.role,
      roundId: round.id,
      organisationId: o.id,
      organisationName: o.name,
      mentor: mentors.has(o.id),
    })),
  );
}

function shownPost(post: ChannelPost): PlaygroundChannel["posts"][number] {
  return { id: post.id, at: post.at, key: post.key, ...playgroundCard(post.card) };
}
