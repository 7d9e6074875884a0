// The one door to the Slack Web API: every call names a method from web-api-methods.ts.
import { webApi } from "@slack/bolt";
import type { SlackMethod } from "./web-api-methods.ts";

export type SlackApiResult = Record<string, unknown> & { ok?: boolean };

export interface SlackUpload {
  channel: string;
  filename: string;
  title: string;
  bytes: Buffer;
  /** Shown with the file, e.g. the alt text of a chart. */
  comment?: string | undefined;
}

export interface SlackApi {
  call(method: SlackMethod, args: Record<string, unknown>): Promise<SlackApiResult>;
  /** files.getUploadURLExternal, the upload itself, files.completeUploadExternal (the client's uploadV2). */
  upload(file: SlackUpload): Promise<void>;
}

export interface SlackClientConfig {
  botToken: string;
  /** Web API base URL ending in `/`, e.g. `https://slack.com/api/`. */
  apiUrl: string;
  /** Milliseconds before a call is abandoned (its outcome is then unknown). */
  timeoutMs?: number;
}

/**
 * No automatic retries: the client's default retries a post for 30 minutes and may post it twice. 429s
 * are rejected with their Retry-After so that the caller decides (see slack-sender.ts).
 */
export function webClientOptions(
  config: Pick<SlackClientConfig, "apiUrl" | "timeoutMs">,
): webApi.WebClientOptions {
  return {
    slackApiUrl: config.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: config.timeoutMs ?? 10_000,
  };
}

export function createSlackApi(
  config: SlackClientConfig,
  logger: webApi.WebClientOptions["logger"],
): SlackApi {
  const client = new webApi.WebClient(config.botToken, { ...webClientOptions(config), logger });
  return {
    call: async (method, args) => (await client.apiCall(method, args)) as SlackApiResult,
    upload: async (file) => {
      await client.filesUploadV2({
        channel_id: file.channel,
        file: file.bytes,
        filename: file.filename,
        title: file.title,
        ...(file.comment ? { initial_comment: file.comment } : {}),
      });
    },
  };
}
