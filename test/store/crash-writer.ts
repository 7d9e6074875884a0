// Child process for crash.test.ts: writes submissions in a loop and prints each key only after the
// store said it was saved. Usage: node --import tsx crash-writer.ts DATA_DIR RUN [RETRY_KEY,...]
import type { AssessmentRoundId } from "../../src/domain/assessment.ts";
import { ASSESSMENT_ROUNDS } from "../../src/domain/assessment.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { submission } from "./sample-data.ts";

const [dataDir, run, retries = ""] = process.argv.slice(2);
if (!dataDir || !run) throw new Error("usage: crash-writer.ts DATA_DIR RUN [RETRY_KEYS]");

/** The same key always describes the same submission, as a platform retry would. */
function crashSubmission(key: string) {
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const assessmentRound = ASSESSMENT_ROUNDS[hash % ASSESSMENT_ROUNDS.length] as AssessmentRoundId;
  return submission(key, {
    organisationId: `org-${hash % 7}`,
    assessmentRound,
    answers: { p1: { score: 1 + (hash % 3) } },
  });
}

const store = await openEmbeddedStore({ dataDir });
process.stdout.write("ready\n");
const keys = retries === "" ? [] : retries.split(",");
for (let i = 0; ; i++) {
  const key = i < keys.length ? (keys[i] as string) : `r${run}-${i - keys.length}`;
  const result = await store.submitAssessment(crashSubmission(key));
  // Only now may the user be told "saved".
  process.stdout.write(`ack ${key} ${result.value.version} ${result.duplicate}\n`);
}
