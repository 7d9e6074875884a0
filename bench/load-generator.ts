// A closed-loop load generator: `concurrency` workers, each sending its next request as soon as the last
// one is answered, over one keep-alive agent (a new TCP connection per request would measure the kernel).
import { Agent, request } from "node:http";

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface Loaded {
  /** Milliseconds per request, in completion order. */
  latencies: number[];
  /** First request sent → last request done. */
  elapsedMs: number;
  failures: string[];
}

/** One request: resolves when the answer (and whatever else the caller waits for) checked out. */
export type Exchange = (index: number) => Promise<void>;

export function keepAliveAgent(concurrency: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

export function post(
  agent: Agent,
  port: number,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs workers until `durationMs` has passed (or `maxRequests` were started), then waits for the last. */
export async function closedLoop(
  concurrency: number,
  durationMs: number,
  exchange: Exchange,
  firstIndex = 0,
  maxRequests = Number.POSITIVE_INFINITY,
): Promise<Loaded & { sent: number }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = firstIndex;
  const started = performance.now();
  const stopAt = started + durationMs;
  const worker = async () => {
    while (performance.now() < stopAt && next - firstIndex < maxRequests) {
      const index = next++;
      const sent = performance.now();
      try {
        await exchange(index);
        latencies.push(performance.now() - sent);
      } catch (error) {
        failures.push(`request ${index}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, failures, elapsedMs: performance.now() - started, sent: next - firstIndex };
}
