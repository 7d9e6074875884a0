// The idempotency key of a user's write: the platform's delivery key, scoped to what is written and for
// whom, so that a key sent again for another organisation (or a forged one) can never return, or stand
// in for, someone else's saved answers.
export function writeKey(kind: string, roundId: string, organisationId: string, deliveryKey: string): string {
  return `${kind}:${roundId}:${organisationId}:${deliveryKey}`;
}
