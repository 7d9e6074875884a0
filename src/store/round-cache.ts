// Every request needs the rounds (who is who, which channel is whose); reading and validating them from
// the store each time costs more than the rest of a status request. They change only on import, so
// they are kept for a few seconds, and at once anew after this process saves one. Another instance's
// import (MongoDB, several bots) is seen within ROUND_CACHE_MS.
import type { Round } from "../domain/round.ts";
import type { Store } from "./port.ts";

export const ROUND_CACHE_MS = 5_000;

export function withRoundCache(store: Store, nowMs: () => number = () => performance.now()): Store {
  let cached: { rounds: Promise<Round[]>; at: number } | undefined;
  const rounds = (): Promise<Round[]> => {
    if (!cached || nowMs() - cached.at > ROUND_CACHE_MS) {
      const loading = store.listRounds();
      cached = { rounds: loading, at: nowMs() };
      // A failed read is not kept: the next request asks the store again.
      loading.catch(() => {
        if (cached?.rounds === loading) cached = undefined;
      });
    }
    return cached.rounds;
  };
  return Object.assign(Object.create(store) as Store, {
    listRounds: rounds,
    async getRound(roundId: string) {
      return (await rounds()).find((r) => r.id === roundId);
    },
    async eraseAll() {
      cached = undefined;
      await store.eraseAll();
      cached = undefined;
    },
    async saveRound(round: Round) {
      cached = undefined;
      const result = await store.saveRound(round);
      cached = undefined;
      return result;
    },
  });
}
