// What each organisation is late with at the moment of an export (main's late-items rule), for the
// workbook's late sheet beside what was handed in late.
import { nextMeeting } from "../domain/calendar.ts";
import { clusterMembers } from "../domain/round.ts";
import { type LateItem, lateContext, lateItems } from "../engine/late-items.ts";
import type { RoundState } from "../engine/round-state.ts";

export interface OpenLateItem extends LateItem {
  organisationId: string;
}

export function openLateItems(state: RoundState, now: Date): OpenLateItem[] {
  return state.round.clusters.flatMap((cluster) => {
    const context = lateContext(state, cluster, nextMeeting(state.round, cluster, now), now);
    return clusterMembers(cluster).flatMap((organisationId) =>
      lateItems(state, context, organisationId).map((item) => ({ ...item, organisationId })),
    );
  });
}
