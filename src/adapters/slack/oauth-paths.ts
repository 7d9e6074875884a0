// Where "Add to Slack" lives on the bot's server (Bolt's defaults). Its own module, so that the config can
// check SLACK_INSTALL_REDIRECT_URL against it without loading Bolt.
export const SLACK_INSTALL_PATH = "/slack/install";
export const SLACK_OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";
