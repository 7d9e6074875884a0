// Finds user-facing text written in both languages outside a catalogue: an object literal with an `sv` and
// an `en` property holding text, a choice on the language between two texts (`locale === "sv" ? "Hej" :
// "Hello"`), or Swedish text carried beside English (`{ message, sv: "…" }`). Parsed with the TypeScript
// compiler, so comments and strings that merely mention `sv:` do not count.
import ts from "typescript";

export interface BilingualLiteral {
  readonly line: number;
  readonly text: string;
}

const LANGUAGES = new Set(["sv", "en"]);
const COMPARISONS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** A catalogue: `strings.ts`, `*-strings.ts`, `*-texts.ts`, `*-messages.ts`, and the engine's `messages.ts`. */
export function isCatalogue(fileName: string): boolean {
  return /(^|[-/])(strings|texts)\.ts$|-messages\.ts$|^src\/engine\/messages\.ts$/.test(fileName);
}

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) return name.text;
  return undefined;
}

// A language tag or locale format (`"sv-SE"`, `"en"`) is not a translation; text with a word in it is.
function isWords(node: ts.Node): boolean {
  if (
    !ts.isStringLiteral(node) &&
    !ts.isNoSubstitutionTemplateLiteral(node) &&
    !ts.isTemplateExpression(node)
  )
    return false;
  const text = ts.isTemplateExpression(node) ? node.getText().slice(1, -1) : node.text;
  return /\p{L}{2,}/u.test(text.replace(/\$\{[^}]*\}/g, "")) && !/^[a-z]{2}(-[A-Z]{2})?$/.test(text);
}

/** Text it would show: not a comparison's operand (`typeof x === "string"`), not a call's options. */
function holdsWords(node: ts.Node): boolean {
  if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return false;
  return isWords(node) || (ts.forEachChild(node, (child) => holdsWords(child) || undefined) ?? false);
}

function isBilingualObject(node: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const languages = node.properties.filter((p) => LANGUAGES.has(nameOf(p) ?? ""));
  return new Set(languages.map(nameOf)).size === LANGUAGES.size && languages.some(holdsWords);
}

function comparesWithLanguage(node: ts.Expression): boolean {
  return (
    ts.isBinaryExpression(node) &&
    [node.left, node.right].some((side) => ts.isStringLiteral(side) && LANGUAGES.has(side.text))
  );
}

function isBilingualChoice(node: ts.Node): boolean {
  return (
    ts.isConditionalExpression(node) &&
    comparesWithLanguage(node.condition) &&
    holdsWords(node.whenTrue) &&
    holdsWords(node.whenFalse)
  );
}

/** `sv: "…"` or `const sv = "…"`: Swedish text kept beside an English one. */
function isSwedishBeside(node: ts.Node): boolean {
  if (!ts.isPropertyAssignment(node) && !ts.isVariableDeclaration(node)) return false;
  return nameOf(node) === "sv" && node.initializer !== undefined && holdsWords(node.initializer);
}

export function findBilingualLiterals(fileName: string, source: string): BilingualLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: BilingualLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (isBilingualObject(node) || isBilingualChoice(node) || isSwedishBeside(node)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ line, text: node.getText(file).split("\n")[0] ?? "" });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** How a catalogue types its `sv` and `en`: the annotation of each, or `none`. */
export function catalogueTypes(fileName: string, source: string): { sv: string; en: string } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const types: Record<string, string> = {};
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations)
      if (ts.isIdentifier(d.name) && LANGUAGES.has(d.name.text))
        types[d.name.text] = d.type?.getText(file) ?? "none";
  }
  return { sv: types.sv ?? "none", en: types.en ?? "none" };
}
