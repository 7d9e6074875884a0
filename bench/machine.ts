// The machine a run measured: the figures only mean something next to these.
import { cpus, platform, release, totalmem } from "node:os";

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
}

export function machine(now: Date): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? "unknown",
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: now.toISOString(),
  };
}
