#!/usr/bin/env node
// Runs the operator CLI from its bundle (build/src/cli/main.js), with node alone. First the build script
// rebuilds the bundle if a source changed since (scripts/build.mjs --if-changed; where esbuild is not
// installed, as in production, it uses the bundle as it was built).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--if-changed"], {
  stdio: "inherit",
});
if (built.status !== 0) process.exit(built.status ?? 1);
await import(pathToFileURL(join(root, "build", "src", "cli", "main.js")).href);
