// A checklist version is data (a JSON file in `checklists/`); every rule works for any points and any scale.
import { z } from "zod";
import type { Locale } from "./round.ts";

const localisedText = z.object({ sv: z.string().min(1), en: z.string().min(1) }).strict();

export const checklistSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes"),
    title: localisedText,
    scale: z
      .object({
        min: z.number().int(),
        max: z.number().int(),
        /** One label per value from min to max, in order. */
        labels: z.array(localisedText),
      })
      .strict(),
    points: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), title: localisedText }).strict())
      .min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.scale.max <= c.scale.min) {
      ctx.addIssue({ code: "custom", path: ["scale", "max"], message: "max must be greater than min" });
    }
    if (c.scale.labels.length !== c.scale.max - c.scale.min + 1) {
      ctx.addIssue({
        code: "custom",
        path: ["scale", "labels"],
        message: `needs exactly one label per value from ${c.scale.min} to ${c.scale.max}`,
      });
    }
    const ids = new Set<string>();
    c.points.forEach((p, i) => {
      if (ids.has(p.id))
        ctx.addIssue({ code: "custom", path: ["points", i, "id"], message: `duplicate id ${p.id}` });
      ids.add(p.id);
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistPoint = Checklist["points"][number];

export function scaleValues(checklist: Checklist): number[] {
  const values: number[] = [];
  for (let v = checklist.scale.min; v <= checklist.scale.max; v++) values.push(v);
  return values;
}

export function scaleLabel(checklist: Checklist, value: number, locale: Locale): string {
  return checklist.scale.labels[value - checklist.scale.min]?.[locale] ?? String(value);
}

export function isOnScale(checklist: Checklist, value: number): boolean {
  return Number.isInteger(value) && value >= checklist.scale.min && value <= checklist.scale.max;
}
