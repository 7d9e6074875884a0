// The bench server children and the runner talk over Node's IPC channel: the child says where it listens;
// the runner asks it how many submissions its store holds, how much memory it uses, and to stop (a clean
// exit, so that `--cpu-prof` writes its profile).

export interface BenchServer {
  port: number;
  /** Self-assessment versions the store holds for the benchmarked organisation; 0 for a bare server. */
  storedVersions(): Promise<number>;
  stop(): Promise<void>;
}

export type Question = { id: number; type: "count" | "memory" | "cpu" | "stop" };
export type Answer =
  | { type: "ready"; port: number; note?: string }
  | { type: "failed"; error: string }
  | { id: number; type: "count"; versions: number }
  | { id: number; type: "memory"; rss: number; heapUsed: number }
  /** process.cpuUsage() in microseconds, user + system. */
  | { id: number; type: "cpu"; micros: number }
  | { id: number; type: "stop" };

function send(answer: Answer): void {
  process.send?.(answer);
}

/** Child side: start the server, say where it listens, answer until told to stop. */
export async function serveParent(start: () => Promise<BenchServer & { note?: string }>): Promise<void> {
  let server: BenchServer & { note?: string };
  try {
    server = await start();
  } catch (error) {
    send({ type: "failed", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
  process.on("message", (question: Question) => void answer(server, question));
  send({ type: "ready", port: server.port, ...(server.note ? { note: server.note } : {}) });
}

async function answer(server: BenchServer, question: Question): Promise<void> {
  if (question.type === "count") {
    send({ id: question.id, type: "count", versions: await server.storedVersions() });
  } else if (question.type === "memory") {
    const { rss, heapUsed } = process.memoryUsage();
    send({ id: question.id, type: "memory", rss, heapUsed });
  } else if (question.type === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ id: question.id, type: "cpu", micros: user + system });
  } else {
    await server.stop();
    send({ id: question.id, type: "stop" });
    process.exit(0);
  }
}
