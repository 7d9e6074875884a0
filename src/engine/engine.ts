// The conversation engine: one neutral event in, neutral replies out, the same on every platform.

import { LINK_FORMS } from "../../cards/link-form.ts";
import { pickLocale } from "../domain/locale.ts";
import type { Locale, Round } from "../domain/round.ts";
import { findActor } from "./actor.ts";
import { recordIdentityChange, recordRefusal } from "./audit.ts";
import { parseCommand } from "./command-words.ts";
import { assessCommand } from "./commands/assess.ts";
import { bindCommand } from "./commands/bind.ts";
import { calendarCommand } from "./commands/calendar.ts";
import { dashboardCommand } from "./commands/dashboard.ts";
import { descriptionCommand } from "./commands/description.ts";
import { exportCommand } from "./commands/export.ts";
import { guideCommand } from "./commands/guide.ts";
import { helpCommand, unknownCommand } from "./commands/help.ts";
import { historyCommand } from "./commands/history.ts";
import { languageCommand } from "./commands/language.ts";
import { pdsaCommand, submitPdsa } from "./commands/pdsa.ts";
import { publishedCommand } from "./commands/published.ts";
import { resultsCommand } from "./commands/results.ts";
import { setStepCommand } from "./commands/set-step.ts";
import { statsCommand, submitStatistics } from "./commands/stats.ts";
import { statusCommand } from "./commands/status.ts";
import { submitAssessment } from "./commands/submit-assessment.ts";
import { submitLink } from "./commands/submit-link.ts";
import type { Context, EngineDeps } from "./context.ts";
import type { ConversationEngine } from "./engine-port.ts";
import { type InboundEvent, inboundEventSchema, type Reply } from "./events.ts";
import { type PlatformAccount, type Recognition, recognise } from "./identity.ts";
import { locate } from "./locate.ts";
import { messages } from "./messages.ts";
import { privateNotice, publicNotice, refusedForm } from "./replies.ts";

type ActingEvent = Context["event"];

/**
 * What acts on the channel's organisation when asked in its channel (each checked against the permission
 * table there), and what shows nothing of anyone's: the rest is never answered in another organisation's
 * channel, since that organisation reads it (and Teams has no private replies in a channel).
 */
const FOR_THE_CHANNEL: ReadonlySet<string> = new Set([
  "assess",
  "pdsa",
  "stats",
  "guide",
  "home",
  "published",
  "description",
  "results",
  "history",
  "calendar",
]);
// The dashboard link is the person's own: it shows nothing in the channel, and Teams is refused in
// channels by the command itself (a reply there is everyone's).
/** Longer than any command with its argument (a link is at most 2,000 characters). */
export const MAX_COMMAND_LENGTH = 2_500;

const SAFE_ANYWHERE: ReadonlySet<string> = new Set(["help", "unknown", "bind", "language", "dashboard"]);

function foreignChannel(ctx: Context, command: string): Reply[] | undefined {
  const owner = ctx.place.organisationId;
  if (!owner || owner === ctx.actor.organisation?.id) return undefined;
  if (SAFE_ANYWHERE.has(command) || FOR_THE_CHANNEL.has(command)) return undefined;
  const name = ctx.actor.round.organisations.find((o) => o.id === owner)?.name ?? owner;
  return [privateNotice(ctx.say.refusedTitle, ctx.say.notThisChannel(name))];
}

export class Engine implements ConversationEngine {
  constructor(private readonly deps: EngineDeps) {}

  async handle(input: InboundEvent, now: Date): Promise<Reply[]> {
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success || parsed.data.type === "unsupported") return [{ type: "none" }];
    if (parsed.data.type === "installed") return this.welcome(parsed.data);
    const event = parsed.data;
    const rounds = await this.deps.store.listRounds();
    const place = await locate(this.deps.store, rounds, event);
    const placeRound = rounds.find((r) => r.id === place.roundId);
    const fallback = pickLocale(event.user.locale, placeRound?.language ?? rounds[0]?.language ?? "sv");
    const say = messages(fallback);
    const refuse = event.type === "form-submitted" ? refusedForm : privateNotice;
    if (!place.known) return [refuse(say.unknownWorkspaceTitle, say.unknownWorkspace)];
    const who = await recognise(this.deps.store, rounds, event, now);
    if (who.kind !== "recognised") {
      await this.recordUnrecognised(rounds, who, event, now);
      return [refuse(...unrecognisedText(who, say))];
    }
    const actor = findActor(who.trusted, who.email, place.roundId);
    if (!actor) return [refuse(say.unknownPersonTitle, say.unknownPerson(who.email))];
    const ctx = await this.context(event, who.account, actor, place, now);
    if (!ctx) return [refuse(say.refusedTitle, say.formUnknown)];
    return this.dispatch(ctx);
  }

  /**
   * Added to a team, channel or chat: one short welcome, in the channel's language: what the bot is, whose
   * channel this is (or that a project manager should `bind` it), and `help`; in a personal chat, that it is
   * the person's own. Nothing in a workspace that takes part in no round.
   */
  private async welcome(event: Extract<InboundEvent, { type: "installed" }>): Promise<Reply[]> {
    const rounds = await this.deps.store.listRounds();
    const place = await locate(this.deps.store, rounds, event);
    if (!place.known) return [{ type: "none" }];
    const round = rounds.find((r) => r.id === place.roundId) ?? rounds[0];
    const owner = round?.organisations.find((o) => o.id === place.organisationId);
    // A personal chat is the person's own: their platform's language, and nothing to bind.
    const say = event.personal
      ? messages(pickLocale(event.user.locale, round?.language ?? "sv"))
      : messages(owner?.language ?? round?.language ?? pickLocale(event.user.locale, "sv"));
    const roundName = round?.name ?? "";
    const text = event.personal
      ? say.welcomePersonal(roundName)
      : owner
        ? say.welcomeHome(owner.name, roundName)
        : say.welcomeUnbound(roundName);
    return [publicNotice(say.welcomeTitle, text)];
  }

  /** An address claimed from the wrong workspace, or a changed one, is audited and told to the project managers. */
  private async recordUnrecognised(
    rounds: Round[],
    who: Exclude<Recognition, { kind: "recognised" }>,
    event: ActingEvent,
    now: Date,
  ): Promise<void> {
    if (who.kind === "email-changed") {
      await recordIdentityChange(this.deps, rounds, { ...who, now });
      return;
    }
    if (who.kind !== "not-assigned") return;
    const claimed = rounds.filter((r) => findActor([r], who.email, undefined) !== undefined);
    for (const round of claimed) {
      await recordRefusal(this.deps, {
        round,
        account: who.account,
        email: who.email,
        what: `${describeEvent(event)} (an address of this round, from a workspace not assigned to it)`,
        now,
      });
    }
  }

  /**
   * The person's own choice of language, else their organisation's (the round's by default): a Swedish
   * municipality whose Teams client runs in English still hears Swedish.
   */
  private async context(
    event: ActingEvent,
    account: PlatformAccount,
    actor: Context["actor"],
    place: Context["place"],
    now: Date,
  ): Promise<Context | undefined> {
    const { round } = actor;
    const checklist = this.deps.checklists.get(round.checklist);
    if (!checklist) return undefined;
    const chosen = await this.deps.store.getLanguage(actor.email);
    const locale: Locale = chosen ?? actor.organisation?.language ?? round.language;
    return { deps: this.deps, actor, account, checklist, locale, say: messages(locale), now, event, place };
  }

  private async dispatch(ctx: Context): Promise<Reply[]> {
    const { event } = ctx;
    if (event.type === "form-submitted") return this.submit(ctx, event);
    const text = event.type === "command" ? event.text : event.type === "button-pressed" ? event.command : "";
    // No command is this long: the person is told so in their language, and nothing is parsed.
    if (text.length > MAX_COMMAND_LENGTH)
      return [privateNotice(ctx.say.formatTitle, ctx.say.commandTooLong(MAX_COMMAND_LENGTH))];
    const command = parseCommand(text);
    const elsewhere = foreignChannel(ctx, command.name);
    if (elsewhere) return elsewhere;
    switch (command.name) {
      case "status":
        return statusCommand(ctx, command.argument);
      case "assess":
        return assessCommand(ctx, command.argument);
      case "pdsa":
        return pdsaCommand(ctx, command.argument);
      case "guide":
        return guideCommand(ctx, command.argument);
      case "home":
        return guideCommand(ctx, "");
      case "published":
        return publishedCommand(ctx, command.argument);
      case "description":
        return descriptionCommand(ctx, command.argument);
      case "stats":
        return statsCommand(ctx, command.argument);
      case "bind":
        return bindCommand(ctx, command.argument);
      case "results":
        return resultsCommand(ctx, command.argument);
      case "export":
        return exportCommand(ctx, command.argument);
      case "setstep":
        return setStepCommand(ctx, command.argument);
      case "dashboard":
        return dashboardCommand(ctx);
      case "history":
        return historyCommand(ctx, command.argument);
      case "calendar":
        return calendarCommand(ctx, command.argument);
      case "help":
        return helpCommand(ctx);
      case "language":
        return languageCommand(ctx, command.argument);
      case "unknown":
        // A button whose command the bot no longer knows was posted by an older version of it.
        if (event.type === "button-pressed")
          return [privateNotice(ctx.say.outdatedButtonTitle, ctx.say.outdatedButton), ...helpCommand(ctx)];
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
      case LINK_FORMS.presentation:
        return submitLink(ctx, event, "presentation");
      case LINK_FORMS.description:
        return submitLink(ctx, event, "description");
      default:
        return Promise.resolve([refusedForm(ctx.say.refusedTitle, ctx.say.formUnknown)]);
    }
  }
}

function unrecognisedText(
  who: Exclude<Recognition, { kind: "recognised" }>,
  say: ReturnType<typeof messages>,
): [string, string] {
  switch (who.kind) {
    case "no-email":
      return [say.unknownPersonTitle, say.noEmail];
    case "unknown-person":
      return [say.unknownPersonTitle, say.unknownPerson(who.email)];
    case "not-assigned":
      return [say.notAssignedTitle, say.notAssigned(who.email)];
    case "email-changed":
      return [say.identityChangedTitle, say.identityChangedForUser];
  }
}

function describeEvent(event: ActingEvent): string {
  if (event.type === "command") return event.text.split(/\s+/)[0] || "help";
  if (event.type === "button-pressed") return event.command.split(/\s+/)[0] || "button";
  if (event.type === "form-submitted") return `form ${event.formId}`;
  return event.type;
}
