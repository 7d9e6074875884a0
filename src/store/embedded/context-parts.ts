// The SQLite store's builders of the parts it makes from its context alone (../context-parts.ts assembles them).
export { accountOps } from "./account-ops.ts";
export { bindingOps } from "./binding-ops.ts";
export { conversationReferenceOps } from "./conversation-reference-ops.ts";
export { dashboardOps } from "./dashboard-ops.ts";
export { eventOps } from "./event-ops.ts";
export { languageOps } from "./language-ops.ts";
export { outboxOps } from "./outbox-ops.ts";
export { roundOps } from "./round-ops.ts";
export { slackInstallationOps } from "./slack-installation-ops.ts";
