// The same conversation scenarios through every chat adapter.
import { runAdapterContract } from "./adapter-contract.ts";
import { startPlaygroundDriver } from "./playground-driver.ts";
import { startSlackDriver } from "./slack-driver.ts";

runAdapterContract("playground", startPlaygroundDriver);
runAdapterContract("slack", startSlackDriver);
