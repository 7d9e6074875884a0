// Parses YAML (and JSON, which is YAML) keeping node positions, so that any error found later in
// the plain data can be traced back to the line it came from.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import { errorMessage } from "../logging/error-message.ts";
import { formatPath, type PathSegment, type RoundFileError } from "./errors.ts";
import { inBoth, type RoundFileStrings } from "./round-file-strings.ts";

export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

export type ParsedYaml =
  | { ok: true; source: YamlSource; data: unknown }
  | { ok: false; errors: RoundFileError[] };

/**
 * Limits that keep a hostile or broken file from exhausting the process: a national round (a few hundred
 * organisations) is well under a megabyte, nests six levels deep and needs no aliases at all.
 */
export const YAML_LIMITS = { maxBytes: 2 * 1024 * 1024, maxDepth: 32, maxAliases: 50 } as const;

function failure(file: string, line: number, say: (t: RoundFileStrings) => string): ParsedYaml {
  return { ok: false, errors: [{ file, line, path: "", ...inBoth(say) }] };
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_LIMITS.maxBytes) {
    const mb = YAML_LIMITS.maxBytes / 1024 / 1024;
    return failure(file, 1, (t) => t.fileTooLarge(bytes, mb));
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2027-03-01` stays a string, it is never turned into a Date.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Only the first syntax error: the parser's later ones mostly follow from it and would mislead.
  const [first] = doc.errors;
  if (first && /call stack/i.test(first.message)) {
    const line = first.linePos?.[0].line ?? 1;
    return failure(file, line, (t) => t.nestedTooDeep(YAML_LIMITS.maxDepth));
  }
  if (first) {
    const line = first.linePos?.[0].line ?? 1;
    return failure(file, line, (t) => t.yamlSyntax(firstLine(first.message)));
  }
  const shape = checkShape(doc, lineCounter, file);
  if (shape) return shape;
  try {
    return {
      ok: true,
      source: { file, doc, lineCounter },
      data: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }),
    };
  } catch (error) {
    // An alias to an anchor not (yet) defined, or aliases that expand past the limit.
    const line = lineCounter.linePos(firstAliasOffset(doc) ?? 0).line;
    const reason = errorMessage(error);
    return failure(file, line, (t) => t.aliasUnusable(reason));
  }
}

/** Too deep, or too many aliases: located at the node where the limit was passed. */
function checkShape(doc: Document, lineCounter: LineCounter, file: string): ParsedYaml | undefined {
  let aliases = 0;
  let found: ParsedYaml | undefined;
  visit(doc, (_key, node, path) => {
    const offset = (node as Node | null)?.range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line;
    if (isAlias(node) && ++aliases > YAML_LIMITS.maxAliases) {
      found = failure(file, line, (t) => t.tooManyAliases(YAML_LIMITS.maxAliases));
      return visit.BREAK;
    }
    // Each level of nesting is a collection and the pair that holds it.
    if (
      (isMap(node) || isSeq(node)) &&
      path.filter((p) => isMap(p) || isSeq(p)).length >= YAML_LIMITS.maxDepth
    ) {
      found = failure(file, line, (t) => t.nestedTooDeep(YAML_LIMITS.maxDepth));
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
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
