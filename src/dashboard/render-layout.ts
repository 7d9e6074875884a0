// The page around every dashboard view: language, title, skip link, the header with the language switch.

import type { DashboardStrings } from "./dashboard-strings.ts";
import { type Html, html } from "./html.ts";

export const STYLE_PATH = "/dashboard/style.css";

export interface PageFrame {
  t: DashboardStrings;
  title: string;
  /** The browser tab's title; by default the title and the dashboard's name (a page named after it says it once). */
  documentTitle?: string | undefined;
  subtitle?: string | undefined;
  /** The same page in the other language (the link keeps the token). */
  otherLanguageHref?: string | undefined;
  nav?: Html | undefined;
  body: Html;
}

export function renderPage(frame: PageFrame): string {
  const { t } = frame;
  return `<!doctype html>${
    html`<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.documentTitle ?? `${frame.title} – ${t.dashboard}`}</title>
<link rel="stylesheet" href="${STYLE_PATH}">
</head>
<body>
<a class="skip" href="#content">${t.skip}</a>
<header>
<h1>${frame.title}</h1>
${frame.subtitle ? html`<p>${frame.subtitle}</p>` : ""}
<nav aria-label="${t.dashboard}">${frame.nav ?? ""}${
      frame.otherLanguageHref
        ? html`<a href="${frame.otherLanguageHref}" lang="${t.otherLanguage.lang}" hreflang="${t.otherLanguage.lang}">${t.otherLanguage.label}</a>`
        : ""
    }</nav>
</header>
<main id="content">
${frame.body}
</main>
</body>
</html>`.value
  }`;
}
