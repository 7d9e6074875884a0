// TEAMS_SDK's choice: the Teams adapter on botbuilder (teams-adapter.ts) or on the Teams SDK (sdk/). Both
// take the same options and pass the same tests; each library is loaded only when it is the one chosen.
import type { TeamsAdapter, TeamsCoreOptions } from "./teams-core.ts";

export type TeamsLibrary = "botbuilder" | "teams";

export async function createChosenTeamsAdapter(
  library: TeamsLibrary,
  options: TeamsCoreOptions,
): Promise<TeamsAdapter> {
  if (library === "teams") {
    const { createTeamsSdkAdapter } = await import("./sdk/sdk-adapter.ts");
    return createTeamsSdkAdapter(options);
  }
  const { createTeamsAdapter } = await import("./teams-adapter.ts");
  return createTeamsAdapter(options);
}
