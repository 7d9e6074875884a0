// Proactive posts (reminders, notices): chat.postMessage through a per-channel queue, waiting out 429s a
// bounded number of times, never resending a post whose outcome is unknown.
import type { Card } from "../../../cards/model.ts";
import { renderBlockKitMessage } from "../../../cards/render-block-kit.ts";
import type { SendOptions, SendOutcome } from "../../delivery/sender-port.ts";
import type { ChatHome } from "../../domain/round.ts";
import type { Logger } from "../../logging/logger.ts";
import { callWithRetry, type SlackRetryPolicy } from "./call-with-retry.ts";
import {
  type ChannelPacer,
  createChannelPacer,
  DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE,
  workspaceIntervalMs,
} from "./channel-pacer.ts";
import { classifyPostError, type PostFailure } from "./classify-error.ts";
import type { SlackApi } from "./slack-api.ts";
import type { WorkspaceApis } from "./workspace-apis.ts";

export interface SlackSenderOptions {
  /** The Web API with each workspace's own bot token: a home is posted to with its workspace's token. */
  apis?: WorkspaceApis;
  /** One token for every workspace (the CLI's sender with SLACK_BOT_TOKEN alone); ignored with `apis`. */
  api?: SlackApi;
  logger: Logger;
  /** Least time between two posts to one channel. */
  intervalMs?: number;
  /** Least time between two posts leaving for one workspace (SLACK_WORKSPACE_POSTS_PER_MINUTE). */
  workspaceIntervalMs?: number;
  /** How many 429s in a row one post waits out before giving up. */
  maxRateLimitRetries?: number;
  /** A longer Retry-After is not waited for: the post fails and a later tick tries again. */
  maxRetryAfterSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Shared with the replies (delivering-api.ts), so that both keep to one channel's pace together. */
  pacer?: ChannelPacer;
}

export interface SlackSender {
  readonly platform: "slack";
  send(home: ChatHome, card: Card, key: string, options?: SendOptions): Promise<SendOutcome>;
  findSent(home: ChatHome, key: string): Promise<string | undefined>;
  idle(): Promise<void>;
}

/** How far back a lookup reads a channel: reminders are looked for within the outbox lease. */
const HISTORY_PAGES = 5;

/**
 * Slack allows about one post per second per channel. The pacer counts from the previous post's answer,
 * which Slack sent after it had the post, and never lets a timer that fires early cut the second short;
 * the two milliseconds on top are for a platform that rounds arrival times to the millisecond.
 */
export const SLACK_POST_INTERVAL_MS = 1002;

/** Lets a later check find the post that carried an outbox key. */
export const REMINDER_METADATA_TYPE = "modellbot_reminder";

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSlackSender(options: SlackSenderOptions): SlackSender {
  const sleep = options.sleep ?? defaultSleep;
  const pacer =
    options.pacer ??
    createChannelPacer(
      options.intervalMs ?? SLACK_POST_INTERVAL_MS,
      sleep,
      () => performance.now(),
      options.workspaceIntervalMs ?? workspaceIntervalMs(DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE),
    );
  const apiFor = async (home: ChatHome) =>
    options.apis ? options.apis.forWorkspace(home.workspace) : options.api;
  const policy: SlackRetryPolicy = {
    maxRetries: options.maxRateLimitRetries ?? 3,
    maxWaitSeconds: options.maxRetryAfterSeconds ?? 60,
    sleep,
    random: options.random ?? Math.random,
  };
  return {
    platform: "slack",
    send: async (home, card, key, sendOptions) => {
      // Rendered before the wait, so that the post leaves the moment the channel's second is over.
      const args = postArgs(home, card, key);
      return pacer.run(
        home.channel,
        async () => {
          const api = await apiFor(home);
          if (!api) return options.apis?.installs ? paused(home) : noToken(home);
          // The outbox claim is taken here, once the channel's pace lets the post leave.
          if (sendOptions?.handOff && !(await sendOptions.handOff())) return taken();
          const outcome = await post(api, args, policy);
          if (!outcome.ok)
            options.logger.warn("slack: post failed", { key, channel: home.channel, ...outcome });
          return outcome;
        },
        home.workspace,
      );
    },
    findSent: async (home, key) => {
      const api = await apiFor(home);
      return api ? findSent(api, home, key) : undefined;
    },
    idle: () => pacer.idle(),
  };
}

/** The ts of the bot's post that carried this outbox key in its metadata, from the channel's newest messages. */
async function findSent(api: SlackApi, home: ChatHome, key: string): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page += 1) {
    const result = await api.call("conversations.history", {
      channel: home.channel,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    const messages = (result.messages ?? []) as {
      ts?: string;
      metadata?: { event_type?: string; event_payload?: { key?: unknown } };
    }[];
    const found = messages.find(
      (m) => m.metadata?.event_type === REMINDER_METADATA_TYPE && m.metadata.event_payload?.key === key,
    );
    if (found?.ts) return found.ts;
    cursor = (result.response_metadata as { next_cursor?: string } | undefined)?.next_cursor || undefined;
    if (!result.has_more || !cursor) return undefined;
  }
  return undefined;
}

function postArgs(home: ChatHome, card: Card, key: string): Record<string, unknown> {
  return {
    channel: home.channel,
    ...renderBlockKitMessage(card),
    metadata: { event_type: REMINDER_METADATA_TYPE, event_payload: { key } },
  };
}

/** A post creates a message: after an unknown outcome it is not repeated here (the scheduler checks). */
async function post(api: SlackApi, args: Record<string, unknown>, policy: SlackRetryPolicy) {
  try {
    const result = await callWithRetry(() => api.call("chat.postMessage", args), policy, false);
    return { ok: true, messageId: String(result.ts) } satisfies SendOutcome;
  } catch (error) {
    return outcomeOf(classifyPostError(error));
  }
}

function outcomeOf(failure: PostFailure): SendOutcome {
  return {
    ok: false,
    permanent: failure.kind === "permanent",
    ambiguous: failure.kind === "ambiguous",
    error: failure.error,
  };
}

/** Another instance holds the message: nothing was posted. */
function taken(): SendOutcome {
  return { ok: false, permanent: false, ambiguous: false, error: "taken by another instance" };
}

/**
 * With OAuth installs, a workspace without an installation has not installed the app or removed it: its
 * posts are paused, not failed for good (which would mark the channel broken), so that an install resumes
 * them. The outbox records each as not delivered; later ticks try it a few times (MAX_ATTEMPTS), no more.
 */
function paused(home: ChatHome): SendOutcome {
  return {
    ok: false,
    permanent: false,
    ambiguous: false,
    error: `workspace_paused: the app is not installed in Slack workspace ${home.workspace} (Add to Slack resumes it)`,
  };
}

/** Without the workspace's own token the bot cannot post there until its installation is configured. */
function noToken(home: ChatHome): SendOutcome {
  return {
    ok: false,
    permanent: true,
    ambiguous: false,
    error: `no_bot_token: no Slack bot token for workspace ${home.workspace} (set SLACK_BOT_TOKENS)`,
  };
}
