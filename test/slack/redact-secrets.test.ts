// Bolt's and the Web API client's log lines lose every secret before they reach our logger.
import { describe, expect, it } from "vitest";
import { redactSecrets } from "../../src/adapters/slack/redact-secrets.ts";

describe("redactSecrets", () => {
  it("hides the client secret, an install's code, a refresh token and any Slack token", () => {
    const line = redactSecrets(
      'http request body: {"code":"4711.abc","client_id":"1111.2222","client_secret":"s3cret","refresh_token":"xoxe-1-r"} xoxb-1-2-abc xoxe.xoxb-1-rot',
    );
    for (const secret of ["4711.abc", "s3cret", "xoxe-1-r", "xoxb-1-2-abc", "xoxe.xoxb-1-rot"])
      expect(line).not.toContain(secret);
    expect(line).toContain('"client_id":"1111.2222"');
  });

  it("keeps an error's code readable", () => {
    expect(redactSecrets('{"code":"slack_webapi_platform_error"}')).toContain("slack_webapi_platform_error");
  });
});
