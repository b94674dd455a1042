// `npm run bench`: runs every benchmark section one after another, prints one table and writes
// bench-results.json. A section that throws is reported and marks the run failed; the others still run.
// Exit code 1 if a section failed or a row missed its goal (ok === false).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { BenchRow } from './benchTypes';
import { runGateBench } from './gateBench';
import { runMonitorBench } from './monitorBench';
import { runPanelBench } from './panelBench';
import { runParseBench } from './parseBench';
import { runReportBench } from './reportBench';

interface Section { name: string; run: () => Promise<BenchRow[]> }

// Pipeline order: parse transcripts -> monitors -> reports -> panel -> gate. `npm run bench -- <name>` runs some.
const sections: Section[] = [
  { name: 'parse', run: runParseBench },
  { name: 'monitors', run: runMonitorBench },
  { name: 'report', run: runReportBench },
  { name: 'panel', run: runPanelBench },
  { name: 'gate', run: runGateBench },
];

/** The panel section starts Chromium: run the whole bench under the machine-wide e2e lock (see test/e2e/harness.mjs). */
function holdE2eLock(): void {
  const lock = process.env.VIGIL_E2E_LOCK || '/tmp/vigil-e2e.lock';
  if (process.env.VIGIL_E2E_LOCK_HELD === '1' || ancestorHolds(lock)) return;
  const r = spawnSync('flock', [lock, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, VIGIL_E2E_LOCK_HELD: '1' },
  });
  if (r.error) throw r.error;
  process.exit(r.status ?? 1);
}

/** A parent process is `flock <lock> …` already (taking it again would deadlock). */
function ancestorHolds(lock: string): boolean {
  try {
    for (let pid = process.ppid; pid > 1;) {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if ((cmd[0] ?? '').endsWith('flock') && cmd.includes(lock)) return true;
      pid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
    }
  } catch {
    // no /proc: rely on VIGIL_E2E_LOCK_HELD
  }
  return false;
}

interface SectionResult { name: string; seconds: number; rows: BenchRow[]; error?: string }

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

function table(results: SectionResult[]): string {
  const head = ['section', 'name', 'value', 'unit', 'goal', 'ok'];
  const body = results.flatMap((s) => (s.error
    ? [[s.name, `ERROR: ${s.error.split('\n')[0]}`, '', '', '', 'FAIL']]
    : s.rows.map((r) => [s.name, r.name, fmt(r.value), r.unit, r.goal ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'])));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  holdE2eLock();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const results: SectionResult[] = [];
  for (const s of sections) {
    if (only.length && !only.some((o) => s.name.includes(o))) continue;
    const t0 = performance.now();
    console.log(`[bench] ${s.name} ...`);
    try {
      const rows = await s.run();
      results.push({ name: s.name, seconds: (performance.now() - t0) / 1000, rows });
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.log(`[bench] ${s.name} failed: ${error}`);
      results.push({ name: s.name, seconds: (performance.now() - t0) / 1000, rows: [], error });
    }
    console.log(`[bench] ${s.name} done in ${(results.at(-1)?.seconds ?? 0).toFixed(1)} s`);
  }
  console.log(`\n${table(results)}\n`);
  const failedSections = results.filter((r) => r.error).length;
  const missed = results.flatMap((r) => r.rows).filter((r) => r.ok === false).length;
  const out = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, platform: `${os.platform()} ${os.arch()}` },
    sections: results,
  };
  fs.writeFileSync('bench-results.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote bench-results.json: ${results.length} sections, ${failedSections} failed, ${missed} rows missed their goal`);
  process.exitCode = failedSections || missed ? 1 : 0;
}

void main();
