// Preloaded into the CLI processes of the national-scale import (NODE_OPTIONS=--import=…): at exit each
// writes its peak resident memory (getrusage maxrss, in kB) to BENCH_MAXRSS_DIR/<pid>, for the report.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.BENCH_MAXRSS_DIR;
if (dir)
  process.on("exit", () => {
    writeFileSync(join(dir, String(process.pid)), String(process.resourceUsage().maxRSS));
  });
