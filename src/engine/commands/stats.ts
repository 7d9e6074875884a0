// `stats` (step 6): how many individual-based statistics, how many by sex, and the routines to use them.

import { statisticsConfirmation, statisticsForm } from "../../../cards/statistics.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { openedOn, staleForm } from "../forms/stale-form.ts";
import { readStatisticsForm } from "../forms/statistics-form.ts";
import { fieldErrors, writtenBy } from "../forms/submission.ts";
import { statisticsNow } from "../forms/what-changed.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { loadRoundState } from "../round-state.ts";
import { formTarget, organisationTarget, recordOnBehalf } from "../target.ts";

type FormEvent = Extract<Context["event"], { type: "form-submitted" }>;

export async function statsCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const who = await organisationTarget(ctx, "stats", argument, ctx.say.onlyParticipants);
  if (!who.ok) return who.replies;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  const state = await loadRoundState(ctx.deps.store, ctx.actor.round);
  const latest = state.statistics.get(who.organisation.id);
  const card = statisticsForm(
    {
      roundId: ctx.actor.round.id,
      organisationId: who.organisation.id,
      nonce: ctx.deps.newNonce(),
      organisationName: who.organisation.name,
      latest: latest && { reported: latest.reported, bySex: latest.bySex, routines: latest.routines },
      basedOn: latest?.version ?? 0,
    },
    ctx.locale,
  );
  return [{ type: "form", card }];
}

export async function submitStatistics(ctx: Context, event: FormEvent): Promise<Reply[]> {
  const owner = await formTarget(ctx, "stats", event.hidden);
  if (!owner.ok) return owner.replies;
  const closed = concludedRefusal(ctx, true);
  if (closed) return closed;
  const form = readStatisticsForm(event.values, ctx.say);
  const organisationName = owner.organisation.name;
  if (!form.ok) {
    const card = statisticsForm(
      {
        roundId: ctx.actor.round.id,
        organisationId: owner.organisation.id,
        nonce: event.hidden.nonce ?? "",
        organisationName,
        basedOn: openedOn(event.hidden),
      },
      ctx.locale,
    );
    return fieldErrors(card, event.values, form.errors);
  }
  const written = writtenBy(ctx, owner.organisation.id, "statistics", event.idempotencyKey);
  const newer = (await ctx.deps.store.latestStatistics(ctx.actor.round.id)).find(
    (s) => s.organisationId === owner.organisation.id,
  );
  const based = openedOn(event.hidden);
  const redelivered = newer?.idempotencyKey === written.idempotencyKey;
  if (newer && newer.version > based && !redelivered && newer.submittedBy !== ctx.actor.email) {
    const card = statisticsForm(
      {
        roundId: ctx.actor.round.id,
        organisationId: owner.organisation.id,
        nonce: event.hidden.nonce ?? "",
        organisationName,
      },
      ctx.locale,
    );
    const changes = statisticsNow(newer, ctx.locale);
    return staleForm(ctx, card, event.values, { ...newer, changes });
  }
  const stored = await ctx.deps.store.saveStatistics({
    ...form.value,
    ...written,
  });
  await recordOnBehalf(ctx, owner, "statistics", stored.duplicate);
  const values = {
    reported: stored.value.reported,
    bySex: stored.value.bySex,
    routines: stored.value.routines,
  };
  return [{ type: "form-accepted", card: statisticsConfirmation({ organisationName, values }, ctx.locale) }];
}
