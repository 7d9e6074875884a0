// The PDSA (PGSA) update form: area, linked points, cycle, phase, then the Plan/Do/Study/Act fields.
import type { ActDecision, PdsaFields } from "../src/domain/pdsa.ts";
import { PDSA_PHASES, PDSA_SUB_STEPS } from "../src/domain/pdsa.ts";
import type { Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Block, Card, InputBlock } from "./model.ts";
import { type Catalogue, strings } from "./strings.ts";
import { basedOnFields, type PdsaFormView } from "./view-models.ts";

export const PDSA_FORM = "pdsa-update";
export const PDSA_TEXT_MAX_LENGTH = 2000;
const DECISIONS: readonly ActDecision[] = ["adopt", "adapt", "abandon"];

type TextField = Exclude<keyof PdsaFields, "points" | "cycle" | "phase" | "decision" | "subSteps">;

export function pdsaUpdateForm(view: PdsaFormView, locale: Locale): Card {
  const t = strings(locale);
  const latest = view.latest;
  return {
    kind: PDSA_FORM,
    title: t.pdsa.title,
    summary: t.pdsa.summary(view.organisationName),
    blocks: [
      // Who it is for, as on the self-assessment: a project manager may fill it in for any organisation.
      { type: "facts", facts: [{ label: t.assessment.organisation, value: view.organisationName }] },
      { type: "text", text: t.pdsa.intro, muted: true },
      ...(view.lastUpdate
        ? [
            {
              type: "text" as const,
              text: t.pdsa.lastUpdate(formatDate(view.lastUpdate, locale)),
              muted: true,
            },
          ]
        : []),
      ...cycleBlocks(t, view, locale),
      {
        type: "multi-choice",
        id: "subSteps",
        label: t.pdsa.subSteps,
        options: PDSA_SUB_STEPS.map((s) => ({ value: s, label: t.pdsa.subStepNames[s] })),
        values: latest?.subSteps,
        required: false,
      },
      { type: "heading", text: t.pdsa.planHeading },
      ...texts(t, latest, ["aim", "prediction", "measure", "planWho"]),
      { type: "heading", text: t.pdsa.doHeading },
      ...texts(t, latest, ["doneWhat", "surprises"]),
      { type: "heading", text: t.pdsa.studyHeading },
      ...texts(t, latest, ["result", "learned"]),
      { type: "heading", text: t.pdsa.actHeading },
      {
        type: "choice",
        id: "decision",
        label: t.pdsa.decision,
        options: DECISIONS.map((d) => ({ value: d, label: t.decisions[d] })),
        value: latest?.decision,
        required: false,
      },
      ...texts(t, latest, ["nextCycle"]),
    ],
    form: {
      formId: PDSA_FORM,
      submitLabel: t.submit,
      cancelLabel: t.cancel,
      open: { label: t.pdsa.open, command: "pdsa" },
      hidden: {
        roundId: view.roundId,
        organisationId: view.organisationId,
        nonce: view.nonce,
        ...basedOnFields(view),
      },
    },
  };
}

function cycleBlocks(t: Catalogue, view: PdsaFormView, locale: Locale): Block[] {
  const latest = view.latest;
  return [
    {
      ...text(t, latest, "area"),
      multiline: false,
      maxLength: 200,
      required: true,
      requiredMessage: t.pdsa.areaRequired,
    },
    {
      type: "multi-choice",
      id: "points",
      label: t.pdsa.points,
      options: view.checklist.points.map((p, i) => ({ value: p.id, label: `${i + 1}. ${p.title[locale]}` })),
      values: latest?.points,
      required: true,
      requiredMessage: t.pdsa.pointsRequired,
    },
    {
      type: "number-input",
      id: "cycle",
      label: t.pdsa.cycle,
      value: latest?.cycle ?? 1,
      min: 1,
      required: true,
      requiredMessage: t.pdsa.cycleRequired,
    },
    {
      type: "choice",
      id: "phase",
      label: t.pdsa.phase,
      options: PDSA_PHASES.map((p) => ({ value: p, label: t.phases[p] })),
      value: latest?.phase ?? "plan",
      required: true,
      requiredMessage: t.pdsa.phaseRequired,
    },
    {
      type: "date-input",
      id: "startedOn",
      label: t.pdsa.startedOn,
      value: latest?.startedOn,
      required: false,
    },
    { type: "date-input", id: "endedOn", label: t.pdsa.endedOn, value: latest?.endedOn, required: false },
  ];
}

function texts(t: Catalogue, latest: PdsaFields | undefined, fields: TextField[]): InputBlock[] {
  return fields.map((field) => text(t, latest, field));
}

/** An optional multi-line text input whose id is the PdsaFields key and whose label is its catalogue text. */
function text(
  t: Catalogue,
  latest: PdsaFields | undefined,
  field: TextField,
): InputBlock & { type: "text-input" } {
  return {
    type: "text-input",
    id: field,
    label: t.pdsa[field],
    value: latest?.[field],
    multiline: true,
    required: false,
    maxLength: PDSA_TEXT_MAX_LENGTH,
  };
}
