// Reads, checks and normalises a round file. Every problem comes back as a located error; nothing throws.
import { readFile } from "node:fs/promises";
import type { Checklist } from "../domain/checklist.ts";
import type { Round } from "../domain/round.ts";
import { errorMessage } from "../logging/error-message.ts";
import { accountWarnings } from "./account-rules.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "./checklist-files.ts";
import { checklistRule } from "./checklist-rule.ts";
import { clusterRules } from "./cluster-rules.ts";
import { dateRules } from "./date-rules.ts";
import type { RoundFileError } from "./errors.ts";
import { lenientRuleProblems } from "./lenient-rules.ts";
import { normaliseRound } from "./normalise-round.ts";
import { organisationRules } from "./organisation-rules.ts";
import { roundFileSchema } from "./round-file-schema.ts";
import { inBoth } from "./round-file-strings.ts";
import { roundWarnings } from "./round-warnings.ts";
import { errorAt, parseYaml } from "./yaml-source.ts";
import { issueToErrors } from "./zod-issues.ts";

export type RoundFileResult =
  /** `warnings`: allowed but probably a mistake (a meeting on a holiday, in July, too soon; a person nobody could recognise yet). */
  | { ok: true; round: Round; checklist: Checklist; warnings: RoundFileError[] }
  | { ok: false; errors: RoundFileError[] };

/** One error per line, path and message, in the order of the file. */
function inFileOrder(errors: RoundFileError[]): RoundFileError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.line}|${e.path}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.line - b.line);
}

/** Parses a round file's text against the checklists known; `fileName` is only used in errors. */
export function parseRoundText(
  text: string,
  fileName: string,
  checklists: ReadonlyMap<string, Checklist>,
): RoundFileResult {
  try {
    return checkRoundText(text, fileName, checklists);
  } catch (error) {
    // A bug or an input past every limit: still a message for the operator, never a stack trace.
    const reason = errorMessage(error);
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          line: 1,
          path: "",
          ...inBoth((t) => t.uncheckable(reason)),
        },
      ],
    };
  }
}

function checkRoundText(
  text: string,
  fileName: string,
  checklists: ReadonlyMap<string, Checklist>,
): RoundFileResult {
  const parsed = parseYaml(text, fileName);
  if (!parsed.ok) return parsed;
  const result = roundFileSchema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (!result.success) {
    // The rules still run on the parts that have their shape: every error in one run.
    const schemaErrors = result.error.issues.flatMap((i) => issueToErrors(parsed.source, i));
    const ruleErrors = lenientRuleProblems(parsed.data, checklists).map((p) =>
      errorAt(parsed.source, p.path, p.message, p.sv),
    );
    return { ok: false, errors: inFileOrder([...schemaErrors, ...ruleErrors]) };
  }
  const file = result.data;
  const problems = [
    ...checklistRule(file, checklists),
    ...organisationRules(file),
    ...clusterRules(file),
    ...dateRules(file),
  ];
  const checklist = checklists.get(file.checklists?.[0] ?? file.checklist ?? "");
  if (problems.length > 0 || !checklist) {
    const errors = problems.map((p) => errorAt(parsed.source, p.path, p.message, p.sv));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  const warnings = [...roundWarnings(file), ...accountWarnings(file)].map((p) =>
    errorAt(parsed.source, p.path, p.message, p.sv),
  );
  return { ok: true, round: normaliseRound(file), checklist, warnings };
}

export interface LoadRoundOptions {
  /** Extra checklist folders, searched after the bundled one (a later folder wins on the same id). */
  checklistDirs?: readonly string[];
}

export async function loadRoundFile(path: string, options: LoadRoundOptions = {}): Promise<RoundFileResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    return {
      ok: false,
      errors: [
        {
          file: path,
          line: 0,
          path: "",
          ...inBoth((t) => t.fileUnreadable(reason)),
        },
      ],
    };
  }
  const library = await loadChecklists([BUNDLED_CHECKLIST_DIR, ...(options.checklistDirs ?? [])]);
  const result = parseRoundText(text, path, library.checklists);
  // A broken checklist file is reported even when this round does not use it: it is still broken.
  if (library.errors.length === 0) return result;
  return { ok: false, errors: [...library.errors, ...(result.ok ? [] : result.errors)] };
}
