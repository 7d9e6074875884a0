// What a command acts on, and whether this person may: every check goes through the permission table.
// A refused attempt on another organisation is recorded in the audit trail and told to the project managers.
import type { Cluster, Organisation } from "../domain/round.ts";
import { clusterOf } from "../domain/round.ts";
import { recordAction, recordRefusal } from "./audit.ts";
import type { Context } from "./context.ts";
import type { Reply } from "./events.ts";
import { findByName } from "./find-by-name.ts";
import { crossesOrganisation, mayAct, type PermittedCommand, type Target } from "./permissions.ts";
import { privateNotice, refusedForm } from "./replies.ts";

export type OrganisationTarget =
  | { ok: true; organisation: Organisation; cluster: Cluster; onBehalf: boolean }
  | { ok: false; replies: Reply[] };

/** Records and reports an attempt on a target the permission table does not give this person. */
export async function refuseAttempt(ctx: Context, what: string, target: Target): Promise<void> {
  if (!crossesOrganisation(ctx.actor, target)) return;
  await recordRefusal(ctx.deps, {
    round: ctx.actor.round,
    account: ctx.account,
    email: ctx.actor.email,
    what,
    target,
    now: ctx.now,
  });
}

/** Names of the round's organisations, for those who may see the whole round; nobody else learns them. */
export function knownOrganisations(ctx: Context, command: PermittedCommand): string | undefined {
  if (!mayAct(ctx.actor, command, { round: true })) return undefined;
  return ctx.actor.round.organisations.map((o) => o.name).join(", ");
}

/**
 * The organisation an organisation-scoped command acts on: the one named, else the channel's, else the
 * person's own. `refusal` is what a person of the organisation who may not run the command is told.
 */
export async function organisationTarget(
  ctx: Context,
  command: PermittedCommand,
  named: string,
  refusal: string,
): Promise<OrganisationTarget> {
  const { actor, say, place } = ctx;
  const notice = (text: string, title = say.refusedTitle) => ({
    ok: false as const,
    replies: [privateNotice(title, text)],
  });
  let organisation: Organisation | undefined;
  if (named) {
    organisation = findByName(actor.round.organisations, named);
    if (!organisation)
      return notice(say.noSuchOrganisation(named, knownOrganisations(ctx, command)), say.notFoundTitle);
  } else if (place.organisationId) {
    organisation = actor.round.organisations.find((o) => o.id === place.organisationId);
  } else organisation = actor.organisation;
  if (!organisation)
    return mayAct(actor, command, { round: true })
      ? notice(say.nameTheOrganisation, say.whichOrganisationTitle)
      : notice(say.onlyParticipants);
  const cluster = clusterOf(actor.round, organisation.id);
  const target = { organisationId: organisation.id };
  if (cluster && mayAct(actor, command, target)) {
    return { ok: true, organisation, cluster, onBehalf: organisation.id !== actor.organisation?.id };
  }
  if (organisation.id === actor.organisation?.id) return notice(refusal);
  // Where they typed is not what they asked for: in another organisation's channel they are pointed home.
  if (!named) return notice(say.notThisChannel(organisation.name));
  await refuseAttempt(ctx, `${command} ${named}`, target);
  return notice(say.notYourOrganisationNamed);
}

/** A submitted form names its organisation in hidden fields: it must be one this person may answer for. */
export async function formTarget(
  ctx: Context,
  command: PermittedCommand,
  hidden: Readonly<Record<string, string>>,
): Promise<OrganisationTarget> {
  const { actor, say } = ctx;
  const refuse = (text: string) => ({ ok: false as const, replies: [refusedForm(say.refusedTitle, text)] });
  if (hidden.roundId !== actor.round.id) return refuse(say.formUnknown);
  const organisation = actor.round.organisations.find((o) => o.id === hidden.organisationId);
  const cluster = organisation && clusterOf(actor.round, organisation.id);
  if (!organisation || !cluster) return refuse(say.formUnknown);
  const target = { organisationId: organisation.id };
  if (mayAct(actor, command, target)) {
    return { ok: true, organisation, cluster, onBehalf: organisation.id !== actor.organisation?.id };
  }
  await refuseAttempt(ctx, `${command} (a form of another organisation)`, target);
  return refuse(actor.organisation ? say.notYourOrganisation(actor.organisation.name) : say.onlyParticipants);
}

/** A write made by someone for an organisation that is not their own (a project manager) is audited. */
export async function recordOnBehalf(
  ctx: Context,
  target: Extract<OrganisationTarget, { ok: true }>,
  what: string,
  duplicate: boolean,
): Promise<void> {
  if (!target.onBehalf || duplicate) return;
  await recordAction(ctx, "act-for-organisation", what, { organisationId: target.organisation.id });
}
