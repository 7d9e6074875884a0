// Finds user-facing text written in both languages outside a catalogue: an object literal with an `sv` and
// an `en` property holding text, a choice on the language between two texts (`locale === "sv" ? "Hej" :
// "Hello"`), Swedish text carried beside English (`{ message, sv: "…" }`), or one text holding both joined
// by " / " (`"Sparat / Saved"`, also as a template or literals joined by `+`). Parsed with the TypeScript
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

// Evidence of a language, word by word, markup left out. Swedish: å, ä or ö, or one of its small words that
// English lacks ("en" is not one: it is also a language tag). English: one of its small words, or a
// lowercase word of four letters or more (a label: "forbidden").
const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
const SWEDISH_WORDS = new Set(
  "och att det som inte med till kan du jag vi ni ingen inget inga finns eller den har ska ett svar svaren kunde ja nej hej".split(
    " ",
  ),
);
const ENGLISH_WORDS = new Set(
  "the a an is are was were not no to of and or in on at for with you your be can cannot this that it by as from has have will yes".split(
    " ",
  ),
);

function words(text: string): string[] {
  return text.replace(/<[^>]*>/g, " ").match(/\p{L}+/gu) ?? [];
}

function isSwedish(text: string): boolean {
  return SWEDISH_LETTERS.test(text) || words(text).some((w) => SWEDISH_WORDS.has(w.toLowerCase()));
}

function isEnglish(text: string): boolean {
  if (isSwedish(text)) return false;
  return words(text).some((w) => ENGLISH_WORDS.has(w.toLowerCase()) || /^[a-z]{4,}$/.test(w));
}

/** The text a string, a template or a `+` chain of them shows; what is filled in counts as `{}`. */
function shownText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join("");
  if (ts.isParenthesizedExpression(node)) return shownText(node.expression);
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
  const left = shownText(node.left);
  const right = shownText(node.right);
  if (left === undefined && right === undefined) return undefined;
  return (left ?? "{}") + (right ?? "{}");
}

/** Swedish on one side of a " / " and English on the other, in either order. */
function isJoinedPair(node: ts.Node): boolean {
  // `("a / b")` is reported as the text inside.
  if (ts.isParenthesizedExpression(node)) return false;
  const text = shownText(node);
  if (text === undefined) return false;
  const parts = text.split(" / ");
  for (let i = 1; i < parts.length; i++) {
    const before = parts.slice(0, i).join(" / ");
    const after = parts.slice(i).join(" / ");
    if ((isSwedish(before) && isEnglish(after)) || (isEnglish(before) && isSwedish(after))) return true;
  }
  return false;
}

export function findBilingualLiterals(fileName: string, source: string): BilingualLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: BilingualLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (isBilingualObject(node) || isBilingualChoice(node) || isSwedishBeside(node) || isJoinedPair(node)) {
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
