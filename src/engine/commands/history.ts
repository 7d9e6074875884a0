// `history [organisation]` (historik): the open round's self-assessment versions and the PDSA cycles.
import { type HistoryView, historyCard } from "../../../cards/history.ts";
import type { Round } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import { dashboardMessages } from "../dashboard-messages.ts";
import type { Reply } from "../events.ts";
import { type OrganisationHistory, organisationHistory } from "../history.ts";
import { organisationTarget } from "../target.ts";

export async function historyCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const target = await organisationTarget(
    ctx,
    "history",
    argument,
    dashboardMessages(ctx.locale).historyNotYours,
  );
  if (!target.ok) return target.replies;
  const { organisation, cluster } = target;
  const { round } = ctx.actor;
  const { store } = ctx.deps;
  const [versions, pdsa] = await Promise.all([
    store.listAssessments(round.id, organisation.id),
    store.listPdsa(round.id, organisation.id),
  ]);
  const history = organisationHistory({ round, cluster, checklist: ctx.checklist, versions, pdsa }, ctx.now);
  const view = historyView(round, organisation.name, history);
  const visibility = ctx.place.organisationId === organisation.id ? "message" : "private";
  return [{ type: visibility, card: historyCard(view, ctx.locale) }];
}

/** A person's name where the round knows the address, else the address. */
export function personName(round: Round, email: string): string {
  const wanted = email.toLowerCase();
  for (const o of round.organisations) {
    const person = o.people.find((p) => p.email === wanted);
    if (person) return person.name;
  }
  return round.projectManagers.find((p) => p.email === wanted)?.name ?? email;
}

export function historyView(
  round: Round,
  organisationName: string,
  history: OrganisationHistory,
): HistoryView {
  return {
    organisationName,
    timeZone: round.timeZone,
    assessmentRound: history.assessmentRound,
    versions: history.versions.map((v) => ({
      version: v.version,
      who: personName(round, v.submittedBy),
      at: v.submittedAt,
      late: v.late,
      changes: v.changes.map((c) => ({
        number: c.number,
        from: c.from,
        to: c.to,
        comment: c.comment !== undefined,
      })),
    })),
    cycles: history.cycles.map((c) => ({
      area: c.area,
      cycle: c.cycle,
      phase: c.latest.phase,
      updates: c.updates,
      at: c.latest.submittedAt,
    })),
  };
}
