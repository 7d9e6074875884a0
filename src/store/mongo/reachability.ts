// Whether the MongoDB server answers, for /healthz: one `ping` per check with a short timeout. Without
// this the health check's read waited for the driver's server selection (30 s by default) and said
// nothing until then.
import type { MongoClient } from "mongodb";
import { errorMessage } from "../../logging/error-message.ts";

/** How long a ping may take before the server counts as unreachable. Room for a busy server (at 1.5 s, healthy instances on a loaded test run's emulator answered 503). */
export const PING_TIMEOUT_MS = 3_000;

export function mongoReachability(
  client: MongoClient,
  timeoutMs = PING_TIMEOUT_MS,
): () => Promise<string | undefined> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`MongoDB did not answer a ping within ${timeoutMs} ms`), timeoutMs);
    });
    const answered = client
      .db("admin")
      .command({ ping: 1 }, { timeoutMS: timeoutMs })
      .then(
        () => undefined,
        (error: unknown) => `MongoDB unreachable: ${errorMessage(error)}`,
      );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
}
