// What each organisation handed in late, is late with, or never handed in, at the moment of an export: the
// engine's one judgement of the round's deadline list (judgeDueItems), the same that `status` and the
// dashboard show, for the workbook's late sheet.
import { nextMeeting } from "../domain/calendar.ts";
import { daysBetween, localDate } from "../domain/local-date.ts";
import { clusterMembers } from "../domain/round.ts";
import { type JudgedItem, judgeDueItems, lateContext } from "../engine/late-items.ts";
import type { RoundState } from "../engine/round-state.ts";

export interface OpenLateItem extends JudgedItem {
  state: "done-late" | "late" | "missed";
  organisationId: string;
  /** Whole days from the deadline to the day it was handed in (done late) or to the export's day (late). */
  daysLate?: number | undefined;
}

function isLateState(state: JudgedItem["state"]): state is OpenLateItem["state"] {
  return state === "done-late" || state === "late" || state === "missed";
}

export function openLateItems(state: RoundState, now: Date): OpenLateItem[] {
  const { timeZone } = state.round;
  const today = localDate(now, timeZone);
  return state.round.clusters.flatMap((cluster) => {
    const context = lateContext(state, cluster, nextMeeting(state.round, cluster, now), now);
    return clusterMembers(cluster).flatMap((organisationId) =>
      judgeDueItems(state, context, organisationId).flatMap((item): OpenLateItem[] => {
        const itemState = item.state;
        if (!isLateState(itemState)) return [];
        const handedInDay = item.handedInAt && localDate(new Date(item.handedInAt), timeZone);
        const until = itemState === "done-late" ? handedInDay : itemState === "late" ? today : undefined;
        return [
          {
            ...item,
            state: itemState,
            organisationId,
            daysLate: until ? daysBetween(item.date, until) : undefined,
          },
        ];
      }),
    );
  });
}
