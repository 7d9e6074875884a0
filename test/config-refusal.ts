// What loadConfig says about an environment: "accepted", or its refusal message.
import { ConfigError, loadConfig } from "../src/config.ts";

export function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "accepted";
}
