// Panel bench: dist/webview.js in a plain page in headless Chromium (playwright-core), with an
// in-page fake host (bench/panelFakeHost.ts). Measures time to first render of a 100,000-event
// session and append-to-render latency under a 100 events/s stream, against a baseline from the
// same page (a trivial postMessage -> DOM -> frame round trip). Needs /usr/bin/chromium (or
// $CHROMIUM) and must run under `flock /tmp/vigil-e2e.lock` like every Chromium user here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './benchTypes';
import { installFakeHost } from './panelFakeHost';

const TOTAL = 100_000;
const RATE = 100;
const SECONDS = 10;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

export async function runPanelBench(): Promise<BenchRow[]> {
  const { chromium } = await import('playwright-core');
  const root = process.cwd();
  const script = fs.readFileSync(path.join(root, 'dist/webview.js'), 'utf8');
  const css = fs.readFileSync(path.join(root, 'media/panel.css'), 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: profile, TMPDIR: profile },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body><div id="app"></div></body></html>`);
    await page.evaluate(installFakeHost, { total: TOTAL });

    // Baseline: a trivial message rendered by a trivial listener (same page, same measuring method).
    const baseline = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t = await new Promise<number>((resolve) => {
          let t0 = 0;
          const host = document.createElement('div');
          document.body.append(host);
          const onMsg = (ev: MessageEvent) => {
            if (ev.data?.kind !== 'baseline') return;
            window.removeEventListener('message', onMsg);
            t0 = performance.now();
            const mo = new MutationObserver(() => {
              mo.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            mo.observe(host, { childList: true });
            requestAnimationFrame(() => host.append(document.createTextNode(String(ev.data.n))));
          };
          window.addEventListener('message', onMsg);
          window.postMessage({ kind: 'baseline', n: i }, '*');
        });
        out.push(t);
      }
      document.querySelectorAll('body > div:not(#app)').forEach((d) => d.remove());
      return out;
    });

    // First render of the 100k session: from `init` arriving to the first rows in the DOM (+1 frame).
    const first = await page.evaluate(async (src) => {
      const w = window as unknown as { __bench: Record<string, number> };
      const done = new Promise<number>((resolve) => {
        const mo = new MutationObserver(() => {
          if (!document.querySelector('article.row')) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        mo.observe(document.body, { childList: true, subtree: true });
      });
      const s = document.createElement('script');
      s.textContent = src;
      document.body.append(s);
      const rendered = await Promise.race([done, new Promise<number>((r) => setTimeout(() => r(-1), 30_000))]);
      if (rendered < 0) return { ms: -1, fromReady: -1, domRows: 0, body: document.body.innerText.slice(0, 500) };
      await new Promise((r) => setTimeout(r, 300));
      return { ms: rendered - w.__bench.initAt!, fromReady: rendered - w.__bench.readyAt!, domRows: document.querySelectorAll('article.row').length, body: '' };
    }, script);
    if (first.ms < 0) throw new Error(`no rows rendered within 30 s; page errors: ${errors.slice(0, 5).join(' | ')}; page text: ${first.body}`);

    // Live stream: 100 events/s for 10 s; latency from message arrival to the row in the DOM (+1 frame).
    const stream = await page.evaluate(
      async ({ rate, seconds, total }) => {
        const b = (window as unknown as { __bench: { make: (i: number) => { id: string }; post: (m: unknown) => void; arrivals: Map<string, number>; sid: string } }).__bench;
        const lat: number[] = [];
        const domLat: number[] = [];
        const stream = document.querySelector('.stream')!;
        const mo = new MutationObserver((records) => {
          const now = performance.now();
          for (const r of records)
            for (const n of r.addedNodes) {
              const id = n instanceof HTMLElement ? n.dataset.event : undefined;
              const t0 = id ? b.arrivals.get(id) : undefined;
              if (id && t0 !== undefined) {
                b.arrivals.delete(id);
                domLat.push(now - t0);
                requestAnimationFrame(() => lat.push(performance.now() - t0));
              }
            }
        });
        mo.observe(stream, { childList: true });
        const n = rate * seconds;
        for (let k = 0; k < n; k++) {
          const row = total + k;
          b.post({ kind: 'appended', sessionId: b.sid, total: row + 1, rows: [{ row, event: b.make(row) }], findings: [] });
          await new Promise((r) => setTimeout(r, 1000 / rate));
        }
        await new Promise((r) => setTimeout(r, 500));
        mo.disconnect();
        // Share of the viewport covered by rendered rows (a gap means the virtual window is wrong).
        const box = stream.getBoundingClientRect();
        let covered = 0;
        for (const r of stream.querySelectorAll('article.row')) {
          const b = r.getBoundingClientRect();
          covered += Math.max(0, Math.min(b.bottom, box.bottom) - Math.max(b.top, box.top));
        }
        return { lat, domLat, sent: n, domRows: document.querySelectorAll('article.row').length, coverage: covered / box.height };
      },
      { rate: RATE, seconds: SECONDS, total: TOTAL },
    );
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join('; ')}`);
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-results/panel-bench.png') });

    const base = pct(baseline, 50);
    const firstOk = first.ms < 500;
    const p50 = pct(stream.lat, 50);
    const p95 = pct(stream.lat, 95);
    return [
      { name: 'baseline: trivial message -> DOM -> frame (median)', value: base, unit: 'ms' },
      { name: `first render, ${TOTAL.toLocaleString('en')}-event session (init -> rows painted)`, value: first.ms, unit: 'ms', goal: '< 500 ms', ok: firstOk, note: `${(first.ms / base).toFixed(1)}x baseline; ${first.fromReady.toFixed(0)} ms from ready; ${first.domRows} rows in DOM` },
      { name: 'first render / baseline', value: first.ms / base, unit: 'x' },
      { name: `append -> render latency p50 (${RATE}/s for ${SECONDS}s)`, value: p50, unit: 'ms', note: `${(p50 / base).toFixed(2)}x baseline` },
      { name: `append -> render latency p95 (${RATE}/s for ${SECONDS}s)`, value: p95, unit: 'ms', goal: '< 100 ms', ok: p95 < 100, note: `${(p95 / base).toFixed(2)}x baseline; ${stream.lat.length}/${stream.sent} rows measured; DOM-insert p95 ${pct(stream.domLat, 95).toFixed(1)} ms` },
      { name: 'rows in the DOM while streaming (virtualized)', value: stream.domRows, unit: 'rows', goal: '< 200', ok: stream.domRows < 200 },
      { name: 'viewport covered by rendered rows after the stream', value: Math.round(stream.coverage * 100), unit: '%', goal: '>= 99 %', ok: stream.coverage >= 0.99 },
    ];
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
