// Vitest global setup: gives every test file a MongoDB to run against. MONGODB_URI names a real server;
// without it the jongodb emulator (an optional dependency) is started here, once per run, and stopped
// after. Where neither is possible the MongoDB tests are skipped and say why.
import type { TestProject } from "vitest/node";
import { jongodbBinary } from "./jongodb-binary.ts";
import { startJongodb } from "./jongodb-server.ts";

export interface MongoTarget {
  /** Undefined when no MongoDB could be had; `skipped` says why. */
  uri?: string | undefined;
  /** Where the URI came from. */
  source: "MONGODB_URI" | "jongodb" | "none";
  skipped?: string | undefined;
}

declare module "vitest" {
  export interface ProvidedContext {
    mongo: MongoTarget;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.MONGODB_URI?.trim();
  if (given) {
    console.log("MongoDB tests run against the server named by MONGODB_URI");
    project.provide("mongo", { uri: given, source: "MONGODB_URI" });
    return undefined;
  }
  const binary = jongodbBinary();
  if (!binary.ok) {
    console.log(`MongoDB tests skipped: MONGODB_URI is not set and ${binary.reason}`);
    project.provide("mongo", { source: "none", skipped: `MONGODB_URI is not set and ${binary.reason}` });
    return undefined;
  }
  const server = await startJongodb(binary.path);
  console.log(
    `MongoDB tests run against the jongodb ${binary.version} emulator (not MongoDB) at ${server.uri}`,
  );
  project.provide("mongo", { uri: server.uri, source: "jongodb" });
  return () => server.stop();
}
