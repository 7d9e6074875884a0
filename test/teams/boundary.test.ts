// botbuilder is archived upstream: it stays inside src/adapters/teams/ so that replacing it costs one folder.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

it("no file outside src/adapters/teams/ imports botbuilder", () => {
  const offenders = [...sourceFiles("src"), ...sourceFiles("cards")].filter(
    (file) =>
      !file.startsWith(join("src", "adapters", "teams")) &&
      /from\s+["'](botbuilder|botframework-)[^"']*["']/.test(readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});
