// The conversation engine: one neutral event in, neutral replies out, the same on every platform.
import type { Locale, Round } from "../domain/round.ts";
import { findActor } from "./actor.ts";
import { parseCommand } from "./command-words.ts";
import { assessCommand } from "./commands/assess.ts";
import { bindCommand } from "./commands/bind.ts";
import { descriptionCommand } from "./commands/description.ts";
import { exportCommand } from "./commands/export.ts";
import { guideCommand } from "./commands/guide.ts";
import { helpCommand, unknownCommand } from "./commands/help.ts";
import { pdsaCommand, submitPdsa } from "./commands/pdsa.ts";
import { publishedCommand } from "./commands/published.ts";
import { resultsCommand } from "./commands/results.ts";
import { setStepCommand } from "./commands/set-step.ts";
import { statsCommand, submitStatistics } from "./commands/stats.ts";
import { statusCommand } from "./commands/status.ts";
import { submitAssessment } from "./commands/submit-assessment.ts";
import type { Context, EngineDeps } from "./context.ts";
import type { ConversationEngine } from "./engine-port.ts";
import { type InboundEvent, inboundEventSchema, type Reply } from "./events.ts";
import { pickLocale } from "./locale.ts";
import { locate } from "./locate.ts";
import { messages } from "./messages.ts";
import { privateNotice, refusedForm } from "./replies.ts";

type ActingEvent = Context["event"];

/** What may be asked in another organisation's channel: nothing there shows one's own figures. */
const SAFE_ANYWHERE: ReadonlySet<string> = new Set(["help", "unknown", "bind"]);

/**
 * A channel that is another organisation's home is read by that organisation: a person's own forms,
 * figures or cluster summary do not belong there (and Teams has no private replies in a channel).
 */
function foreignChannel(ctx: Context, command: string): Reply[] | undefined {
  const owner = ctx.place.organisationId;
  if (!owner || owner === ctx.actor.organisation?.id || SAFE_ANYWHERE.has(command)) return undefined;
  const name = ctx.actor.round.organisations.find((o) => o.id === owner)?.name ?? owner;
  return [privateNotice(ctx.say.refusedTitle, ctx.say.notThisChannel(name))];
}

export class Engine implements ConversationEngine {
  constructor(private readonly deps: EngineDeps) {}

  async handle(input: InboundEvent, now: Date): Promise<Reply[]> {
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success || parsed.data.type === "unsupported" || parsed.data.type === "installed") {
      return [{ type: "none" }];
    }
    const event = parsed.data;
    const rounds = await this.deps.store.listRounds();
    const place = await locate(this.deps.store, rounds, event);
    const placeRound = rounds.find((r) => r.id === place.roundId);
    const fallback = pickLocale(event.user.locale, placeRound?.language ?? rounds[0]?.language ?? "sv");
    const say = messages(fallback);
    const refuse = event.type === "form-submitted" ? refusedForm : privateNotice;
    if (!place.known) return [refuse(say.unknownWorkspaceTitle, say.unknownWorkspace)];
    if (!event.user.email) return [refuse(say.unknownPersonTitle, say.noEmail)];
    const actor = findActor(rounds, event.user.email, place.roundId);
    if (!actor) return [refuse(say.unknownPersonTitle, say.unknownPerson(event.user.email))];
    const ctx = this.context(event, actor.round, actor, place, now);
    if (!ctx) return [refuse(say.refusedTitle, say.formUnknown)];
    return this.dispatch(ctx);
  }

  private context(
    event: ActingEvent,
    round: Round,
    actor: Context["actor"],
    place: Context["place"],
    now: Date,
  ): Context | undefined {
    const checklist = this.deps.checklists.get(round.checklist);
    if (!checklist) return undefined;
    const locale: Locale = pickLocale(event.user.locale, actor.organisation?.language ?? round.language);
    return { deps: this.deps, actor, checklist, locale, say: messages(locale), now, event, place };
  }

  private async dispatch(ctx: Context): Promise<Reply[]> {
    const { event } = ctx;
    if (event.type === "form-submitted") return this.submit(ctx, event);
    const text = event.type === "command" ? event.text : event.type === "button-pressed" ? event.command : "";
    const command = parseCommand(text);
    const elsewhere = foreignChannel(ctx, command.name);
    if (elsewhere) return elsewhere;
    switch (command.name) {
      case "status":
        return statusCommand(ctx, command.argument);
      case "assess":
        return assessCommand(ctx, command.argument);
      case "pdsa":
        return pdsaCommand(ctx);
      case "guide":
      case "home":
        return guideCommand(ctx);
      case "published":
        return publishedCommand(ctx, command.argument);
      case "description":
        return descriptionCommand(ctx, command.argument);
      case "stats":
        return statsCommand(ctx);
      case "bind":
        return bindCommand(ctx, command.argument);
      case "results":
        return resultsCommand(ctx, command.argument);
      case "export":
        return exportCommand(ctx, command.argument);
      case "setstep":
        return setStepCommand(ctx, command.argument);
      case "help":
        return helpCommand(ctx);
      case "unknown":
        return unknownCommand(ctx, command.word);
    }
  }

  private submit(ctx: Context, event: Extract<ActingEvent, { type: "form-submitted" }>): Promise<Reply[]> {
    switch (event.formId) {
      case "self-assessment":
        return submitAssessment(ctx, event);
      case "pdsa-update":
        return submitPdsa(ctx, event);
      case "statistics":
        return submitStatistics(ctx, event);
      default:
        return Promise.resolve([refusedForm(ctx.say.refusedTitle, ctx.say.formUnknown)]);
    }
  }
}
