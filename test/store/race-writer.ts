// Child process for concurrency.test.ts: opens the store, prints "ready", reads a start time (epoch ms) on
// stdin, then submits keys race-0…race-N-1, key i at start + i×GAP ms. Usage: race-writer.ts DATA_DIR WRITER COUNT
import { createInterface } from "node:readline";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { submission } from "./sample-data.ts";

const GAP_MS = 12;
const [dataDir, writer, count] = process.argv.slice(2);
if (!dataDir || !writer || !count) throw new Error("usage: race-writer.ts DATA_DIR WRITER COUNT");

const store = await openEmbeddedStore({ dataDir });
process.stdout.write("ready\n");
const lines = createInterface({ input: process.stdin });
const startAt = Number((await lines[Symbol.asyncIterator]().next()).value);
lines.close();

for (let i = 0; i < Number(count); i++) {
  const at = startAt + i * GAP_MS;
  while (Date.now() < at - 2) await new Promise((resolve) => setTimeout(resolve, 1));
  while (Date.now() < at); // Spin the last moment, so both writers start the same key together.
  const result = await store.submitAssessment(
    submission(`race-${i}`, { submittedBy: `${writer}@example.se` }),
  );
  const { version, submittedBy } = result.value;
  process.stdout.write(
    `${JSON.stringify({ key: `race-${i}`, version, submittedBy, duplicate: result.duplicate })}\n`,
  );
}
await store.close();
