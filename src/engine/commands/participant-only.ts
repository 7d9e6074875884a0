// Commands that act for an organisation need a person of one.
import type { Cluster, Organisation } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { privateNotice } from "../replies.ts";

export type Participant =
  | { ok: true; organisation: Organisation; cluster: Cluster }
  | { ok: false; replies: Reply[] };

export function participantOnly(ctx: Context): Participant {
  const { organisation, cluster } = ctx.actor;
  if (organisation && cluster) return { ok: true, organisation, cluster };
  return { ok: false, replies: [privateNotice(ctx.say.refusedTitle, ctx.say.onlyParticipants)] };
}
