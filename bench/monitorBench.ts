// Monitor cost per event (all channels) over realistic events — the public fixtures plus the labelled
// eval corpus — and `vigil scan` throughput with monitors on, as a ratio to parse-only on the same
// file in the same run.
import fs from 'node:fs';
import path from 'node:path';
import type { VigilEvent } from '../src/core/model/events';
import { createAnalyzer } from '../src/core/monitors/analyzer';
import { readTranscriptFile } from '../src/core/sources/readTranscript';
import { scanTranscript } from '../src/cli/scanSession';
import type { BenchRow } from './benchTypes';

const FIXTURES = path.resolve('../shared/fixtures/public');
const CORPUS = path.resolve('test/eval/corpus');

function jsonlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonlFiles(p));
    else if (e.name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function median(xs: number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

async function sessions(files: string[]): Promise<VigilEvent[][]> {
  const out: VigilEvent[][] = [];
  for (const f of files) {
    const r = await readTranscriptFile(f);
    if (r.events.length > 0) out.push(r.events);
  }
  return out;
}

/** Times every push; returns per-event durations (ms) overall and by event kind group. */
function timePushes(all: VigilEvent[][]): { all: number[]; text: number[]; calls: number[] } {
  const res = { all: [] as number[], text: [] as number[], calls: [] as number[] };
  for (const events of all) {
    const a = createAnalyzer();
    for (const e of events) {
      const t0 = performance.now();
      a.push(e);
      const dt = performance.now() - t0;
      res.all.push(dt);
      if (e.kind === 'reasoning' || e.kind === 'assistant_message') res.text.push(dt);
      else if (e.kind === 'tool_call') res.calls.push(dt);
    }
  }
  return res;
}

export async function runMonitorBench(): Promise<BenchRow[]> {
  const fixtureFiles = jsonlFiles(FIXTURES);
  const corpusFiles = jsonlFiles(CORPUS);
  const all = await sessions([...fixtureFiles, ...corpusFiles]);
  timePushes(all); // warm-up: JIT and regex compilation
  const t = timePushes(all);
  const sorted = [...t.all].sort((a, b) => a - b);
  const textSorted = [...t.text].sort((a, b) => a - b);
  const callSorted = [...t.calls].sort((a, b) => a - b);
  const med = quantile(sorted, 0.5);
  const rows: BenchRow[] = [
    { name: 'monitor cost per event, median', value: med, unit: 'ms', goal: '< 0.2 ms', ok: med < 0.2, note: `${sorted.length} events from ${fixtureFiles.length} fixtures + ${corpusFiles.length} corpus files` },
    { name: 'monitor cost per event, p95', value: quantile(sorted, 0.95), unit: 'ms' },
    { name: 'monitor cost per reasoning/assistant event, median', value: quantile(textSorted, 0.5), unit: 'ms', note: `${textSorted.length} events; p95 ${quantile(textSorted, 0.95).toFixed(3)} ms` },
    { name: 'monitor cost per tool call, median', value: quantile(callSorted, 0.5), unit: 'ms', note: `${callSorted.length} calls; p95 ${quantile(callSorted, 0.95).toFixed(3)} ms` },
  ];

  const biggest = fixtureFiles.map((f) => ({ f, size: fs.statSync(f).size })).sort((a, b) => b.size - a.size)[0];
  if (biggest) {
    const parseOnly: number[] = [];
    const withMonitors: number[] = [];
    await scanTranscript(biggest.f); // warm-up
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      await readTranscriptFile(biggest.f, { retainEvents: false, onEvents: () => undefined });
      parseOnly.push(performance.now() - t0);
      t0 = performance.now();
      await scanTranscript(biggest.f);
      withMonitors.push(performance.now() - t0);
    }
    const ratio = median(withMonitors) / median(parseOnly);
    const mb = biggest.size / 1e6;
    rows.push({ name: 'vigil scan with monitors / parse-only (same file)', value: ratio, unit: 'x', note: `${path.basename(biggest.f)} ${mb.toFixed(2)} MB; parse ${median(parseOnly).toFixed(1)} ms, scan ${median(withMonitors).toFixed(1)} ms` });
    rows.push({ name: 'vigil scan throughput with monitors', value: mb / (median(withMonitors) / 1000), unit: 'MB/s' });
  }
  return rows;
}
