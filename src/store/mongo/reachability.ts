// Whether the MongoDB server answers, for /healthz: one `ping` with a short timeout, its answer kept for a
// few seconds so that a load balancer polling every second costs the server one ping per period, and
// concurrent polls share one ping. Without this the health check's read waited for the driver's server
// selection (30 s by default) and said nothing until then.
import type { MongoClient } from "mongodb";
import { errorMessage } from "../../logging/error-message.ts";

export interface ReachabilityOptions {
  /** How long a ping may take before the server counts as unreachable. */
  timeoutMs?: number;
  /** How long an answer is reused. */
  cacheMs?: number;
  nowMs?: () => number;
}

/** Room for a busy server (at 1.5 s, healthy instances on a loaded test run's emulator answered 503). */
export const PING_TIMEOUT_MS = 3_000;
export const PING_CACHE_MS = 5_000;

export function mongoReachability(
  client: MongoClient,
  options: ReachabilityOptions = {},
): () => Promise<string | undefined> {
  const timeoutMs = options.timeoutMs ?? PING_TIMEOUT_MS;
  const cacheMs = options.cacheMs ?? PING_CACHE_MS;
  const nowMs = options.nowMs ?? (() => performance.now());
  let last: { at: number; answer: Promise<string | undefined> } | undefined;
  const ping = async (): Promise<string | undefined> => {
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
  return () => {
    if (!last || nowMs() - last.at >= cacheMs) last = { at: nowMs(), answer: ping() };
    return last.answer;
  };
}
