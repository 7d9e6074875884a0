// What the engine says about the dashboard, history and calendars, in Swedish and English.
import type { Locale } from "../domain/round.ts";

export interface DashboardMessages {
  dashboardOffTitle: string;
  dashboardOff: string;
  personalChatOnlyTitle: string;
  personalChatOnly: string;
  historyNotYours: string;
  calendarNotYours: string;
}

const sv: DashboardMessages = {
  dashboardOffTitle: "Översikten är inte påslagen",
  dashboardOff:
    "Den här boten har ingen webbadress för översikten än. Be den som driver boten att sätta PUBLIC_URL och DASHBOARD_SECRET.",
  personalChatOnlyTitle: "Fråga mig i en personlig chatt",
  personalChatOnly:
    "Länken till översikten är personlig och skulle synas för alla här. Skriv översikt i en personlig chatt med mig.",
  historyNotYours: "Du kan se din egen organisations historik; mentorer och projektledare ser sina klusters.",
  calendarNotYours: "Du kan hämta din egen organisations kalender; mentorer och projektledare sina klusters.",
};

const en: DashboardMessages = {
  dashboardOffTitle: "The dashboard is not switched on",
  dashboardOff:
    "This bot has no web address for the dashboard yet. Ask whoever runs the bot to set PUBLIC_URL and DASHBOARD_SECRET.",
  personalChatOnlyTitle: "Ask me in a personal chat",
  personalChatOnly:
    "The dashboard link is personal and everyone here would see it. Type dashboard in a personal chat with me.",
  historyNotYours:
    "You can see your own organisation's history; mentors and project managers see their clusters'.",
  calendarNotYours:
    "You can get your own organisation's calendar; mentors and project managers their clusters'.",
};

export function dashboardMessages(locale: Locale): DashboardMessages {
  return locale === "sv" ? sv : en;
}
