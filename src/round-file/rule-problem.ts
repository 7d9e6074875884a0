// A rule broken across fields, before it is located in the file.
import type { PathSegment } from "./errors.ts";

export interface RuleProblem {
  path: PathSegment[];
  message: string;
  /** The same in Swedish. */
  sv?: string | undefined;
}
