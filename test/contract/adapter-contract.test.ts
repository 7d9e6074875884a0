// The same conversation scenarios through every chat adapter.
import { runAdapterContract } from "./adapter-contract.ts";
import { startPlaygroundDriver } from "./playground-driver.ts";
import { startSlackDriver } from "./slack-driver.ts";
import { startTeamsDriver } from "./teams-driver.ts";

runAdapterContract("playground", startPlaygroundDriver);
runAdapterContract("slack", startSlackDriver);
runAdapterContract("teams (botbuilder)", () => startTeamsDriver("botbuilder"));
runAdapterContract("teams (Teams SDK)", () => startTeamsDriver("teams"));
