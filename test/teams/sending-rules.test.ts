// The pure rules behind sending: rate windows, back-off, and what each failure means.
import { describe, expect, it } from "vitest";
import { hasWellFormedBearer } from "../../src/adapters/teams/authorization-header.ts";
import { classifySendFailure, retryAfterMs } from "../../src/adapters/teams/send-failure.ts";
import { SlidingWindow } from "../../src/adapters/teams/send-throttle.ts";
import { DEFAULT_RETRY, retryDelay } from "../../src/adapters/teams/send-with-retry.ts";
import { TokenUnavailableError } from "../../src/adapters/teams/token-unavailable.ts";

describe("SlidingWindow", () => {
  it("lets 7 through in a second and moves the rest to the next second", () => {
    const window = new SlidingWindow(7, 1000);
    const slots = Array.from({ length: 10 }, () => window.reserve("c", 0));
    expect(slots).toEqual([0, 0, 0, 0, 0, 0, 0, 1000, 1000, 1000]);
  });

  it("keeps conversations apart", () => {
    const window = new SlidingWindow(1, 1000);
    expect([window.reserve("a", 0), window.reserve("b", 0), window.reserve("a", 0)]).toEqual([0, 0, 1000]);
  });

  it("frees slots as time passes", () => {
    const window = new SlidingWindow(2, 1000);
    window.reserve("c", 0);
    window.reserve("c", 0);
    expect(window.reserve("c", 1500)).toBe(1500);
  });
});

describe("retryDelay", () => {
  const policy = { ...DEFAULT_RETRY, sleep: async () => {}, random: () => 0 };

  it("never waits less than Retry-After, jitter or not", () => {
    expect(retryDelay(1, 3000, policy)).toBe(3000);
    expect(retryDelay(1, 3000, { ...policy, random: () => 0.99 })).toBeGreaterThan(3000);
  });

  it("grows exponentially without Retry-After", () => {
    expect([1, 2, 3].map((a) => retryDelay(a, undefined, policy))).toEqual([500, 1000, 2000]);
  });
});

describe("classifySendFailure", () => {
  const withStatus = (statusCode: number, retryAfter?: string) => ({
    statusCode,
    response: {
      status: statusCode,
      headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) },
    },
  });

  it("retries 429, 412, 502 and 503, reading Retry-After", () => {
    expect(classifySendFailure(withStatus(429, "7"))).toMatchObject({ kind: "retry", retryAfterMs: 7000 });
    for (const status of [412, 502, 503]) expect(classifySendFailure(withStatus(status)).kind).toBe("retry");
  });

  it("calls 500 and 504 unknown: the connector may have created the post before it failed", () => {
    for (const status of [500, 504]) expect(classifySendFailure(withStatus(status)).kind).toBe("ambiguous");
  });

  it("calls 401, 403, 404 and 413 permanent", () => {
    for (const status of [401, 403, 404, 413])
      expect(classifySendFailure(withStatus(status)).kind).toBe("permanent");
  });

  it("calls a token that could not be had unavailable, however deep the pipeline wrapped it", () => {
    const token = new TokenUnavailableError("no token for the Bot Connector: token endpoint answered 503");
    expect(classifySendFailure(new Error("request failed", { cause: token })).kind).toBe("unavailable");
  });

  it("calls a reset or a timeout ambiguous, and a refused connection safe to retry", () => {
    expect(classifySendFailure(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" })).kind).toBe(
      "ambiguous",
    );
    expect(classifySendFailure(new Error("timeout")).kind).toBe("ambiguous");
    expect(classifySendFailure(Object.assign(new Error("refused"), { code: "ECONNREFUSED" })).kind).toBe(
      "retry",
    );
  });

  it("reads Retry-After as an HTTP date too", () => {
    const now = Date.parse("2025-03-03T08:00:00Z");
    expect(retryAfterMs("Mon, 03 Mar 2025 08:00:05 GMT", now)).toBe(5000);
  });
});

describe("hasWellFormedBearer", () => {
  it("accepts only `Bearer` and three base64url parts whose first two are JSON", () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    expect(hasWellFormedBearer(`Bearer ${part({ alg: "RS256" })}.${part({ iss: "x" })}.sig`)).toBe(true);
    expect(hasWellFormedBearer(undefined)).toBe(false);
    expect(hasWellFormedBearer("Bearer")).toBe(false);
    expect(hasWellFormedBearer("Bearer a.b.c")).toBe(false);
    expect(hasWellFormedBearer(`bearer ${part({})}.${part({})}.s`)).toBe(false);
  });
});
