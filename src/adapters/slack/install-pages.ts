// The pages of "Add to Slack": the install page with its button, and the end of the install (done, or why
// not, with a way to start again). Both languages on one page; no script, no image from elsewhere.
import { type InstallRefusal, installText, PAGE_LANGUAGES } from "./install-texts.ts";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1d}" +
  "section+section{border-top:1px solid #ccc;margin-top:1.5rem}" +
  "a.button{display:inline-block;background:#1d3c5a;color:#fff;padding:.6rem 1.2rem;border-radius:.3rem;text-decoration:none;font-weight:600}";

function page(title: string, sections: string[]): string {
  return (
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${sections.join("")}</body></html>`
  );
}

function section(lang: string, title: string, paragraphs: string[]): string {
  const body = paragraphs.join("");
  return `<section lang="${lang}"><h1>${escapeHtml(title)}</h1>${body}</section>`;
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
const button = (href: string, text: string) =>
  `<p><a class="button" href="${escapeHtml(href)}">${escapeHtml(text)}</a></p>`;

/** GET /slack/install: the "Add to Slack" button, to Slack's authorize URL with a fresh state. */
export function installPage(authorizeUrl: string): string {
  const sections = PAGE_LANGUAGES.map((language) => {
    const t = installText(language);
    return section(t.htmlLang, t.installTitle, [
      paragraph(t.installIntro),
      button(authorizeUrl, t.installButton),
      paragraph(t.installNote),
    ]);
  });
  return page(installText("sv").installTitle, sections);
}

/** The redirect's answer when the installation was stored. */
export function installedPage(workspace: string, bound: boolean): string {
  const sections = PAGE_LANGUAGES.map((language) => {
    const t = installText(language);
    return section(t.htmlLang, t.doneTitle, [
      paragraph(bound ? t.done(workspace) : t.doneUnbound(workspace)),
    ]);
  });
  return page(installText("sv").doneTitle, sections);
}

/** The redirect's answer when nothing was stored. */
export function refusedPage(reason: InstallRefusal, installPath: string): string {
  const sections = PAGE_LANGUAGES.map((language) => {
    const t = installText(language);
    return section(t.htmlLang, t.refusedTitle, [
      paragraph(t.refused[reason]),
      button(installPath, t.startAgain),
    ]);
  });
  return page(installText("sv").refusedTitle, sections);
}
