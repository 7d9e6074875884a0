// The layer rules, checked by `npm test` (npm run layers): domain ← engine ← adapters / scheduler ← app.
// Each rule says which modules may not import which, and why, in one line. `cards/` is neutral: it knows the
// domain's types and nothing of any platform.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A cycle of imports that run makes two modules one (a cycle through type imports only is harmless).",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "The domain is the rules of the model: it knows nothing of commands, chats, stores or time.",
      from: { path: "^src/domain/" },
      to: {
        path: "^(src/(engine|adapters|scheduler|store|server|cli|export|round-file|delivery|logging)/|cards/)",
      },
    },
    {
      name: "engine-knows-no-platform",
      severity: "error",
      comment:
        "The engine is the same on every platform: adapters, the scheduler and the stores plug into it.",
      from: { path: "^src/engine/" },
      to: {
        path: "^src/(adapters|scheduler|server|cli|round-file|logging|app\\.ts|main\\.ts|config\\.ts)|^src/store/(embedded|mongo)/",
      },
    },
    {
      name: "cards-are-neutral",
      severity: "error",
      comment:
        "One card model for every platform: cards know the domain's types, never an adapter or the engine.",
      from: { path: "^cards/" },
      to: { path: "^src/(engine|adapters|scheduler|store|server|cli|app\\.ts|main\\.ts|config\\.ts)" },
    },
    {
      name: "adapters-stay-apart",
      severity: "error",
      comment: "Adapters only translate: one platform's adapter never reaches into another's.",
      from: { path: "^src/adapters/([^/]+)/" },
      to: { path: "^src/adapters/([^/]+)/", pathNot: "^src/adapters/$1/" },
    },
    {
      name: "teams-sdk-adapter-knows-no-botbuilder",
      severity: "error",
      comment:
        "The Teams SDK adapter (src/adapters/teams/sdk/) and the shared Teams code it uses never load botbuilder.",
      from: { path: "^src/adapters/teams/sdk/" },
      to: { path: "node_modules/(botbuilder|botframework-)", reachable: true },
    },
    {
      name: "botbuilder-adapter-knows-no-teams-sdk",
      severity: "error",
      comment:
        "botbuilder's adapter and the shared Teams code never load the Teams SDK: only sdk/ and the chooser do.",
      from: {
        path: "^src/adapters/teams/[^/]+$",
        pathNot: "^src/adapters/teams/create-chosen-adapter\\.ts$",
      },
      to: { path: "node_modules/@microsoft/teams\\.", reachable: true },
    },
    {
      name: "adapters-use-the-engine-port",
      severity: "error",
      comment:
        "An adapter sees the engine through its port (events in, replies out) and the workspace rule only.",
      from: { path: "^src/adapters/" },
      to: { path: "^src/engine/", pathNot: "^src/engine/(engine-port|events|locate)\\.ts$" },
    },
    {
      name: "adapters-and-scheduler-not-each-other",
      severity: "error",
      comment:
        "Delivery meets at src/delivery/sender-port.ts: the scheduler never imports an adapter, nor back.",
      from: { path: "^src/(adapters|scheduler)/" },
      to: { path: "^src/(adapters|scheduler)/", pathNot: "^src/$1/" },
    },
    {
      name: "stores-behind-the-port",
      severity: "error",
      comment: "Only the store folder and the composition root pick a store implementation.",
      from: { path: "^src/", pathNot: "^src/(store/|app\\.ts|main\\.ts|cli/)" },
      to: { path: "^src/store/(embedded|mongo)/" },
    },
    {
      name: "no-platform-sdk-in-the-core",
      severity: "error",
      comment:
        "Platform SDKs, drivers and the scheduler library belong to adapters, stores and the scheduler.",
      from: { path: "^(src/(domain|engine)|cards)/" },
      to: {
        dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg"],
        path: "node_modules/(botbuilder[^/]*|@slack/|@resvg/|@microsoft/|mongodb|better-sqlite3|node-cron)",
      },
    },
    {
      name: "no-io-in-the-core",
      severity: "error",
      comment: "The core reads no files and opens no sockets: what it needs is passed in.",
      from: { path: "^(src/(domain|engine)|cards)/" },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|http|https|net|child_process|worker_threads)(/promises)?$",
      },
    },
    {
      name: "config-is-read-once",
      severity: "error",
      comment:
        "src/config.ts is the one reader of the environment; only the composition root and the CLI load it.",
      from: { path: "^src/", pathNot: "^src/(app\\.ts|main\\.ts|cli/)" },
      to: { path: "^src/config\\.ts$", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".json"] },
    exclude: { path: "^(build|bench/out)/" },
  },
};
