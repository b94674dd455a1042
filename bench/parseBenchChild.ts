// Child process of bench/parseBench.ts (bundled to dist/parseBenchChild.js): runs ONE measurement in
// a fresh process so its peak memory is its own. Usage: node parseBenchChild.js baseline|parse|scan FILE
// Prints one JSON line: { ms, items, maxRssMB, heapPeakMB }.
import fs from 'node:fs';
import { scanTranscript } from '../src/cli/scanSession';
import { readTranscriptFile } from '../src/core/sources/readTranscript';

/** The baseline: plain streaming line split + JSON.parse of every line, nothing else. */
async function baseline(file: string): Promise<number> {
  let records = 0;
  let carry = '';
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  for await (const chunk of stream) {
    const parts = (carry + (chunk as string)).split('\n');
    carry = parts.pop() ?? '';
    for (const p of parts) {
      if (!p) continue;
      try {
        JSON.parse(p);
        records++;
      } catch {
        // counted as not a record
      }
    }
  }
  if (carry) {
    try {
      JSON.parse(carry);
      records++;
    } catch {
      // ignore
    }
  }
  return records;
}

async function parse(file: string): Promise<number> {
  let events = 0;
  await readTranscriptFile(file, { retainEvents: false, onEvents: (evs) => (events += evs.length) });
  return events;
}

async function scan(file: string): Promise<number> {
  const s = await scanTranscript(file);
  return s?.stats.events ?? 0;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (!file || !mode) throw new Error('usage: parseBenchChild baseline|parse|scan FILE');
  let heapPeak = 0;
  const timer = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 10);
  const t0 = performance.now();
  const items = mode === 'baseline' ? await baseline(file) : mode === 'scan' ? await scan(file) : await parse(file);
  const ms = performance.now() - t0;
  clearInterval(timer);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  process.stdout.write(`${JSON.stringify({ ms, items, maxRssMB, heapPeakMB: heapPeak / (1024 * 1024) })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
