// The playground page's own texts (TEXT in public/playground.js, plain browser JavaScript with no types) have
// no interface to hold Swedish and English to one key set, so this test does: the same keys, nested, and
// each text that takes values takes as many in both languages.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const PAGE = new URL("../../public/playground.js", import.meta.url);

function catalogue(language: string): ts.ObjectLiteralExpression {
  const file = ts.createSourceFile("playground.js", readFileSync(PAGE, "utf8"), ts.ScriptTarget.Latest, true);
  let text: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === "TEXT" && node.initializer)
      if (ts.isObjectLiteralExpression(node.initializer)) text = node.initializer;
    if (!text) ts.forEachChild(node, visit);
  };
  visit(file);
  const entry = text?.properties.find((p) => p.name?.getText(file) === language);
  if (!entry || !ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
    throw new Error(`public/playground.js has no TEXT.${language}`);
  return entry.initializer;
}

/** Each key as a path ("kinds.overdue"), with how many values a text that takes some is given. */
function shape(object: ts.ObjectLiteralExpression, prefix = ""): string[] {
  return object.properties.flatMap((p) => {
    const key = `${prefix}${p.name?.getText().replace(/^"|"$/g, "")}`;
    if (!ts.isPropertyAssignment(p)) return [key];
    const value = p.initializer;
    if (ts.isObjectLiteralExpression(value)) return shape(value, `${key}.`);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value))
      return [`${key}(${value.parameters.length})`];
    return [key];
  });
}

describe("the playground page's texts", () => {
  it("have the same keys in Swedish and English, and take the same values", () => {
    const sv = shape(catalogue("sv"));
    expect(sv.length).toBeGreaterThan(30);
    expect(shape(catalogue("en")).sort()).toEqual(sv.sort());
  });
});
