// `assess`: the self-assessment form for the open round, prefilled with the organisation's last answers.
import { selfAssessmentForm } from "../../../cards/self-assessment.ts";
import type { Answers, AssessmentRoundId } from "../../domain/assessment.ts";
import { ASSESSMENT_ROUNDS } from "../../domain/assessment.ts";
import { assessmentRoundDue, openAssessmentRound } from "../../domain/calendar.ts";
import { isAfterDeadline } from "../../domain/lateness.ts";
import type { Cluster, IsoDate } from "../../domain/round.ts";
import { pickForm, roundForms, splitFormWord, storedChecklistId } from "../checklist-forms.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { privateNotice } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { formState, loadRoundState, submittedRounds } from "../round-state.ts";
import { organisationTarget } from "../target.ts";

/** `assess [form] [organisation]`: the form when the round has several, the organisation for a project manager. */
export async function assessCommand(ctx: Context, argument = ""): Promise<Reply[]> {
  const { formWord, rest } = splitFormWord(ctx, argument);
  const who = await organisationTarget(ctx, "assess", rest, ctx.say.onlyParticipants);
  if (!who.ok) return who.replies;
  const { organisation, cluster } = who;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  const open = openAssessmentRound(ctx.actor.round, cluster, ctx.now);
  if (!open) return [privateNotice(ctx.say.roundClosedTitle, ctx.say.roundClosed)];
  const form = pickForm(ctx, formWord, who.onBehalf ? ` ${organisation.id}` : "");
  if (!form.ok) return form.replies;
  const { checklist } = form;
  const state = formState(await loadRoundState(ctx.deps.store, ctx.actor.round), checklist.id);
  const rounds = submittedRounds(state, organisation.id);
  const card = selfAssessmentForm(
    {
      roundId: ctx.actor.round.id,
      organisationId: organisation.id,
      nonce: ctx.deps.newNonce(),
      checklist,
      formChecklist: storedChecklistId(ctx, checklist),
      formTitle: roundForms(ctx).length > 1 ? checklist.title[ctx.locale] : undefined,
      organisationName: organisation.name,
      assessmentRound: open,
      ...assessmentDeadline(ctx, cluster, open),
      previous: previousAnswers(rounds, open),
      latest: rounds.at(-1)?.answers,
      // The version of the open round's answers now: someone saving after this is not silently overwritten.
      basedOn: rounds.find((r) => r.assessmentRound === open)?.version ?? 0,
    },
    ctx.locale,
  );
  return [{ type: "form", card }];
}

/** The open round's deadline, and whether it has passed by now: work sent now counts as late. */
export function assessmentDeadline(
  ctx: Context,
  cluster: Cluster,
  open: AssessmentRoundId,
): { deadline?: IsoDate; late: boolean } {
  const deadline = assessmentRoundDue(ctx.actor.round, cluster, open);
  if (deadline === undefined) return { late: false };
  return { deadline, late: isAfterDeadline(ctx.now.toISOString(), deadline, ctx.actor.round.timeZone) };
}

/** The latest answers of the last round before `open` that the organisation submitted. */
export function previousAnswers(
  rounds: { assessmentRound: AssessmentRoundId; answers: Answers }[],
  open: AssessmentRoundId,
): Answers | undefined {
  const index = ASSESSMENT_ROUNDS.indexOf(open);
  return rounds.filter((r) => ASSESSMENT_ROUNDS.indexOf(r.assessmentRound) < index).at(-1)?.answers;
}
