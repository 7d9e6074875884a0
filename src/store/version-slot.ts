// Where a new version goes, in either store: its group (round, organisation, group key) and its
// idempotency key.
export interface VersionSlot {
  roundId: string;
  organisationId: string;
  groupKey: string;
  idempotencyKey: string;
  submittedAt: string;
}
