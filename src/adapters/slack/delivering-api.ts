// Every Web API call of the request pipeline (replies, private replies, DMs, button and slash-command
// answers, App Home, form confirmations) goes through here: posts are paced per channel by the same
// pacer as the reminders, so a reply and a fan-out in one channel together keep to Slack's one a second
// (and in one workspace to its workspace pace), and every call is retried by the one rule of call-with-retry.ts.

import { callWithRetry, type SlackRetryPolicy } from "./call-with-retry.ts";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { SlackApi } from "./slack-api.ts";
import type { SlackMethod } from "./web-api-methods.ts";
import type { WorkspaceApis } from "./workspace-apis.ts";

/** Posts that count against the channel's pace. */
const PACED: ReadonlySet<SlackMethod> = new Set(["chat.postMessage", "chat.postEphemeral"]);
/** Calls that create something: repeated after an unknown outcome they could create it twice. */
const CREATES: ReadonlySet<SlackMethod> = new Set(["chat.postMessage", "chat.postEphemeral"]);

export function deliveringApi(
  api: SlackApi,
  pacer: ChannelPacer,
  policy: SlackRetryPolicy,
  workspace?: string,
): SlackApi {
  return {
    call: (method, args) => {
      const call = () => callWithRetry(() => api.call(method, args), policy, !CREATES.has(method));
      const channel = typeof args.channel === "string" ? args.channel : undefined;
      return PACED.has(method) && channel ? pacer.run(channel, call, workspace) : call();
    },
    upload: (file) => callWithRetry(() => api.upload(file), policy, false),
  };
}

export function deliveringApis(
  apis: WorkspaceApis,
  pacer: ChannelPacer,
  policy: SlackRetryPolicy,
): WorkspaceApis {
  return {
    installs: apis.installs,
    forWorkspace: async (workspace) => {
      const api = await apis.forWorkspace(workspace);
      // The wrapper holds no state of its own (the pacer is shared): a new one per request is as good.
      return api && deliveringApi(api, pacer, policy, workspace);
    },
  };
}
