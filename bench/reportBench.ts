import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, VigilEvent } from '../src/core/model/events';
import { buildReport, type BuildReportInput } from '../src/core/report/buildReport';
import { renderHtml } from '../src/core/report/render/renderHtml';
import { renderJson } from '../src/core/report/render/renderJson';
import { renderMarkdown } from '../src/core/report/render/renderMarkdown';
import { parseReportJson } from '../src/core/report/parseReport';
import { analyzeEvents } from '../src/core/report/reportFromTranscript';
import { readTranscriptFile } from '../src/core/sources/readTranscript';
import type { BenchRow } from './benchTypes';
import { CLAUDE_SOURCES } from './parseBenchGen';

const TARGET_EVENTS = 10_000;
/** Secrets planted every so often so redaction has real work (they must all disappear). */
const PLANTED = ['OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cD0eF3gH6iJ9k', 'token ghp_R4nd0mT0k3nV4lu3Xy9Zq8Wv7Ut6Sr5Qp4On3M', 'see /home/alicew/projects/app/src/main.ts'];
/** What must not survive redaction: the key bodies and the user name. */
const NEEDLES = ['Ab3dEf6hIj9kLm2nOp5qRs8t', 'R4nd0mT0k3nV4lu3Xy9Zq8W', 'alicew'];

/**
 * A 10,000-event session from the real Claude fixture repeated with fresh ids (reasoning, edits with
 * contents, shell calls and results), gate decisions added on the risky calls, secrets planted in
 * some tool outputs, and the monitors' findings.
 */
async function session10k(): Promise<BuildReportInput> {
  const read = await readTranscriptFile(CLAUDE_SOURCES.long);
  if (!read.session || !read.events.length) throw new Error(`cannot read ${CLAUDE_SOURCES.long}`);
  const sessionId = read.session.id;
  const events: VigilEvent[] = [];
  for (let rep = 0; events.length < TARGET_EVENTS; rep++) {
    for (const e of read.events) {
      if (events.length >= TARGET_EVENTS) break;
      const seq = events.length;
      const copy = { ...e, id: `${e.id}~${rep}`, seq } as VigilEvent;
      if (copy.kind === 'tool_call' || copy.kind === 'tool_result') copy.toolUseId = `${copy.toolUseId}~${rep}`;
      if (copy.kind === 'tool_result' && seq % 50 === 0) copy.output = `${copy.output}\n${PLANTED[seq % PLANTED.length]}`;
      events.push(copy);
      if (copy.kind === 'tool_call' && copy.toolKind === 'shell' && seq % 7 === 0 && events.length < TARGET_EVENTS) {
        events.push({ id: `${sessionId}#gate${seq}`, sessionId, seq: seq + 1, ts: copy.ts, kind: 'gate_decision', decision: { toolUseId: copy.toolUseId, decision: seq % 2 ? 'allow' : 'deny', decidedBy: seq % 3 ? 'threshold' : 'human', score: 40 + (seq % 50), reasons: ['runs a shell command'], reviewer: 'alicew' } });
      }
    }
  }
  const { findings, risks } = analyzeEvents(events);
  const extra: Finding[] = [];
  // The fixture is a well-behaved session; add reasoning flags with spans so highlighting is exercised.
  for (const e of events) {
    if (e.kind !== 'reasoning' || e.text.length < 40 || e.seq % 5) continue;
    extra.push({ id: `${e.id}/bench`, category: 'reward_hacking', severity: 'medium', channel: 'reasoning', monitor: 'bench.synthetic', eventId: e.id, field: 'text', quote: e.text.slice(10, 40), span: { start: 10, end: 40 }, message: 'Synthetic flag for the benchmark' });
  }
  return { session: read.session, events, findings: [...findings, ...extra], risks };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Median of `runs` timings (the machine is shared; the median is steadier than one run). */
function median<T>(runs: number, fn: () => T): { ms: number; value: T } {
  const results = Array.from({ length: runs }, () => time(fn));
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(runs / 2)] as { ms: number; value: T };
}

/** Opens the HTML report from disk in headless Chromium; ms from navigation until every row is built. */
async function renderInChromium(html: string): Promise<{ ms: number; rows: number }> {
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-report-bench-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: dir, TMPDIR: dir },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.body.dataset.rendered !== undefined, null, { timeout: 120_000 });
    const ms = performance.now() - t0;
    const rows = await page.evaluate(() => document.querySelectorAll('article.row').length);
    return { ms, rows };
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Report export of a 10,000-event session: HTML with redaction on (goal < 2 s, build + render), JSON
 * and Markdown, the share spent redacting, opening the JSON again, and the HTML in headless Chromium
 * (bench.ts holds the machine-wide Chromium lock). Baseline: JSON.stringify of
 * the same events, from the same run.
 */
export async function runReportBench(): Promise<BenchRow[]> {
  const input = await session10k();
  const opts = { redact: true, includeFileContents: true, includeReasoning: true };
  const baseline = median(3, () => JSON.stringify(input.events));
  const html = median(3, () => renderHtml(buildReport(input, opts)));
  const report = buildReport(input, opts);
  const json = median(3, () => renderJson(buildReport(input, opts)));
  const md = median(3, () => renderMarkdown(buildReport(input, opts)));
  const buildPlain = median(3, () => buildReport(input, { ...opts, redact: false }));
  const buildRedacted = median(3, () => buildReport(input, opts));
  const parse = median(3, () => parseReportJson(json.value));
  const leaked = NEEDLES.filter((n) => html.value.includes(n) || json.value.includes(n) || md.value.includes(n)).length;
  const flags = report.findings.length;
  const browser = await renderInChromium(html.value);
  return [
    { name: 'events in the session', value: input.events.length, unit: 'events', note: `${flags} findings, ${report.decisions.length} gate decisions, ${report.stats.filesChanged.length} files` },
    { name: 'export HTML (redacted, build + render)', value: html.ms, unit: 'ms', goal: '< 2000 ms', ok: html.ms < 2000, note: `${(html.value.length / 1024 / 1024).toFixed(1)} MB file` },
    { name: 'export JSON (redacted, build + render)', value: json.ms, unit: 'ms', note: `${(json.value.length / 1024 / 1024).toFixed(1)} MB` },
    { name: 'export Markdown (redacted, build + render)', value: md.ms, unit: 'ms', note: `${(md.value.length / 1024).toFixed(0)} kB` },
    { name: 'HTML export / JSON.stringify(events)', value: html.ms / baseline.ms, unit: 'x', note: `baseline ${baseline.ms.toFixed(0)} ms` },
    { name: 'redaction cost (build redacted - plain)', value: buildRedacted.ms - buildPlain.ms, unit: 'ms', note: `${report.redaction.total} replacements; plain build ${buildPlain.ms.toFixed(0)} ms` },
    { name: 'HTML report opened in Chromium (all rows built)', value: browser.ms, unit: 'ms', note: `${browser.rows} rows` },
    { name: 'open report JSON (parse + validate)', value: parse.ms, unit: 'ms', goal: 'ok', ok: parse.value.ok },
    { name: 'planted secrets leaked', value: leaked, unit: 'count', goal: '0', ok: leaked === 0, note: `${NEEDLES.length} kinds planted every 50 events` },
  ];
}
