// Checklist versions are JSON files: the bundled folder plus any extra folders an operator names.
// A new version is a new file; a later folder may replace a bundled version by using its id.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { type Checklist, checklistSchema } from "../domain/checklist.ts";
import { projectPath } from "../project-root.ts";
import type { RoundFileError } from "./errors.ts";
import { inBoth } from "./round-file-strings.ts";
import { errorAt, parseYaml } from "./yaml-source.ts";
import { issueToErrors } from "./zod-issues.ts";

export const BUNDLED_CHECKLIST_DIR = `${projectPath("checklists")}/`;

export interface ChecklistLibrary {
  checklists: ReadonlyMap<string, Checklist>;
  errors: RoundFileError[];
}

export function parseChecklistText(
  text: string,
  file: string,
): { ok: true; checklist: Checklist } | { ok: false; errors: RoundFileError[] } {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const result = checklistSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    return { ok: false, errors: result.error.issues.flatMap((i) => issueToErrors(parsed.source, i)) };
  }
  const id = result.data.id;
  if (file.endsWith(".json") && basename(file) !== `${id}.json`) {
    const { message, sv } = inBoth((t) => t.checklistIdDiffers(id));
    return { ok: false, errors: [errorAt(parsed.source, ["id"], message, sv)] };
  }
  return { ok: true, checklist: result.data };
}

async function jsonFiles(dir: string): Promise<string[] | RoundFileError> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.endsWith(".json")).sort();
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    return {
      file: dir,
      line: 0,
      path: "",
      ...inBoth((t) => t.checklistFolderUnreadable(reason)),
    };
  }
}

/** Reads every `*.json` in each folder, in order; the file name must be the checklist's id. */
export async function loadChecklists(dirs: readonly string[]): Promise<ChecklistLibrary> {
  const checklists = new Map<string, Checklist>();
  const errors: RoundFileError[] = [];
  for (const dir of dirs) {
    const names = await jsonFiles(dir);
    if (!Array.isArray(names)) {
      errors.push(names);
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      const result = parseChecklistText(await readFile(file, "utf8"), file);
      if (result.ok) checklists.set(result.checklist.id, result.checklist);
      else errors.push(...result.errors);
    }
  }
  return { checklists, errors };
}
