// What every form submission shares: the refused form shown again, and who wrote what, when, once.
import { withFormState } from "../../../cards/form-state.ts";
import type { Card } from "../../../cards/model.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { writeKey } from "./write-key.ts";

/** The form again, as the person filled it in, with each error on its field. */
export function fieldErrors(
  card: Card,
  values: Readonly<Record<string, unknown>>,
  errors: Record<string, string>,
): Reply[] {
  return [{ type: "form-invalid", errors, card: withFormState(card, { ...values }, errors) }];
}

/** The common fields of a user's write, with its idempotency key scoped to round and organisation. */
export function writtenBy(ctx: Context, organisationId: string, kind: string, deliveryKey: string) {
  return {
    roundId: ctx.actor.round.id,
    organisationId,
    submittedBy: ctx.actor.email,
    submittedAt: ctx.now.toISOString(),
    idempotencyKey: writeKey(kind, ctx.actor.round.id, organisationId, deliveryKey),
  };
}
