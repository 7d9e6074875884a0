// `pdsa`: the PDSA update form, prefilled from the organisation's latest update; and its submission.

import { pdsaConfirmation } from "../../../cards/pdsa-confirmation.ts";
import { pdsaUpdateForm as pdsaForm } from "../../../cards/pdsa-update.ts";
import { localDate } from "../../domain/local-date.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { readPdsaForm } from "../forms/pdsa-form.ts";
import { fieldErrors, writtenBy } from "../forms/submission.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { latestPdsa, loadRoundState } from "../round-state.ts";
import { formTarget, organisationTarget, recordOnBehalf } from "../target.ts";

type FormEvent = Extract<Context["event"], { type: "form-submitted" }>;

export async function pdsaCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const who = await organisationTarget(ctx, "pdsa", argument, ctx.say.onlyParticipants);
  if (!who.ok) return who.replies;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  const state = await loadRoundState(ctx.deps.store, ctx.actor.round);
  const latest = latestPdsa(state, who.organisation.id);
  const card = pdsaForm(
    {
      roundId: ctx.actor.round.id,
      organisationId: who.organisation.id,
      nonce: ctx.deps.newNonce(),
      checklist: ctx.checklist,
      organisationName: who.organisation.name,
      latest,
      lastUpdate: latest && localDate(new Date(latest.submittedAt), ctx.actor.round.timeZone),
    },
    ctx.locale,
  );
  return [{ type: "form", card }];
}

export async function submitPdsa(ctx: Context, event: FormEvent): Promise<Reply[]> {
  const owner = await formTarget(ctx, "pdsa", event.hidden);
  if (!owner.ok) return owner.replies;
  const closed = concludedRefusal(ctx, true);
  if (closed) return closed;
  const form = readPdsaForm(ctx.checklist, event.values, ctx.say);
  const base = { checklist: ctx.checklist, organisationName: owner.organisation.name };
  if (!form.ok) {
    const card = pdsaForm(
      {
        ...base,
        roundId: ctx.actor.round.id,
        organisationId: owner.organisation.id,
        nonce: event.hidden.nonce ?? "",
      },
      ctx.locale,
    );
    return fieldErrors(card, event.values, form.errors);
  }
  const stored = await ctx.deps.store.savePdsaUpdate({
    ...form.value,
    ...writtenBy(ctx, owner.organisation.id, "pdsa", event.idempotencyKey),
  });
  await recordOnBehalf(ctx, owner, "pdsa update", stored.duplicate);
  return [{ type: "form-accepted", card: pdsaConfirmation({ ...base, update: stored.value }, ctx.locale) }];
}
