// `pdsa`: the PDSA update form, prefilled from the organisation's latest update; and its submission.

import { pdsaConfirmation } from "../../../cards/pdsa-confirmation.ts";
import { pdsaUpdateForm as pdsaForm } from "../../../cards/pdsa-update.ts";
import { localDate } from "../../domain/local-date.ts";
import { cycleKey } from "../../domain/pdsa.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { readPdsaForm } from "../forms/pdsa-form.ts";
import { openedOn, staleForm } from "../forms/stale-form.ts";
import { fieldErrors, writtenBy } from "../forms/submission.ts";
import { pdsaChanged } from "../forms/what-changed.ts";
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
      // The cycle it is prefilled from, at its version now: a newer update of it is not overwritten silently.
      basedOn: latest?.version ?? 0,
      basedOnCycle: latest && cycleKey(latest),
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
        basedOn: openedOn(event.hidden),
        basedOnCycle: event.hidden.basedOnCycle,
      },
      ctx.locale,
    );
    return fieldErrors(card, event.values, form.errors);
  }
  const written = writtenBy(ctx, owner.organisation.id, "pdsa", event.idempotencyKey);
  // The form's version counts for the cycle it was opened on; another cycle must not have been started since.
  const cycle = cycleKey(form.value);
  const versions = (await ctx.deps.store.listPdsa(ctx.actor.round.id, owner.organisation.id)).filter(
    (v) => cycleKey(v) === cycle,
  );
  const based = event.hidden.basedOnCycle === cycle ? openedOn(event.hidden) : 0;
  const newer = versions.at(-1);
  const redelivered = versions.some((v) => v.idempotencyKey === written.idempotencyKey);
  if (newer && newer.version > based && !redelivered && newer.submittedBy !== ctx.actor.email) {
    const card = pdsaForm(
      {
        ...base,
        roundId: ctx.actor.round.id,
        organisationId: owner.organisation.id,
        nonce: event.hidden.nonce ?? "",
        basedOnCycle: cycle,
      },
      ctx.locale,
    );
    const before = versions.find((v) => v.version === based);
    const changes = before ? pdsaChanged(before, newer, ctx.say, ctx.locale) : [];
    return staleForm(ctx, card, event.values, { ...newer, changes });
  }
  const stored = await ctx.deps.store.savePdsaUpdate({
    ...form.value,
    ...written,
  });
  await recordOnBehalf(ctx, owner, "pdsa update", stored.duplicate);
  return [{ type: "form-accepted", card: pdsaConfirmation({ ...base, update: stored.value }, ctx.locale) }];
}
