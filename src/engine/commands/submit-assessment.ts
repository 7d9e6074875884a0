// A submitted self-assessment: checked against the actor, the open round and the checklist, then stored once.

import { selfAssessmentForm } from "../../../cards/self-assessment.ts";
import { selfAssessmentConfirmation } from "../../../cards/self-assessment-confirmation.ts";
import { openAssessmentRound } from "../../domain/calendar.ts";
import { roundForms, storedChecklistId, submittedForm } from "../checklist-forms.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { readAssessmentForm } from "../forms/assessment-form.ts";
import { openedOn, staleForm } from "../forms/stale-form.ts";
import { fieldErrors, writtenBy } from "../forms/submission.ts";
import { answersChanged } from "../forms/what-changed.ts";
import { refusedForm } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { latestPerRound } from "../round-state.ts";
import { formTarget, recordOnBehalf } from "../target.ts";
import { assessmentDeadline, previousAnswers } from "./assess.ts";

type FormEvent = Extract<Context["event"], { type: "form-submitted" }>;

export async function submitAssessment(ctx: Context, event: FormEvent): Promise<Reply[]> {
  const owner = await formTarget(ctx, "assess", event.hidden);
  if (!owner.ok) return owner.replies;
  const { organisation, cluster } = owner;
  const closed = concludedRefusal(ctx, true);
  if (closed) return closed;
  const open = openAssessmentRound(ctx.actor.round, cluster, ctx.now);
  if (!open) return [refusedForm(ctx.say.roundClosedTitle, ctx.say.roundClosed)];
  if (event.hidden.assessmentRound !== open) {
    return [refusedForm(ctx.say.refusedTitle, ctx.say.staleForm(ctx.say.assessmentRound[open]))];
  }
  const checklist = submittedForm(ctx, event.hidden);
  if (!checklist) return [refusedForm(ctx.say.refusedTitle, ctx.say.formUnknown)];
  const formChecklist = storedChecklistId(ctx, checklist);
  const form = readAssessmentForm(checklist, event.values, ctx.say);
  const base = {
    roundId: ctx.actor.round.id,
    organisationId: organisation.id,
    checklist,
    organisationName: organisation.name,
    assessmentRound: open,
    ...assessmentDeadline(ctx, cluster, open),
  };
  if (!form.ok) {
    const card = selfAssessmentForm(
      {
        ...base,
        formChecklist,
        formTitle: roundForms(ctx).length > 1 ? checklist.title[ctx.locale] : undefined,
        nonce: event.hidden.nonce ?? ctx.deps.newNonce(),
        basedOn: openedOn(event.hidden),
      },
      ctx.locale,
    );
    return fieldErrors(card, event.values, form.errors);
  }
  const written = writtenBy(ctx, organisation.id, "assessment", event.idempotencyKey);
  const { store } = ctx.deps;
  const thisForm = { assessmentRound: open, ...(formChecklist ? { checklist: formChecklist } : {}) };
  // The latest version of each of the organisation's forms: one indexed read, however many versions.
  const latest = await store.latestAssessments(ctx.actor.round.id, organisation.id);
  const newer = latest.find((v) => v.assessmentRound === open && v.checklist === formChecklist);
  const based = openedOn(event.hidden);
  if (
    newer &&
    newer.version > based &&
    newer.submittedBy !== ctx.actor.email &&
    !(await store.assessmentByKey(written.idempotencyKey))
  ) {
    const card = selfAssessmentForm(
      {
        ...base,
        formChecklist,
        formTitle: roundForms(ctx).length > 1 ? checklist.title[ctx.locale] : undefined,
        nonce: event.hidden.nonce ?? ctx.deps.newNonce(),
      },
      ctx.locale,
    );
    const before =
      based > 0
        ? (await store.assessmentVersion(ctx.actor.round.id, organisation.id, thisForm, based))?.answers
        : undefined;
    // Opened before the first answers, every point would be "changed": the note shows where the saved
    // answers differ from this person's instead.
    const changes = answersChanged(checklist, before ?? form.value, newer.answers, ctx.say, ctx.locale);
    return staleForm(ctx, card, event.values, { ...newer, changes, against: before ? "opened" : "yours" });
  }
  const stored = await store.submitAssessment({ ...written, ...thisForm, answers: form.value });
  await recordOnBehalf(ctx, owner, `self-assessment (${open})`, stored.duplicate);
  // The shift compares with the assessment rounds before this one: the read above still holds them.
  const history = latest.filter((v) => v.checklist === formChecklist);
  const previous = previousAnswers(latestPerRound(history), open);
  const card = selfAssessmentConfirmation({ ...base, answers: stored.value.answers, previous }, ctx.locale);
  return [{ type: "form-accepted", card }];
}
