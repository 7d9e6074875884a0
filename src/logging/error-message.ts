// How an error reads in one line for a person (a report line, a health reason, a refusal). A log line takes
// the Error itself (`err`), so that its stack, code and cause are kept.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
