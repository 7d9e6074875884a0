// A refused link gets a plain page in both languages: what is wrong and how to get a working link.
import { dashboardStrings, type RefusalReason } from "./dashboard-strings.ts";
import { html } from "./html.ts";
import { STYLE_PATH } from "./render-layout.ts";

export function renderRefusal(reason: RefusalReason): string {
  const sv = dashboardStrings("sv");
  const en = dashboardStrings("en");
  return `<!doctype html>${
    html`<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${sv.refusedTitle} / ${en.refusedTitle}</title>
<link rel="stylesheet" href="${STYLE_PATH}">
</head>
<body>
<main id="content">
<section class="cluster" aria-labelledby="refused-sv">
<h1 id="refused-sv">${sv.refusedTitle}</h1>
<p>${sv.refused[reason]}</p>
</section>
<section class="cluster" lang="en" aria-labelledby="refused-en">
<h2 id="refused-en">${en.refusedTitle}</h2>
<p>${en.refused[reason]}</p>
</section>
</main>
</body>
</html>`.value
  }`;
}
