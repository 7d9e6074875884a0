// Parses YAML (and JSON, which is YAML) keeping node positions, so that any error found later in
// the plain data can be traced back to the line it came from.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { formatPath, type PathSegment, type RoundFileError } from "./errors.ts";

export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

export type ParsedYaml =
  | { ok: true; source: YamlSource; data: unknown }
  | { ok: false; errors: RoundFileError[] };

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2027-03-01` stays a string, it is never turned into a Date.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Only the first syntax error: the parser's later ones mostly follow from it and would mislead.
  const [first] = doc.errors;
  if (first) {
    const line = first.linePos?.[0].line ?? 1;
    const message = `${firstLine(first.message)}: fix the YAML syntax here`;
    const sv = `${firstLine(first.message)}: rätta YAML-syntaxen här`;
    return { ok: false, errors: [{ file, line, path: "", message, sv }] };
  }
  return { ok: true, source: { file, doc, lineCounter }, data: doc.toJS() };
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? text).replace(/ at line \d+, column \d+:?$/, "");
}

interface Step {
  node: Node | undefined;
  /** Where to point for this segment: the key of a mapping entry, or the item of a list. */
  offset: number | undefined;
}

function child(node: unknown, segment: PathSegment): Step | undefined {
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined;
    return item ? { node: item, offset: item.range?.[0] } : undefined;
  }
  if (!isMap(node)) return undefined;
  const pair = node.items.find(
    (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
  );
  if (!pair) return undefined;
  const key = pair.key as Node;
  const value = (pair.value as Node | null) ?? undefined;
  // A scalar value is pointed at; a list or mapping at its key (`people:`), whose line names it.
  const pointAt = value && !isMap(value) && !isSeq(value) ? value : key;
  return { node: value, offset: pointAt.range?.[0] };
}

/** The line of the deepest node on `path` that exists: for a missing field, its parent's line. */
export function lineAt(source: YamlSource, path: readonly PathSegment[]): number {
  let node: Node | undefined = source.doc.contents ?? undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    const step = child(node, segment);
    if (!step) break;
    node = step.node;
    offset = step.offset ?? offset;
  }
  return source.lineCounter.linePos(offset).line;
}

export function errorAt(
  source: YamlSource,
  path: readonly PathSegment[],
  message: string,
  sv?: string,
): RoundFileError {
  return {
    file: source.file,
    line: lineAt(source, path),
    path: formatPath(path),
    message,
    ...(sv ? { sv } : {}),
  };
}
