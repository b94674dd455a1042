/** The HTML report's stylesheet (inline under a nonce): light/dark by prefers-color-scheme, print-friendly. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --add-bg: #dafbe1; --del-bg: #ffebe9; --hunk: #0969da; --low: #8c959f; --medium: #bf8700; --high: #d1242f; --critical: #8250df;
  --mark-low: #eaeef2; --mark-medium: #fff8c5; --mark-high: #ffd8d3; --mark-critical: #fbefff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --add-bg: #12261e; --del-bg: #25171c; --hunk: #4493f8; --low: #9198a1; --medium: #d29922; --high: #f85149; --critical: #ab7df8;
    --mark-low: #262c36; --mark-medium: #3b2e00; --mark-high: #4c1a1a; --mark-critical: #2e1f4d; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 1.5rem; }
pre, code, .command, .diff, .block { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre, .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .5rem; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; overflow-wrap: anywhere; }
.note { margin: .25rem 0; color: var(--muted); }
.muted { color: var(--muted); } .small { font-size: 12px; }
.controls { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center;
  padding: .5rem; margin: 1rem 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.controls select { font: inherit; }
.shown { margin-left: auto; color: var(--muted); }
.chip { display: inline-block; padding: 0 .45rem; border-radius: 1rem; border: 1px solid currentColor; font-size: 12px; white-space: nowrap; }
.sev-low { color: var(--low); } .sev-medium { color: var(--medium); } .sev-high { color: var(--high); } .sev-critical { color: var(--critical); }
.sev-none { color: var(--muted); }
.files { border-collapse: collapse; width: 100%; } .files td { padding: .15rem .5rem; border-bottom: 1px solid var(--line); }
.files .path { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
td.add, .l-add { color: #1a7f37; } td.del, .l-del { color: var(--high); }
.decision.deny strong { color: var(--high); } .decision.allow strong { color: #1a7f37; }
.row { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; padding: .4rem .6rem; margin: .4rem 0; background: var(--bg);
  content-visibility: auto; contain-intrinsic-size: auto 6rem; }
.row.sev-low { border-left-color: var(--low); } .row.sev-medium { border-left-color: var(--medium); }
.row.sev-high { border-left-color: var(--high); } .row.sev-critical { border-left-color: var(--critical); }
article.row { color: var(--fg); } /* the row's sev-* class colours its border, not its text */
.bar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; color: var(--muted); font-size: 12px; }
.bar .label { color: var(--fg); font-weight: 600; overflow-wrap: anywhere; }
.risk { font-weight: 600; } .risk.high { color: var(--high); }
.kind-reasoning .text { font-style: italic; }
mark.flag { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.sev-low { background: var(--mark-low); } mark.sev-medium { background: var(--mark-medium); }
mark.sev-high { background: var(--mark-high); } mark.sev-critical { background: var(--mark-critical); outline: 1px solid var(--critical); }
details { margin: .25rem 0; } summary { cursor: pointer; color: var(--muted); overflow-wrap: anywhere; }
pre.diff, pre.block { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: .4rem; max-height: 32rem; overflow: auto; }
.l-add { display: block; background: var(--add-bg); } .l-del { display: block; background: var(--del-bg); }
.l-hunk { display: block; color: var(--hunk); } .l-ctx { display: block; }
.findings { list-style: none; padding: 0; margin: .3rem 0 0; }
.finding { margin: .2rem 0; color: var(--fg); }
blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; color: var(--muted); }
[hidden] { display: none !important; }
footer { margin-top: 2rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .controls { display: none; }
  .row { break-inside: avoid; content-visibility: visible; }
  pre.diff, pre.block { max-height: none; overflow: visible; }
  a { color: inherit; }
}
`;
