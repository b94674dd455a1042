import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './benchTypes';
import { CLAUDE_SOURCES, generateClaudeTranscript } from './parseBenchGen';

interface ChildResult {
  ms: number;
  items: number;
  maxRssMB: number;
  heapPeakMB: number;
}

const MB = 1024 * 1024;

/** The child bundle built next to dist/bench.js by esbuild.mjs. */
function childScript(): string {
  const p = path.join(__dirname, 'parseBenchChild.js');
  if (!fs.existsSync(p)) throw new Error(`${p} missing: run the parse bench through "npm run bench" (node esbuild.mjs builds it)`);
  return p;
}

/** Runs one measurement in a fresh Node process. */
function measure(mode: 'baseline' | 'parse' | 'scan', file: string): ChildResult {
  const res = spawnSync(process.execPath, [childScript(), mode, file], { encoding: 'utf8', maxBuffer: 16 * MB, timeout: 15 * 60_000 });
  if (res.status !== 0) throw new Error(`parse bench child (${mode}) failed: ${res.stderr || res.error?.message || `status ${res.status}`}`);
  return JSON.parse(res.stdout.trim().split('\n').pop() ?? '') as ChildResult;
}

function mbPerS(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

/**
 * Transcript parsing throughput and memory. (a) a ~50 MB Claude transcript (the long real session
 * repeated with fresh ids): readTranscriptFile vs. plain line split + JSON.parse of the same file,
 * plus the whole `vigil scan` pipeline (parse + monitors) for information. (b) a ~100 MB mix of every
 * Claude fixture: throughput ratio (goal >= 0.5) and the parsing process's peak RSS (goal < 200 MB).
 * Each measurement runs in its own child process; generated files live in the temp dir and are deleted.
 */
export async function runParseBench(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-parse-bench-'));
  const rows: BenchRow[] = [];
  try {
    const f50 = path.join(dir, 'claude-50mb.jsonl');
    const g50 = generateClaudeTranscript(f50, 50 * MB, [CLAUDE_SOURCES.long]);
    const base50 = measure('baseline', f50);
    const parse50 = measure('parse', f50);
    const scan50 = measure('scan', f50);
    const note50 = `${(g50.bytes / MB).toFixed(0)} MB, ${g50.lines} lines; baseline ${mbPerS(g50.bytes, base50.ms).toFixed(0)} MB/s`;
    rows.push({ name: 'claude 50 MB: parse throughput vs split+JSON.parse', value: base50.ms / parse50.ms, unit: 'x baseline', goal: '>= 0.5', ok: base50.ms / parse50.ms >= 0.5, note: `${note50}; parse ${mbPerS(g50.bytes, parse50.ms).toFixed(0)} MB/s, ${parse50.items} events` });
    rows.push({ name: 'claude 50 MB: scan (parse + monitors) vs split+JSON.parse', value: base50.ms / scan50.ms, unit: 'x baseline', note: `scan ${mbPerS(g50.bytes, scan50.ms).toFixed(1)} MB/s, peak RSS ${scan50.maxRssMB.toFixed(0)} MB` });
    fs.rmSync(f50, { force: true });

    const f100 = path.join(dir, 'claude-100mb-mix.jsonl');
    const g100 = generateClaudeTranscript(f100, 100 * MB, Object.values(CLAUDE_SOURCES));
    const base100 = measure('baseline', f100);
    const parse100 = measure('parse', f100);
    const ratio = base100.ms / parse100.ms;
    rows.push({ name: 'claude 100 MB mix: streamed parse throughput vs split+JSON.parse', value: ratio, unit: 'x baseline', goal: '>= 0.5', ok: ratio >= 0.5, note: `${(g100.bytes / MB).toFixed(0)} MB, ${g100.lines} lines; parse ${mbPerS(g100.bytes, parse100.ms).toFixed(0)} MB/s, baseline ${mbPerS(g100.bytes, base100.ms).toFixed(0)} MB/s` });
    rows.push({ name: 'claude 100 MB mix: peak RSS while parsing', value: parse100.maxRssMB, unit: 'MB', goal: '< 200', ok: parse100.maxRssMB < 200, note: `heap peak ${parse100.heapPeakMB.toFixed(0)} MB; baseline process ${base100.maxRssMB.toFixed(0)} MB RSS` });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
