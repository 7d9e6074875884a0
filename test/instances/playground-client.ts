// Fills in the self-assessment through the playground's HTTP API as its page does: `bedöm` opens the
// form, the submit sends the scores with one submit id per click. When an instance does not answer, the
// same click is sent to the next one (a load balancer's retry), so a submission is acknowledged once.
import type { BotProcess } from "./bot-process.ts";

export interface Acknowledged {
  submitId: string;
  /** The instance that acknowledged it. */
  by: string;
  attempts: number;
}

interface Reply {
  type: string;
  adaptive?: {
    body: { type: string; id?: string }[];
    actions: { verb: string; data: Record<string, unknown> }[];
  };
}

async function post(bot: BotProcess, path: string, body: unknown): Promise<Reply[]> {
  const response = await fetch(`${bot.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${bot.name} ${path}: HTTP ${response.status}`);
  return ((await response.json()) as { replies?: Reply[] }).replies ?? [];
}

async function attempt(bot: BotProcess, email: string, submitId: string): Promise<void> {
  const [form] = await post(bot, "/playground/command", { email, text: "bedöm" });
  const action = form?.adaptive?.actions[0];
  if (form?.type !== "form" || !action) throw new Error(`${bot.name}: no form for ${email}: ${form?.type}`);
  const scores = (form.adaptive?.body ?? [])
    .filter((e) => e.type === "Input.ChoiceSet" && e.id)
    .map((e) => [e.id ?? "", "2"]);
  const data = { ...action.data, ...Object.fromEntries(scores) };
  const replies = await post(bot, "/playground/submit", { email, verb: action.verb, data, submitId });
  if (replies[0]?.type !== "form-accepted")
    throw new Error(`${bot.name}: ${email}'s submission answered ${replies.map((r) => r.type)}`);
}

/** Tries the instances in turn, up to six attempts, until one acknowledges the submission. */
export async function submitAssessment(
  instances: BotProcess[],
  email: string,
  submitId: string,
): Promise<Acknowledged> {
  const errors: string[] = [];
  for (let attempts = 1; attempts <= 6; attempts++) {
    const bot = instances[(attempts - 1) % instances.length];
    if (!bot) break;
    try {
      await attempt(bot, email, submitId);
      return { submitId, by: bot.name, attempts };
    } catch (error) {
      errors.push(String(error));
    }
  }
  throw new Error(`${submitId} was never acknowledged: ${errors.join("; ")}`);
}
