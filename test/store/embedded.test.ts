import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { runStoreContract } from "./contract.ts";

const root = mkdtempSync(join(tmpdir(), "modellbot-store-"));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

runStoreContract("embedded (SQLite)", () => openEmbeddedStore({ dataDir: join(root, `store-${++n}`) }));
