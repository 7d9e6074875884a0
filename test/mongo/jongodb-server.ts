// Starts the jongodb emulator as a single-node replica set on a free port (it picks one for --port=0)
// and reads the URI it prints on its first line.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface JongodbServer {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 15_000;

export function startJongodb(binary: string): Promise<JongodbServer> {
  const child = spawn(
    binary,
    ["--host=127.0.0.1", "--port=0", "--topology-profile=singleNodeReplicaSet", "--replica-set-name=rs0"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // A test run that ends without its teardown (Ctrl-C twice) leaves no emulator behind.
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  void exited.then(() => process.off("exit", orphan));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`jongodb printed no JONGODB_URI within ${STARTUP_LIMIT_MS} ms: ${stderr}`));
    }, STARTUP_LIMIT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    const early = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(new Error(`jongodb exited (${code ?? signal}) before it was ready: ${stderr}`));
    };
    child.once("exit", early);
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const uri = /^JONGODB_URI=(\S+)/.exec(line)?.[1];
      if (!uri) return;
      clearTimeout(timer);
      child.off("exit", early);
      lines.close();
      resolve({ uri, pid: child.pid ?? 0, stop });
    });
  });
}
