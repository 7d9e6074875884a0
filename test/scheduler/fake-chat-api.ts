// A fake chat platform on 127.0.0.1 that outlives the processes posting to it: it records every post
// with its outbox key as soon as the request has arrived (a post whose sender dies before the answer
// has still arrived), answers after a short delay, and lists a channel's posts for the lookup.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Post {
  channel: string;
  key: string;
}

export interface FakeChatApi {
  readonly url: string;
  readonly posts: Post[];
  /** Called after each recorded post, with the number recorded so far. */
  onPost(listener: (count: number) => void): void;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || "{}");
}

export async function startFakeChatApi(latencyMs: number): Promise<FakeChatApi> {
  const posts: Post[] = [];
  const listeners: ((count: number) => void)[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "POST" && url.pathname === "/post") {
      const { channel = "", key = "" } = await body(req);
      posts.push({ channel, key });
      const ts = String(posts.length);
      for (const listener of listeners) listener(posts.length);
      setTimeout(() => res.end(JSON.stringify({ ok: true, ts })), latencyMs);
      return;
    }
    if (req.method === "GET" && url.pathname === "/history") {
      const channel = url.searchParams.get("channel");
      const messages = posts.flatMap((p, i) =>
        p.channel === channel ? [{ ts: String(i + 1), key: p.key }] : [],
      );
      res.end(JSON.stringify({ ok: true, messages }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    onPost: (listener) => listeners.push(listener),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
