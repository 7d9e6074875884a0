// Preloaded (`node --import`) into a bot process by the several-instances test: the process's clock
// starts at FAST_CLOCK_START and runs FAST_CLOCK_RATE times as fast as real time, and every timer of the
// global setTimeout/setInterval waits that many times less, so node-cron's five-minute ticks and the
// outbox's ten-minute lease pass in seconds while staying consistent with each other. Processes given
// the same three values share one clock. Timers imported from node:timers (the MongoDB driver's) and
// socket timeouts keep real time. Plain JavaScript: it runs before any TypeScript loader.

import { setTimeout as realSleep } from "node:timers/promises";
import { promisify } from "node:util";

const rate = Number(process.env.FAST_CLOCK_RATE);
const start = Date.parse(process.env.FAST_CLOCK_START ?? "");
const realStart = Number(process.env.FAST_CLOCK_REAL_START);
if (!(rate > 0) || Number.isNaN(start) || !(realStart > 0)) {
  throw new Error(
    "fast-clock: set FAST_CLOCK_RATE, FAST_CLOCK_START (ISO instant) and FAST_CLOCK_REAL_START (ms)",
  );
}

const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
const now = () => Math.floor(start + (realNow() - realStart) * rate);

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
});

// Rounded up, so that a timer never fires before its time on the fast clock.
const scaled = (ms) => Math.ceil((Number(ms) || 0) / rate);
const { setTimeout: realSetTimeout, setInterval: realSetInterval } = globalThis;
const fastSetTimeout = (callback, ms, ...args) => realSetTimeout(callback, scaled(ms), ...args);
fastSetTimeout[promisify.custom] = (ms, value) => realSleep(scaled(ms), value);
globalThis.setTimeout = fastSetTimeout;
globalThis.setInterval = (callback, ms, ...args) => realSetInterval(callback, scaled(ms), ...args);
