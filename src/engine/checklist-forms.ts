// A round may score several checklist forms (the organisation as a whole, a committee or
// administration). `assess` names the form when there are several; each is kept, totalled and judged
// on its own.
import type { Card } from "../../cards/model.ts";
import type { Checklist } from "../domain/checklist.ts";
import { roundChecklists } from "../domain/round.ts";
import type { Context } from "./context.ts";
import type { Reply } from "./events.ts";
import { findByName } from "./find-by-name.ts";

/** The round's forms that are known, the first one first. */
export function roundForms(ctx: Pick<Context, "actor" | "deps" | "checklist">): Checklist[] {
  const forms = roundChecklists(ctx.actor.round).flatMap((id) => {
    const found = ctx.deps.checklists.get(id);
    return found ? [found] : [];
  });
  return forms.length ? forms : [ctx.checklist];
}

/** The form a submitted card was for: its hidden `checklist`, else the round's first. */
export function submittedForm(
  ctx: Pick<Context, "actor" | "deps" | "checklist">,
  hidden: Readonly<Record<string, string>>,
): Checklist | undefined {
  const id = hidden.checklist;
  if (id === undefined) return ctx.checklist;
  return roundForms(ctx).find((c) => c.id === id && id !== ctx.actor.round.checklist);
}

/** The stored `checklist` of a submission: only a round's second or later form carries one. */
export function storedChecklistId(ctx: Pick<Context, "actor">, checklist: Checklist): string | undefined {
  return checklist.id === ctx.actor.round.checklist ? undefined : checklist.id;
}

/** Slack cuts button text at 24 characters: a longer title gives way to the form's id. */
function buttonLabel(title: string, id: string): string {
  return title.length <= 24 ? title : id;
}

function named(forms: Checklist[], typed: string, ctx: Context): Checklist | undefined {
  const entries = forms.map((c) => ({ id: c.id, name: c.title[ctx.locale], checklist: c }));
  return findByName(entries, typed)?.checklist;
}

/** `assess [form] [organisation]`: the first word is the form when it names one of the round's. */
export function splitFormWord(ctx: Context, argument: string): { formWord: string; rest: string } {
  const [first = "", ...rest] = argument.trim().split(/\s+/);
  const forms = roundForms(ctx);
  if (forms.length > 1 && first && named(forms, first, ctx)) return { formWord: first, rest: rest.join(" ") };
  return { formWord: "", rest: argument.trim() };
}

/**
 * The form `assess [form]` asks for, or the replies that say which forms there are. `suffix` follows each
 * button's command (a project manager's organisation, so that the button acts for the same one).
 */
export function pickForm(
  ctx: Context,
  argument: string,
  suffix = "",
): { ok: true; checklist: Checklist } | { ok: false; replies: Reply[] } {
  const forms = roundForms(ctx);
  const [only] = forms;
  if (forms.length === 1 && only) return { ok: true, checklist: only };
  const picked = argument ? named(forms, argument, ctx) : undefined;
  if (picked) return { ok: true, checklist: picked };
  const card: Card = {
    kind: "notice",
    title: ctx.say.whichFormTitle,
    summary: ctx.say.whichForm(forms.map((c) => c.title[ctx.locale]).join(", ")),
    blocks: [
      {
        type: "text",
        text: ctx.say.whichForm(forms.map((c) => `${c.title[ctx.locale]} (${c.id})`).join(", ")),
      },
      {
        type: "actions",
        actions: forms.map((c) => ({
          type: "command" as const,
          label: buttonLabel(c.title[ctx.locale], c.id),
          command: `assess ${c.id}${suffix}`,
        })),
      },
    ],
  };
  return { ok: false, replies: [{ type: "private", card }] };
}
