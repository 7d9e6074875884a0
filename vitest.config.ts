import { defineConfig } from "vitest/config";

/**
 * Teams test files that do not run through an adapter (config, manifest, pure sending rules): run once, in
 * the default project.
 */
const NOT_PER_TEAMS_LIBRARY = ["boundary", "config", "manifest", "sending-rules"].map(
  (name) => `test/teams/${name}.test.ts`,
);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "default",
          include: ["test/**/*.test.ts"],
          // Starts the jongodb emulator for the MongoDB tests unless MONGODB_URI names a server.
          globalSetup: ["test/mongo/global-setup.ts"],
        },
      },
      {
        // The same Teams tests against the Teams SDK adapter (test/teams/adapter-under-test.ts): one
        // suite, two adapters. The default project runs them against botbuilder. The delivery tests'
        // Slack half runs twice as well; it is cheap.
        extends: true,
        test: {
          name: "teams-sdk",
          // With the delivery tests that post through the Teams sender (test/delivery/real-senders.ts).
          include: ["test/teams/**/*.test.ts", "test/delivery/**/*.test.ts"],
          exclude: NOT_PER_TEAMS_LIBRARY,
          env: { TEAMS_LIBRARY: "teams" },
        },
      },
    ],
  },
});
