// What an operator reads in the logs: JSON lines with levels, no secret, and an error's stack, code and cause.
import { expect, it } from "vitest";
import { logLines } from "../fakes/log-lines.ts";

it("writes one JSON line per event, with an ISO time, a level name and the fields", () => {
  const log = logLines("info");
  log.logger.info("round.loaded", { round: "r1", clusters: 3 });
  expect(log.entries).toEqual([{ level: "info", event: "round.loaded", round: "r1", clusters: 3 }]);
});

it("drops lines below the configured level", () => {
  const log = logLines("warn");
  log.logger.debug("noise");
  log.logger.info("noise");
  log.logger.warn("kept");
  log.logger.error("kept too");
  expect(log.entries.map((e) => e.event)).toEqual(["kept", "kept too"]);
});

it("masks tokens and secrets by path, at the top, one level down and in request headers", () => {
  const log = logLines();
  log.logger.info("slack.installed", {
    team: "T1",
    botToken: "xoxb-123",
    installation: { bot: "B1", token: "xoxb-456", refreshToken: "xoxe-789", user: { token: "xoxp-321" } },
    headers: { "x-slack-signature": "v0=abc", "content-type": "application/json" },
    request: { headers: { authorization: "Bearer eyJ" } },
  });
  const line = log.lines[0] ?? "";
  for (const secret of ["xoxb-123", "xoxb-456", "xoxe-789", "xoxp-321", "v0=abc", "Bearer eyJ"])
    expect(line).not.toContain(secret);
  expect(log.entries[0]).toMatchObject({
    team: "T1",
    botToken: "[masked]",
    installation: { bot: "B1", token: "[masked]" },
    headers: { "content-type": "application/json" },
  });
});

it("keeps an error's type, message, stack, code and the cause chain", () => {
  const log = logLines();
  const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:27017"), { code: "ECONNREFUSED" });
  const error = Object.assign(new Error("store unavailable", { cause }), { code: "store_unavailable" });
  log.logger.error("health.store_failing", { err: error });
  const err = log.entries[0]?.err as Record<string, unknown>;
  expect(err.type).toBe("Error");
  expect(err.code).toBe("store_unavailable");
  expect(err.message).toContain("store unavailable");
  expect(err.message).toContain("ECONNREFUSED");
  expect(String(err.stack)).toContain("logger.test.ts");
  expect(String(err.stack)).toContain("caused by: Error: connect ECONNREFUSED");
});

it("serialises an Error passed under `error` too, instead of writing {}", () => {
  const log = logLines();
  log.logger.warn("slack.upload_refused", { error: new TypeError("boom") });
  expect(log.entries[0]?.error).toMatchObject({ type: "TypeError", message: "boom" });
});
