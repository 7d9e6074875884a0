// app_uninstalled and tokens_revoked: the workspace (or Grid organisation) took the app's tokens back. Its
// installation and tokens are deleted, its deliveries pause (the sender finds no token: slack-sender.ts), and
// the project managers are told once which organisations are affected. An install resumes everything.
import { z } from "zod";
import type { Logger } from "../../logging/logger.ts";
import type { InstallNoticeDeps } from "./install-notices.ts";
import { tellUninstalled } from "./install-notices.ts";
import type { SlackInstallations } from "./installations.ts";

/**
 * The Events API envelope of both events (Slack API docs, app_uninstalled and tokens_revoked): the
 * workspace in `team_id`, on Enterprise Grid also `enterprise_id`, and `is_enterprise_install` for an
 * org-wide install. tokens_revoked lists the user ids whose user (`oauth`) and bot (`bot`) tokens went.
 */
const uninstallSchema = z.object({
  type: z.literal("event_callback"),
  team_id: z.string().min(1),
  enterprise_id: z.string().nullish(),
  is_enterprise_install: z.boolean().optional(),
  event: z.discriminatedUnion("type", [
    z.object({ type: z.literal("app_uninstalled") }).loose(),
    z
      .object({
        type: z.literal("tokens_revoked"),
        tokens: z
          .object({ oauth: z.array(z.string()).optional(), bot: z.array(z.string()).optional() })
          .loose(),
      })
      .loose(),
  ]),
});

export interface Uninstall {
  /** The installation it removes: the workspace, or the organisation of an org-wide install. */
  id: string;
  event: "app_uninstalled" | "tokens_revoked";
}

/** The uninstall a body announces; undefined for every other body (and for revoked user tokens only). */
export function uninstallOf(body: unknown): Uninstall | undefined {
  const fields = body as { type?: unknown; event?: { type?: unknown } } | undefined;
  const type = fields?.event?.type;
  if (fields?.type !== "event_callback" || (type !== "app_uninstalled" && type !== "tokens_revoked"))
    return undefined;
  const parsed = uninstallSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { event, team_id, enterprise_id, is_enterprise_install } = parsed.data;
  // The bot keeps no user tokens: only revoked bot tokens change anything.
  if (event.type === "tokens_revoked" && (event.tokens.bot ?? []).length === 0) return undefined;
  const id = is_enterprise_install && enterprise_id ? enterprise_id : team_id;
  return { id, event: event.type };
}

export async function handleUninstall(
  deps: InstallNoticeDeps & { installations: SlackInstallations | undefined; logger: Logger },
  uninstall: Uninstall,
): Promise<void> {
  if (!deps.installations) {
    deps.logger.warn("slack: the app was removed from a workspace; remove its token from SLACK_BOT_TOKENS", {
      workspace: uninstall.id,
      event: uninstall.event,
    });
    return;
  }
  // Both events come on one uninstall: the first removes the installation, the second finds none.
  const removed = await deps.installations.remove(uninstall.id);
  if (!removed) return;
  deps.logger.warn("slack: the app was removed; deliveries there are paused until it is installed again", {
    installation: uninstall.id,
    event: uninstall.event,
  });
  await tellUninstalled(deps, removed);
}
