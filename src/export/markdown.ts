// A draft of each organisation's results-conference description: method, results, what was learned.
import { strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";
import { type ReportStrings, reportStrings } from "./markdown-strings.ts";
import type { ExportedOrganisation, RoundExport } from "./round-export.ts";

function signed(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  return n > 0 ? `+${n}` : String(n);
}

function cellText(text: string): string {
  return text.replaceAll("|", "\\|").replace(/\r?\n/g, " ");
}

function method(o: ExportedOrganisation, t: ReportStrings): string[] {
  const lines = [`## ${t.method}`, ""];
  if (o.assessments.length === 0) lines.push(t.methodNoRounds);
  else {
    lines.push(t.methodRounds(o.assessments.length), "");
    for (const a of o.assessments)
      lines.push(
        `- ${(a.late ? t.submittedLate : t.submitted)(t.names.rounds[a.assessmentRound], a.submittedAt.slice(0, 10))}`,
      );
  }
  lines.push("");
  if (o.pdsa.length === 0) lines.push(t.methodNoCycles);
  else {
    lines.push(t.methodCycles(o.pdsa.length), "");
    for (const c of o.pdsa) lines.push(`- ${cellText(t.cycle(c.area, c.cycle, t.names.phases[c.phase]))}`);
  }
  return [...lines, ""];
}

/** One form's results table; with several forms, each under its own heading. */
function results(
  form: { assessments: ExportedOrganisation["assessments"]; ready: boolean },
  checklist: RoundExport["checklist"],
  t: ReportStrings,
  locale: Locale,
  heading: string,
): string[] {
  const { assessments } = form;
  if (assessments.length === 0) return [];
  const heads = assessments.map((a) => t.names.rounds[a.assessmentRound]);
  const lines = [heading, "", `| ${t.point} | ${heads.join(" | ")} | ${t.change} |`];
  lines.push(`|---|${heads.map(() => "---:").join("|")}|---:|`);
  checklist.points.forEach((p, i) => {
    const scores = assessments.map((a) => a.scores[p.id]);
    const scored = scores.filter((s): s is number => s !== undefined);
    const change = scored.length > 1 ? (scored.at(-1) ?? 0) - (scored[0] ?? 0) : null;
    const cells = scores.map((s) => (s === undefined ? "–" : String(s)));
    lines.push(`| ${i + 1}. ${cellText(p.title[locale])} | ${cells.join(" | ")} | ${signed(change)} |`);
  });
  const first = assessments[0];
  const last = assessments.at(-1);
  const totalChange = first && last && first !== last ? last.total - first.total : null;
  lines.push(
    `| **${t.total}** | ${assessments.map((a) => `**${a.total}**`).join(" | ")} | **${signed(totalChange)}** |`,
  );
  return [...lines, "", form.ready ? t.ready : t.notReady, ""];
}

/** The main form's results and every further form's, each judged on its own. */
function allResults(o: ExportedOrganisation, data: RoundExport, t: ReportStrings, locale: Locale): string[] {
  const several = data.checklists.length > 1;
  const heading = (title: string) => (several ? `## ${t.results}: ${title}` : `## ${t.results}`);
  const main = results(o, data.checklist, t, locale, heading(data.checklist.title[locale]));
  const further = (o.forms ?? []).flatMap((form) => {
    const checklist = data.checklists.find((c) => c.id === form.checklist);
    return checklist ? results(form, checklist, t, locale, heading(checklist.title[locale])) : [];
  });
  return [...main, ...further];
}

function learned(o: ExportedOrganisation, t: ReportStrings): string[] {
  const lines = [`## ${t.learned}`, ""];
  const withLessons = o.pdsa.filter((c) => c.result || c.learned || c.decision || c.nextCycle);
  if (withLessons.length === 0) return [...lines, t.noLearned, ""];
  for (const c of withLessons) {
    lines.push(`### ${cellText(c.area)} (${c.cycle})`, "");
    if (c.result) lines.push(`- ${t.result}: ${cellText(c.result)}`);
    if (c.learned) lines.push(`- ${t.lesson}: ${cellText(c.learned)}`);
    if (c.decision) lines.push(`- ${t.decision}: ${t.names.decisions[c.decision]}`);
    if (c.nextCycle) lines.push(`- ${t.next}: ${cellText(c.nextCycle)}`);
    lines.push("");
  }
  return lines;
}

function comments(o: ExportedOrganisation, data: RoundExport, t: ReportStrings): string[] {
  const lines = o.assessments.flatMap((a) =>
    data.checklist.points.flatMap((p, i) => {
      const comment = a.comments[p.id];
      return comment
        ? [`- ${cellText(t.commentLine(i + 1, t.names.rounds[a.assessmentRound], comment))}`]
        : [];
    }),
  );
  return lines.length === 0 ? [] : [`## ${t.comments}`, "", ...lines, ""];
}

function presentations(o: ExportedOrganisation, t: ReportStrings, locale: Locale): string[] {
  if (o.presentations.length === 0) return [];
  const names = strings(locale).meetings;
  return [
    `## ${t.presentations}`,
    "",
    ...o.presentations.map((m) => `- ${names[m.meeting]}: <${m.link}>`),
    "",
  ];
}

function statistics(o: ExportedOrganisation, t: ReportStrings): string[] {
  const r = o.statistics;
  if (!r) return [];
  const routines = (Object.keys(t.routineNames) as (keyof typeof t.routineNames)[])
    .filter((k) => r.routines[k])
    .map((k) => t.routineNames[k]);
  return [
    `## ${t.statistics}`,
    "",
    t.statisticsLine(r.reported, r.bySex),
    routines.length ? t.routines(routines.join(", ")) : t.noRoutines,
    "",
  ];
}

export function toMarkdown(data: RoundExport, locale: Locale): string {
  const t = reportStrings(locale);
  const sections = data.organisations.map((o) =>
    [
      `# ${t.title(o.name, data.round.name)}`,
      "",
      `_${t.draft}_`,
      "",
      ...method(o, t),
      ...allResults(o, data, t, locale),
      ...comments(o, data, t),
      ...learned(o, t),
      ...statistics(o, t),
      ...presentations(o, t, locale),
    ].join("\n"),
  );
  return `${sections.join("\n---\n\n")}\n`;
}
