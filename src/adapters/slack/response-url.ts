// Answers through a slash command's or button's response_url. node:http(s) with one keep-alive agent
// per scheme: fetch (undici) costs several times more per post than the rest of a `status` request.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { webApi } from "@slack/bolt";

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
          else if (status === 429) reject(rateLimited(res.headers["retry-after"]));
          else reject(new Error(`response_url answered ${status}`));
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("response_url did not answer in time")));
    req.on("error", (error) => reject(requestError(error)));
    req.end(payload);
  });
}

/** In the Web API client's shape, so that call-with-retry.ts reads it by the same rule. */
function rateLimited(header: string | string[] | undefined): Error {
  const value = Number(Array.isArray(header) ? header[0] : header);
  const seconds = Number.isFinite(value) && value >= 0 ? Math.ceil(value) : 1;
  return Object.assign(new Error(`response_url answered 429, retry after ${seconds} s`), {
    code: webApi.ErrorCode.RateLimitedError,
    retryAfter: seconds,
  });
}

function requestError(error: Error): Error {
  return Object.assign(new Error(`response_url: ${error.message}`), {
    code: webApi.ErrorCode.RequestError,
    original: error,
  });
}
