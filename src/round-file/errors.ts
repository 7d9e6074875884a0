// What goes wrong in a round or checklist file, located so an operator can go straight to it.

export interface RoundFileError {
  file: string;
  /** 1-based line; 0 when the file could not be read at all. */
  line: number;
  /** Where in the file's structure, e.g. `clusters[1].meetings.benchmarking-2.host`; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** The same in Swedish, for an operator whose CLI speaks Swedish. */
  sv?: string | undefined;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    return text === "" ? segment : `${text}.${segment}`;
  }, "");
}

/** `file:line: path: message`, the shape editors and terminals turn into a link. */
export function formatRoundFileError(error: RoundFileError, locale: "sv" | "en" = "en"): string {
  const where = error.line > 0 ? `${error.file}:${error.line}` : error.file;
  const message = locale === "sv" && error.sv ? error.sv : error.message;
  return error.path ? `${where}: ${error.path}: ${message}` : `${where}: ${message}`;
}
