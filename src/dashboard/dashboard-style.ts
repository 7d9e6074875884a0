// The dashboard's one small stylesheet: readable at 390 px, tables scroll sideways inside their box, states
// carry words and symbols as well as colour, and focus is always visible.
export const DASHBOARD_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --accent: #1f5f8b;
  --done: #1e6b34; --late: #a4262c; --missing: #6b4d00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fafafa; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 1; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 16px; }
header h1 { margin: 0; font-size: 1.4rem; }
header p { margin: 4px 0 0; color: var(--muted); }
header nav { margin-top: 6px; display: flex; gap: 16px; flex-wrap: wrap; }
main { padding: 8px 16px 32px; max-width: 1600px; }
section.cluster { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px 16px; margin: 16px 0; }
h2 { font-size: 1.25rem; margin: 8px 0; }
h3 { font-size: 1.05rem; margin: 16px 0 4px; }
.links { display: flex; gap: 16px; flex-wrap: wrap; margin: 8px 0; }
.table-wrap { overflow-x: auto; max-width: 100%; }
/* A table wider than its box shows a shadow on the side that scrolls, so that what is cut is seen to go on:
   the white covers (local) move with the table and hide each shadow (scroll) once that edge is reached. */
.table-wrap {
  background:
    linear-gradient(to right, #fff 30%, rgb(255 255 255 / 0)) left / 40px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgb(255 255 255 / 0)) right / 40px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 16px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 16px 100% no-repeat scroll;
}
/* The organisation stays in view while the due items scroll past it. */
table.due-table th[scope="row"], table.due-table thead th:first-child {
  position: sticky; left: 0; z-index: 1; box-shadow: inset -1px 0 0 var(--line), inset 1px 0 0 var(--line);
}
.table-wrap:focus-visible { outline: 3px solid #e08a00; }
table { border-collapse: collapse; margin: 8px 0; min-width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
/* A wide table scrolls in its box; its caption stays in view and wraps at the window's width. */
.table-wrap caption { position: sticky; left: 0; max-width: calc(100vw - 48px); }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
ul.due { list-style: none; padding: 0; margin: 4px 0; }
ul.due li { padding: 2px 0; }
td ul.due { margin: 0; }
td ul.due li { padding: 0; }
.state { font-weight: 600; white-space: nowrap; }
.state-done { color: var(--done); }
.state-late, .state-done-late, .state-missed { color: var(--late); }
.state-missing { color: var(--missing); }
details { margin: 8px 0; }
table.due-table th[scope="col"] { font-weight: 600; font-size: 0.85rem; }
table.due-table td { white-space: nowrap; }
.date { font-weight: 400; color: var(--muted); }
summary { cursor: pointer; color: var(--accent); }
.chart { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.chart figure { margin: 0; flex: 1 1 320px; }
.chart figure svg { width: 100%; max-width: 640px; height: auto; }
.chart .table-wrap { flex: 1 1 320px; }
@media (max-width: 480px) {
  main { padding: 4px 8px 24px; }
  section.cluster { padding: 4px 8px 12px; }
  th, td { padding: 3px 5px; font-size: 0.9rem; }
}
`;
