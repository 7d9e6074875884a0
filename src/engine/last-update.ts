// When an organisation last sent anything: a self-assessment, a PDSA update, a presentation mark or its
// statistics. `status` and the dashboard both show it.
import type { RoundState } from "./round-state.ts";

export function lastUpdate(state: RoundState, organisationId: string): string | undefined {
  let latest: string | undefined;
  const see = (at: string | undefined) => {
    if (at && (latest === undefined || at > latest)) latest = at;
  };
  for (const v of state.assessments.get(organisationId)?.values() ?? []) see(v.submittedAt);
  for (const p of state.pdsa.get(organisationId) ?? []) see(p.submittedAt);
  for (const m of state.presentations.get(organisationId) ?? []) see(m.markedAt);
  see(state.statistics.get(organisationId)?.submittedAt);
  return latest;
}
