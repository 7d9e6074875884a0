// The project managers' notices about installs: a workspace removed the app (naming the organisations whose
// reminders and answers are paused), and an install in a workspace that is in no round. Each goes through
// the project managers' alerts (the outbox), once per key, ever.
import type { Card } from "../../../cards/model.ts";
import { noticeCard } from "../../../cards/notice.ts";
import type { Round } from "../../domain/round.ts";
import type { SlackInstallation, Store } from "../../store/port.ts";
import { installText } from "./install-texts.ts";

/** The project managers' channel of a round (src/scheduler/project-manager-alerts.ts); never throws. */
export interface InstallAlerts {
  tell(round: Round, key: string, card: Card, now: Date): Promise<void>;
}

export interface InstallNoticeDeps {
  store: Pick<Store, "listRounds" | "listBindings">;
  alerts?: InstallAlerts | undefined;
  clock: () => Date;
}

/** The workspaces an installation covered: its own, or an org-wide install's approved workspaces. */
function coveredWorkspaces(installation: SlackInstallation): Set<string> {
  return new Set(installation.isEnterpriseInstall ? (installation.teams ?? []) : [installation.id]);
}

async function affectedOrganisations(deps: InstallNoticeDeps, round: Round, workspaces: Set<string>) {
  const bound = (await deps.store.listBindings(round.id)).filter(
    (b) => b.platform === "slack" && workspaces.has(b.workspace),
  );
  return round.organisations.filter(
    (o) =>
      (o.home?.platform === "slack" && workspaces.has(o.home.workspace)) ||
      bound.some((b) => b.organisationId === o.id),
  );
}

function describe(installation: SlackInstallation): string {
  const name = installation.isEnterpriseInstall ? installation.enterpriseName : installation.teamName;
  return name ? `${name} (${installation.id})` : installation.id;
}

/** After app_uninstalled or tokens_revoked: every round with an organisation there is told once. */
export async function tellUninstalled(deps: InstallNoticeDeps, removed: SlackInstallation): Promise<void> {
  if (!deps.alerts) return;
  const workspaces = coveredWorkspaces(removed);
  for (const round of await deps.store.listRounds()) {
    const organisations = await affectedOrganisations(deps, round, workspaces);
    if (organisations.length === 0) continue;
    const t = installText(round.language);
    const card = noticeCard({
      title: t.uninstalledTitle,
      text: t.uninstalled(describe(removed), organisations.map((o) => o.name).join(", ")),
    });
    const key = `alert:slack-uninstalled:${round.id}:${removed.id}:${removed.installedAt}`;
    await deps.alerts.tell(round, key, card, deps.clock());
  }
}

/** An install in a workspace no round names: every round's project managers are told, once. */
export async function tellUnboundInstall(
  deps: InstallNoticeDeps,
  installation: SlackInstallation,
): Promise<void> {
  if (!deps.alerts) return;
  for (const round of await deps.store.listRounds()) {
    const t = installText(round.language);
    const card = noticeCard({ title: t.unboundTitle, text: t.unbound(describe(installation)) });
    await deps.alerts.tell(
      round,
      `alert:slack-unbound-install:${round.id}:${installation.id}`,
      card,
      deps.clock(),
    );
  }
}
