// The links between dashboard pages: each carries the person's token and the page's language.
import type { Locale } from "../domain/round.ts";
import { CALENDAR_PATH, DASHBOARD_PATH } from "./dashboard-links.ts";

export interface PageLinks {
  dashboard(): string;
  cluster(id: string): string;
  calendar(of: { organisation: string } | { cluster: string }): string;
  /** This page in the other language. */
  otherLanguage(current: string, other: Locale): string;
}

export function pageLinks(token: string, locale: Locale): PageLinks {
  const link = (path: string, params: Record<string, string> = {}, lang: Locale = locale) => {
    const query = new URLSearchParams({ ...params, lang, t: token });
    return `${path}?${query.toString()}`;
  };
  return {
    dashboard: () => link(DASHBOARD_PATH),
    cluster: (id) => link(`${DASHBOARD_PATH}/cluster/${encodeURIComponent(id)}`),
    calendar: (of) =>
      link(CALENDAR_PATH, "organisation" in of ? { organisation: of.organisation } : { cluster: of.cluster }),
    otherLanguage: (current, other) => link(current, {}, other),
  };
}
