// The round's material for a step, as link buttons: the same in the guide and in every reminder. Slack
// cuts button text at 24 characters, so a longer title is listed in the text and its button is numbered.
import type { StepLink } from "../src/domain/round.ts";
import type { Block } from "./model.ts";

const BUTTON_TEXT_MAX = 24;

export function stepLinkBlocks(
  heading: string,
  links: readonly StepLink[] | undefined,
  openNumber: (n: number) => string,
): Block[] {
  if (!links?.length) return [];
  return [
    { type: "text", text: `${heading}\n${links.map((l, i) => `${i + 1}. ${l.title}`).join("\n")}` },
    {
      type: "actions",
      actions: links.map((l, i) => ({
        type: "open-url" as const,
        label: l.title.length <= BUTTON_TEXT_MAX ? l.title : openNumber(i + 1),
        url: l.url,
      })),
    },
  ];
}
