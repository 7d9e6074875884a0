// Answers through a slash command's or button's response_url. node:http(s) with one keep-alive agent
// per scheme: fetch (undici) costs several times more per post than the rest of a `status` request.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });
const TIMEOUT_MS = 10_000;

export function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const payload = Buffer.from(JSON.stringify(body), "utf8");
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: "POST",
        agent: secure ? httpsAgent : httpAgent,
        headers: { "content-type": "application/json", "content-length": payload.length },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new Error(`response_url answered ${status}`));
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("response_url did not answer in time")));
    req.on("error", reject);
    req.end(payload);
  });
}
