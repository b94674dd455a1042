import { randomBytes } from 'node:crypto';
import type { Report } from '../reportSchema';
import { reportClient } from './htmlClient';
import { REPORT_CSS } from './htmlStyles';
import { buildHtmlView, type HtmlView } from './htmlView';

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and U+2028/2029 are escaped
 * so no content can close the element (`</script>`), open a comment, or break a JS parser.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface HtmlRenderOptions {
  /** CSP nonce; random by default (tests may fix it). */
  nonce?: string;
}

/**
 * One self-contained HTML file: no network, inline style and one inline script under a strict CSP
 * (`default-src 'none'`, nonce-only style and script, data: images). Works offline from disk.
 */
export function renderHtml(report: Report, opts: HtmlRenderOptions = {}): string {
  const nonce = opts.nonce ?? randomBytes(18).toString('base64');
  const view: HtmlView = buildHtmlView(report);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${report.generator.name} ${report.generator.version}`)}">
<title>${escapeHtml(`Vigil report: ${view.title}`)}</title>
<style nonce="${nonce}">${REPORT_CSS}</style>
</head>
<body>
<main id="app"><noscript>This report needs JavaScript to show its events; the data is embedded in this file.</noscript></main>
<script type="application/json" id="vigil-data">${jsonForScript(view)}</script>
<script nonce="${nonce}">(${reportClient.toString()})(document, window);</script>
</body>
</html>
`;
}
