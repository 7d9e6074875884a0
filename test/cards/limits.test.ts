// The checkers catch what they must, and the renderers keep oversized content within Slack's limits.
import { describe, expect, it } from "vitest";
import { checkBlockKitMessage, checkBlockKitModal } from "../../cards/block-kit-limits.ts";
import type { Block, Card } from "../../cards/model.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { CardRenderError, renderBlockKitMessage, renderBlockKitModal } from "../../cards/render-block-kit.ts";
import { adaptiveCardProblems } from "./adaptive-validator.ts";

type Json = Record<string, unknown>;
const plain = (text: string) => ({ type: "plain_text", text });
const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("Adaptive Card validator", () => {
  it("accepts a minimal 1.5 card", () => {
    expect(
      adaptiveCardProblems({
        type: "AdaptiveCard",
        version: "1.5",
        body: [{ type: "TextBlock", text: "Hej" }],
      }),
    ).toEqual([]);
  });

  it("reports unknown elements, duplicate ids and unlabelled required inputs", () => {
    const problems = adaptiveCardProblems({
      type: "AdaptiveCard",
      version: "1.5",
      body: [
        { type: "Input.Text", id: "a", label: "A", isRequired: true, errorMessage: "Fill A" },
        { type: "Input.Text", id: "a", isRequired: true },
        { type: "Bogus" },
      ],
    });
    expect(problems.some((p) => p.includes("UnknownElementType"))).toBe(true);
    expect(problems.some((p) => p.includes("DuplicateId"))).toBe(true);
    expect(problems.some((p) => p.includes("RequiredInputsShouldHaveLabel"))).toBe(true);
    expect(problems.some((p) => p.includes("RequiredInputsShouldHaveErrorMessage"))).toBe(true);
  });
});

describe("Block Kit checker", () => {
  it("passes a small valid message", () => {
    expect(checkBlockKitMessage({ text: "Hej", blocks: [section("Hej")] })).toEqual([]);
  });

  it("reports a missing top-level text, too many blocks and a long section", () => {
    const blocks = Array.from({ length: 51 }, () => section("x"));
    blocks[3] = section("y".repeat(3001));
    const problems = checkBlockKitMessage({ blocks });
    expect(problems).toContain(
      "message: top-level text is missing (screen readers and notifications need it)",
    );
    expect(problems).toContain("message: 51 blocks, over 50");
    expect(problems).toContain("block 3 (section): 3001 chars, over 3000");
  });

  it("reports long buttons, long options and duplicate action ids", () => {
    const button = { type: "button", action_id: "x", text: plain("A button label of 25 chs.") };
    const select = {
      type: "static_select",
      action_id: "y",
      options: [{ text: plain("o".repeat(76)), value: "1" }],
    };
    const problems = checkBlockKitMessage({
      text: "t",
      blocks: [
        { type: "actions", elements: [button, { ...button }] },
        { type: "input", label: plain("L"), element: select },
      ],
    });
    expect(problems).toContain("block 0 (actions) button: 25 chars, over 24");
    expect(problems).toContain("block 0 (actions): duplicate action_id x");
    expect(problems).toContain("block 1 (input) option: 76 chars, over 75");
  });

  it("reports a modal's long title, too many blocks, big metadata and a missing submit", () => {
    const problems = checkBlockKitModal({
      type: "modal",
      title: plain("A modal title that is too long"),
      private_metadata: "m".repeat(3001),
      blocks: Array.from({ length: 101 }, (_, i) => ({
        type: "input",
        block_id: `b${i}`,
        label: plain("L"),
        element: { type: "plain_text_input", action_id: `a${i}` },
      })),
    });
    expect(problems).toContain("modal title: 30 chars, over 24");
    expect(problems).toContain("modal: private_metadata 3001 chars");
    expect(problems).toContain("modal: 101 blocks, over 100");
    expect(problems).toContain("modal: has inputs but no submit button");
  });
});

describe("renderers keep within the limits", () => {
  const long = "Ett mycket långt stycke text. ".repeat(200);

  it("truncates long section text with …, and keeps the top-level text", () => {
    const card: Card = {
      kind: "t",
      title: "T",
      summary: "Kort sammanfattning",
      blocks: [{ type: "text", text: long }],
    };
    const message = renderBlockKitMessage(card);
    const text = ((message.blocks[1] as Json).text as Json).text as string;
    expect(text.length).toBe(3000);
    expect(text.endsWith("…")).toBe(true);
    expect(message.text).toBe("Kort sammanfattning");
    expect(checkBlockKitMessage(message)).toEqual([]);
  });

  it("cuts a message of more than 50 blocks to 50, the last one saying …", () => {
    const blocks: Block[] = Array.from({ length: 70 }, (_, i) => ({ type: "text", text: `Rad ${i}` }));
    const message = renderBlockKitMessage({ kind: "t", title: "T", summary: "S", blocks });
    expect(message.blocks).toHaveLength(50);
    expect(JSON.stringify(message.blocks[49])).toContain("…");
  });

  it("shortens a modal's title, submit, close and option texts, keeping the full title in a header", () => {
    const card: Card = {
      kind: "t",
      title: "En titel som är mycket längre än tjugofyra tecken",
      summary: "S",
      blocks: [
        {
          type: "choice",
          id: "c",
          label: "Välj",
          options: [{ value: "1", label: "o".repeat(90) }],
          required: true,
        },
      ],
      form: {
        formId: "f",
        submitLabel: "Skicka in självskattningen nu",
        cancelLabel: "Avbryt och stäng fönstret",
        hidden: {},
      },
    };
    const modal = renderBlockKitModal(card);
    expect(checkBlockKitModal(modal)).toEqual([]);
    expect((modal.title as Json).text).toBe("En titel som är mycket …");
    expect((modal.blocks as Json[])[0]).toMatchObject({ type: "header", text: { text: card.title } });
    expect(JSON.stringify(modal)).toContain(`${"o".repeat(74)}…`);
  });

  it("refuses to render a modal whose hidden values exceed private_metadata", () => {
    const card: Card = {
      kind: "t",
      title: "T",
      summary: "S",
      blocks: [],
      form: { formId: "f", submitLabel: "OK", hidden: { big: "x".repeat(3000) } },
    };
    expect(() => renderBlockKitModal(card)).toThrow(CardRenderError);
  });

  it("escapes mrkdwn control characters so user text cannot become a link or mention", () => {
    const card: Card = {
      kind: "t",
      title: "T",
      summary: "S",
      blocks: [{ type: "text", text: "<!channel> & <http://x|y>" }],
    };
    const text = JSON.stringify(renderBlockKitMessage(card).blocks);
    expect(text).toContain("&lt;!channel&gt; &amp; &lt;http://x|y&gt;");
    expect(adaptiveCardProblems(renderAdaptive(card))).toEqual([]);
  });
});
