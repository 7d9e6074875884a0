// Submitted values from Slack's view state and Teams' Action.Execute data end up in one shape.
import { describe, expect, it } from "vitest";
import { withFormState } from "../../cards/form-state.ts";
import {
  adaptiveSubmission,
  normaliseFormValues,
  valuesFromAdaptiveData,
  valuesFromSlackViewState,
} from "../../cards/form-values.ts";
import { pdsaUpdateForm } from "../../cards/pdsa-update.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { statisticsForm } from "../../cards/statistics.ts";
import { adaptiveInputs } from "./adaptive-walk.ts";
import { skr10, thirteen } from "./fixtures/checklists.ts";

const identity = { roundId: "r1", organisationId: "grums", nonce: "n1" };

// Shaped as Slack sends `view.state.values` in a view_submission.
const slackState = {
  "score:p1": {
    "score:p1": {
      type: "radio_buttons",
      selected_option: { text: { type: "plain_text", text: "3 – Finns" }, value: "3" },
    },
  },
  "score:p2": { "score:p2": { type: "static_select", selected_option: null } },
  "comment:p1": { "comment:p1": { type: "plain_text_input", value: "Bra" } },
  "comment:p2": { "comment:p2": { type: "plain_text_input", value: null } },
  points: { points: { type: "multi_static_select", selected_options: [{ value: "p2" }, { value: "p7" }] } },
  cycle: { cycle: { type: "number_input", value: "2" } },
  "routine:budget": { "routine:budget": { type: "checkboxes", selected_options: [{ value: "true" }] } },
  "routine:followUp": { "routine:followUp": { type: "checkboxes", selected_options: [] } },
};

describe("valuesFromSlackViewState", () => {
  it("flattens view state to input id → value, leaving out empty fields", () => {
    expect(valuesFromSlackViewState(slackState)).toEqual({
      "score:p1": "3",
      "comment:p1": "Bra",
      points: ["p2", "p7"],
      cycle: "2",
      "routine:budget": ["true"],
      "routine:followUp": [],
    });
  });

  it("keeps a value that is not a string for the engine to refuse by name, and never touches the prototype", () => {
    const hostile = JSON.parse(
      '{"__proto__": {"x": {"value": "polluted"}}, "a": "not an object", "b": {"b": 5}, "c": {"c": {"type": "radio_buttons", "selected_option": {"value": {"$gt": ""}}}}}',
    );
    const values = valuesFromSlackViewState(hostile);
    // Issue #16: these were dropped, and the rest of the form was saved without them.
    expect(values).toEqual({ b: 5, c: { $gt: "" } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(valuesFromSlackViewState(null)).toEqual({});
  });
});

describe("valuesFromAdaptiveData", () => {
  it("drops the form id and hidden values, keeps what the user sent (objects too, for the engine to refuse)", () => {
    const card = statisticsForm({ ...identity, organisationName: "Grums" }, "en");
    const action = (renderAdaptive(card).actions as Record<string, unknown>[])[0];
    const data = { ...(action?.data as object), reported: "12", bySex: { $gt: "" } };
    expect(valuesFromAdaptiveData(data)).toEqual({ reported: "12", bySex: { $gt: "" } });
  });

  it("keeps only string hidden values, never a prototype key, and nothing from what is not an object", () => {
    const posted = JSON.parse(
      '{"hiddenKeys":["roundId","nonce",7],"roundId":"r1","nonce":{"x":1},"formId":"statistics",' +
        '"verb":"form:statistics","msteams":{},"__proto__":{"polluted":true},"reported":"12"}',
    );
    const submission = adaptiveSubmission(posted);
    expect(submission).toEqual({
      formId: "statistics",
      hidden: { roundId: "r1" },
      values: { reported: "12" },
    });
    // toEqual looks at own keys only: a "__proto__" copied in would change the objects' prototypes.
    expect(Object.getPrototypeOf(submission.values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(submission.hidden)).toBe(Object.prototype);
    expect((submission.values as Record<string, unknown>).polluted).toBeUndefined();
    for (const nothing of [null, "x", ["a"], 3])
      expect(adaptiveSubmission(nothing)).toEqual({ formId: undefined, hidden: {}, values: {} });
  });

  it("drops a hidden value longer than the bot ever writes (a megabyte nonce)", () => {
    const posted = { hiddenKeys: ["roundId", "nonce"], roundId: "r1", nonce: "n".repeat(1024 * 1024) };
    expect(adaptiveSubmission(posted).hidden).toEqual({ roundId: "r1" });
  });
});

describe("normaliseFormValues", () => {
  it("gives multi-choice as a list and toggles as true/false on both platforms", () => {
    const pdsa = pdsaUpdateForm({ ...identity, checklist: thirteen, organisationName: "Grums" }, "sv");
    expect(normaliseFormValues(pdsa, { points: "p2,p7" }).points).toEqual(["p2", "p7"]);
    expect(normaliseFormValues(pdsa, { points: ["p2"] }).points).toEqual(["p2"]);
    const stats = statisticsForm({ ...identity, organisationName: "Grums" }, "sv");
    const fromSlack = normaliseFormValues(stats, valuesFromSlackViewState(slackState));
    expect(fromSlack).toMatchObject({
      "routine:budget": "true",
      "routine:followUp": "false",
      "routine:decisions": "false",
    });
    const fromTeams = normaliseFormValues(stats, { "routine:budget": "false", "routine:decisions": "true" });
    expect(fromTeams).toMatchObject({ "routine:budget": "false", "routine:decisions": "true" });
  });
});

describe("withFormState", () => {
  it("shows the user's values again with the error next to the field", () => {
    const pdsa = pdsaUpdateForm({ ...identity, checklist: skr10, organisationName: "Grums" }, "en");
    const again = withFormState(
      pdsa,
      { area: "Home care", cycle: "0", points: "p1,p3" },
      { cycle: "Give 1 or more." },
    );
    const inputs = adaptiveInputs(renderAdaptive(again));
    expect(inputs.find((i) => i.id === "area")?.value).toBe("Home care");
    expect(inputs.find((i) => i.id === "cycle")?.value).toBe(0);
    expect(inputs.find((i) => i.id === "points")?.value).toBe("p1,p3");
    expect(again.blocks.find((b) => "id" in b && b.id === "cycle")).toMatchObject({
      error: "Give 1 or more.",
    });
  });

  it("shows an error that belongs to no field at the top", () => {
    const stats = statisticsForm({ ...identity, organisationName: "Grums" }, "en");
    const again = withFormState(stats, {}, { form: "This round is closed." });
    expect(again.blocks[0]).toEqual({ type: "text", text: "⚠ This round is closed." });
  });
});
