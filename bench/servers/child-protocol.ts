// The bench server children and the runner talk over Node's IPC channel: the child says where it listens;
// the runner asks it how many submissions its store holds, how much memory it uses, and to stop (a clean
// exit, so that `--cpu-prof` writes its profile).

export interface BenchServer {
  port: number;
  /** Self-assessment versions the store holds for the benchmarked organisation; 0 for a bare server. */
  storedVersions(): Promise<number>;
  /** Runs one reminder tick at this instant (the whole stack only): the deadline-morning benchmark. */
  tick?(at: Date): Promise<{ sent: number; failed: number }>;
  stop(): Promise<void>;
}

export type Question =
  | { id: number; type: "count" | "memory" | "cpu" | "stop" }
  | { id: number; type: "tick"; at: string };
export type Answer =
  | { type: "ready"; port: number; note?: string }
  | { type: "failed"; error: string }
  | { id: number; type: "count"; versions: number }
  | { id: number; type: "memory"; rss: number; heapUsed: number }
  /** process.cpuUsage() in microseconds, user + system. */
  | { id: number; type: "cpu"; micros: number }
  | { id: number; type: "tick"; sent: number; failed: number; wallMs: number }
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
  } else if (question.type === "tick") {
    const started = performance.now();
    const report = (await server.tick?.(new Date(question.at))) ?? { sent: 0, failed: 0 };
    send({ id: question.id, type: "tick", ...report, wallMs: performance.now() - started });
  } else {
    await server.stop();
    send({ id: question.id, type: "stop" });
    process.exit(0);
  }
}
