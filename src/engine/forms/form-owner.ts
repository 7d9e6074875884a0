// A submitted form must come from a person of the organisation it names, in the round it names.
import type { Cluster, Organisation } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { refusedForm } from "../replies.ts";

export type FormOwner =
  | { ok: true; organisation: Organisation; cluster: Cluster }
  | { ok: false; replies: Reply[] };

export function checkFormOwner(ctx: Context, hidden: Readonly<Record<string, string>>): FormOwner {
  const { actor, say } = ctx;
  if (hidden.roundId !== actor.round.id)
    return { ok: false, replies: [refusedForm(say.refusedTitle, say.formUnknown)] };
  if (!actor.organisation || !actor.cluster) {
    return { ok: false, replies: [refusedForm(say.refusedTitle, say.onlyParticipants)] };
  }
  if (hidden.organisationId !== actor.organisation.id) {
    return {
      ok: false,
      replies: [refusedForm(say.refusedTitle, say.notYourOrganisation(actor.organisation.name))],
    };
  }
  return { ok: true, organisation: actor.organisation, cluster: actor.cluster };
}
