// What Bolt and the Web API client log at debug includes request bodies. The client hides fields named like
// a token, but not the app's client secret or an install's one-time code (oauth.v2.access), so every line
// they log passes through here; a Slack token anywhere in a line is hidden too.
const SECRET_FIELDS = /("(?:client_secret|refresh_token)"\s*:\s*")[^"]*(")/g;
/** The code of an OAuth exchange: only beside the app's client id, so that error codes stay readable. */
const OAUTH_CODE = /("code"\s*:\s*")[^"]*(")/g;
const SLACK_TOKEN = /\b(?:xoxe\.)?xox[a-z]-[A-Za-z0-9-]+/g;

export function redactSecrets(line: string): string {
  const hidden = line.replace(SECRET_FIELDS, "$1[[REDACTED]]$2").replace(SLACK_TOKEN, "[[REDACTED]]");
  return hidden.includes('"client_id"') ? hidden.replace(OAUTH_CODE, "$1[[REDACTED]]$2") : hidden;
}
