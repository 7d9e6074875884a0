// The same conversation scenarios through every chat adapter.
import { runAdapterContract } from "./adapter-contract.ts";
import { startPlaygroundDriver } from "./playground-driver.ts";

runAdapterContract("playground", startPlaygroundDriver);
