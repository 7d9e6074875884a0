// After a PDSA update: what was recorded, in a few facts.
import { PDSA_TEXT_FIELDS, type PdsaFields } from "../src/domain/pdsa.ts";
import type { Locale } from "../src/domain/round.ts";
import type { Block, Card } from "./model.ts";
import { type Catalogue, strings } from "./strings.ts";
import type { PdsaConfirmationView } from "./view-models.ts";

export function pdsaConfirmation(view: PdsaConfirmationView, locale: Locale): Card {
  const t = strings(locale);
  const u = view.update;
  const facts = [
    { label: t.pdsaDone.area, value: u.area },
    { label: t.pdsaDone.cycle, value: String(u.cycle) },
    { label: t.pdsaDone.phase, value: t.phases[u.phase] },
    { label: t.pdsaDone.points, value: pointNames(view, locale) },
  ];
  if (u.subSteps?.length)
    facts.push({
      label: t.pdsaDone.subSteps,
      value: u.subSteps.map((s) => t.pdsa.subStepNames[s]).join("; "),
    });
  if (u.decision) facts.push({ label: t.pdsaDone.decision, value: t.decisions[u.decision] });
  const blocks: Block[] = [{ type: "facts", facts }, ...phaseTexts(t, u)];
  return {
    kind: "pdsa-confirmation",
    title: t.pdsaDone.title,
    summary: t.pdsaDone.summary(view.organisationName, u.area, u.cycle),
    blocks,
  };
}

function pointNames(view: PdsaConfirmationView, locale: Locale): string {
  const names = view.update.points.map((id) => {
    const i = view.checklist.points.findIndex((p) => p.id === id);
    return i < 0 ? id : `${i + 1}. ${view.checklist.points[i]?.title[locale]}`;
  });
  return names.length ? names.join("; ") : "–";
}

/** The filled-in Plan/Do/Study/Act answers, each as "label: answer". */
function phaseTexts(t: Catalogue, u: PdsaFields): Block[] {
  const facts = PDSA_TEXT_FIELDS.flatMap((k) =>
    u[k]?.trim() ? [{ label: t.pdsa[k], value: u[k] ?? "" }] : [],
  );
  return facts.length ? [{ type: "divider" }, { type: "facts", facts }] : [];
}
