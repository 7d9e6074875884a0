// Slack shows no charts in messages: the results chart goes up as a PNG beside the message, and the
// message keeps the same numbers as a table when the upload is refused.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { ackMessage } from "./ack-message.ts";
import { type Harness, startHarness } from "./harness.ts";
import { ORG_CHANNEL, slashCommand } from "./payloads.ts";
import { FORM } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function resultsCard(): Card {
  return {
    kind: "results",
    title: "Resultat: Grums kommun",
    summary: "Grums kommun: senaste summa 20 av 30.",
    blocks: [
      {
        type: "chart",
        title: "Nivå per punkt och omgång",
        categoryLabel: "Punkt",
        categories: ["1", "2"],
        series: [
          { label: "Nolläge", values: [1, 2] },
          { label: "Möte 2", values: [2, 3] },
        ],
        max: 3,
      },
    ],
  };
}

describe("a results chart in Slack", () => {
  it("is posted as a table and uploaded as a PNG to the same channel", async () => {
    h.reply(() => [{ type: "message", card: resultsCard() }]);
    const response = await h.send(slashCommand("resultat", h.slack.responseUrl("r1")), FORM);
    await h.adapter.settled();
    expect(JSON.stringify(ackMessage(response)?.blocks)).toMatch(/Möte 2.*3/);
    const [asked] = h.slack.callsTo("files.getUploadURLExternal");
    const [completed] = h.slack.callsTo("files.completeUploadExternal");
    expect(completed?.body.channel_id).toBe(ORG_CHANNEL);
    const fileId = ((completed?.body.files ?? []) as { id: string }[])[0]?.id ?? "";
    const png = h.slack.uploaded(fileId);
    expect(png?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Number(asked?.body.length)).toBe(png?.length);
  });

  it("keeps the table alone when the workspace refuses uploads", async () => {
    h.slack.failNext("files.getUploadURLExternal", 1, { kind: "error", error: "missing_scope" });
    h.reply(() => [{ type: "message", card: resultsCard() }]);
    const response = await h.send(slashCommand("resultat", h.slack.responseUrl("r2")), FORM);
    await h.adapter.settled();
    expect(ackMessage(response)?.response_type).toBe("in_channel");
    expect(h.slack.callsTo("response_url")).toHaveLength(0);
    expect(h.slack.callsTo("files.completeUploadExternal")).toHaveLength(0);
  });
});

describe("an export in Slack", () => {
  const file = {
    name: "modellkommuner-2027-2027-12-20.csv",
    mimeType: "text/csv",
    content: "\uFEFFround;total\r\nx;36\r\n",
  };
  const card: Card = {
    kind: "export",
    title: "Export",
    summary: "Export",
    blocks: [{ type: "text", text: file.name }],
  };

  it("posts the card and uploads the file, byte for byte, to the channel it was asked in", async () => {
    h.reply(() => [{ type: "file", card, file }]);
    const response = await h.send(slashCommand("exportera", h.slack.responseUrl("r3")), FORM);
    await h.adapter.settled();
    expect(ackMessage(response)?.text).toBe("Export");
    const [completed] = h.slack.callsTo("files.completeUploadExternal");
    expect(completed?.body.channel_id).toBe(ORG_CHANNEL);
    const fileId = ((completed?.body.files ?? []) as { id: string }[])[0]?.id ?? "";
    expect(h.slack.uploaded(fileId)?.toString("utf8")).toBe(file.content);
  });

  it("uploads a binary workbook as its bytes, not as the base64 text it travels in", async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const workbook = {
      name: "modellkommuner-2027-2027-12-20.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content: bytes.toString("base64"),
      encoding: "base64" as const,
    };
    h.reply(() => [{ type: "file", card, file: workbook }]);
    await h.send(slashCommand("exportera xlsx", h.slack.responseUrl("r5")), FORM);
    await h.adapter.settled();
    const [completed] = h.slack.callsTo("files.completeUploadExternal");
    const fileId = ((completed?.body.files ?? []) as { id: string }[])[0]?.id ?? "";
    expect(h.slack.uploaded(fileId)).toEqual(bytes);
  });

  it("tells the person, in a private note, when the workspace refuses the upload", async () => {
    h.slack.failNext("files.getUploadURLExternal", 1, { kind: "error", error: "missing_scope" });
    h.reply(() => [{ type: "file", card, file }]);
    const response = await h.send(slashCommand("exportera", h.slack.responseUrl("r4")), FORM);
    await h.adapter.settled();
    expect(ackMessage(response)?.text).toBe("Export");
    const notes = h.slack.callsTo("response_url").map((c) => c.body);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(notes[0])).toContain("files:write");
  });
});
