// `guide`: what the current step asks of this organisation and what is due when. Also the Slack App Home.
import { guideCard } from "../../../cards/guide.ts";
import type { DueItem, GuideView } from "../../../cards/view-models.ts";
import { currentStep, nextMeeting } from "../../domain/calendar.ts";
import { isAfterDeadline, lateSince } from "../../domain/lateness.ts";
import { PARTICIPANT_ROLES, stepLinks } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import { dueItems } from "../due-items.ts";
import type { Reply } from "../events.ts";
import { isConcluded } from "../round-concluded.ts";
import { loadRoundState } from "../round-state.ts";
import { organisationTarget } from "../target.ts";

export async function guideCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const who = await organisationTarget(ctx, "guide", argument, ctx.say.onlyParticipants);
  if (!who.ok) return who.replies;
  const { organisation, cluster } = who;
  const round = ctx.actor.round;
  const state = await loadRoundState(ctx.deps.store, round);
  const override = state.overrides.get(cluster.id);
  const step = currentStep(
    round,
    cluster,
    ctx.now,
    override && { step: override.step, setAt: override.setAt },
  );
  const next = nextMeeting(round, cluster, ctx.now);
  const hostName = next?.host && round.organisations.find((o) => o.id === next.host)?.name;
  const view: GuideView = {
    organisationName: organisation.name,
    step: step.step,
    nextMeeting: next && { meeting: next.id, date: next.date, host: hostName },
    due: next
      ? withLateness(dueItems(state, cluster, organisation.id, next.id), round.timeZone, ctx.now)
      : [],
    people:
      step.step === 1
        ? Object.fromEntries(
            PARTICIPANT_ROLES.map((role) => [role, organisation.people.find((p) => p.role === role)?.name]),
          )
        : undefined,
    links: stepLinks(round, step.step),
    concludedAfter: isConcluded(ctx) ? round.resultsConference : undefined,
  };
  return [{ type: "private", card: guideCard(view, ctx.locale) }];
}

/** Items not done by the end of their deadline's day are late from the next day on. */
function withLateness(items: DueItem[], timeZone: string, now: Date): DueItem[] {
  return items.map((item) =>
    !item.done && isAfterDeadline(now.toISOString(), item.date, timeZone)
      ? { ...item, lateSince: lateSince(item.date) }
      : item,
  );
}
