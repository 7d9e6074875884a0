// Every function that cards/ exports and that returns a card, by name: read from the sources with the
// TypeScript parser, so a new card builder is found without anyone listing it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const CARDS = new URL("../../cards/", import.meta.url).pathname;

function isExported(node: ts.FunctionDeclaration): boolean {
  return node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

export function cardBuildersIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  return file.statements.flatMap((node) =>
    ts.isFunctionDeclaration(node) && isExported(node) && node.name && node.type?.getText(file) === "Card"
      ? [node.name.text]
      : [],
  );
}

/** `file.ts: builder` for every card builder of cards/. */
export function cardBuilders(): string[] {
  return readdirSync(CARDS)
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) =>
      cardBuildersIn(name, readFileSync(join(CARDS, name), "utf8")).map((b) => `${name}: ${b}`),
    );
}
