// A channel sender for the fake chat API, with the lookup by key that Slack's message metadata allows.
import type { ChannelSender } from "../../src/delivery/sender-port.ts";

export function httpSender(baseUrl: string): ChannelSender {
  return {
    platform: "slack",
    async send(home, card, key, options) {
      if (options?.handOff && !(await options.handOff()))
        return { ok: false, permanent: false, ambiguous: false, error: "taken" };
      try {
        const response = await fetch(`${baseUrl}/post`, {
          method: "POST",
          body: JSON.stringify({ channel: home.channel, key, title: card.title }),
        });
        const answer = (await response.json()) as { ts: string };
        return { ok: true, messageId: answer.ts };
      } catch (error) {
        return { ok: false, permanent: false, ambiguous: true, error: String(error) };
      }
    },
    async findSent(home, key) {
      const response = await fetch(`${baseUrl}/history?channel=${encodeURIComponent(home.channel)}`);
      const answer = (await response.json()) as { messages: { ts: string; key: string }[] };
      return answer.messages.find((m) => m.key === key)?.ts;
    },
  };
}
