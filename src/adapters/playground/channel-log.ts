// What the bot posted in each playground channel (an organisation's channel, or the project managers'),
// kept in memory for the page: the playground is a local demonstration, not a record.
import type { Card } from "../../../cards/model.ts";

export const PROJECT_MANAGERS_CHANNEL = "project-managers";
const KEEP_PER_CHANNEL = 200;

export interface ChannelPost {
  id: string;
  /** The playground clock's time of the post. */
  at: string;
  /** The outbox key the scheduler gave, e.g. round/organisation/meeting/kind. */
  key: string;
  card: Card;
}

export class ChannelLog {
  private readonly posts = new Map<string, ChannelPost[]>();

  record(channel: string, post: ChannelPost): void {
    const list = this.posts.get(channel) ?? [];
    list.push(post);
    // Oldest posts go first: a clock jumped across a whole round must not grow memory without bound.
    if (list.length > KEEP_PER_CHANNEL) list.splice(0, list.length - KEEP_PER_CHANNEL);
    this.posts.set(channel, list);
  }

  postsIn(channel: string): readonly ChannelPost[] {
    return this.posts.get(channel) ?? [];
  }

  /** Forgets every post (the playground's start over). */
  clear(): void {
    this.posts.clear();
  }

  channels(): string[] {
    return [...this.posts.keys()];
  }
}
