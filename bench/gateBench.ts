import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHeadlessGate } from '../src/core/gate/headlessGate';
import type { BenchRow } from './benchTypes';

const RUNS = 20;
const DECISIONS = 300;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Spawns a process, feeds stdin, resolves with wall time (ms) and output. */
function timed(args: string[], stdin: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout }));
    p.stdin.end(stdin);
  });
}

/** The shim built by esbuild.mjs next to dist/bench.js. */
function shimPath(): string {
  const p = path.join(__dirname, 'hook.js');
  if (!fs.existsSync(p)) throw new Error(`${p} missing: run the gate bench through "npm run bench" (node esbuild.mjs builds it)`);
  return p;
}

function payload(i: number, tool: 'Bash' | 'Edit' | 'RiskyEdit'): string {
  const base = { session_id: `bench-${i % 4}`, transcript_path: '/home/u/.claude/projects/p/bench.jsonl', cwd: '/home/u/proj', hook_event_name: 'PreToolUse', tool_use_id: `toolu_bench${i}` };
  if (tool === 'Bash') return JSON.stringify({ ...base, tool_name: 'Bash', tool_input: { command: `ls -la src/dir${i}`, description: 'List files' } });
  if (tool === 'RiskyEdit') {
    // Deletes an assertion in a test: the analyzer flags it (high), so scoring does real work.
    return JSON.stringify({ ...base, tool_name: 'Edit', tool_input: { file_path: `/home/u/proj/tests/test_mod${i}.py`, old_string: `    assert f(${i}) == ${i + 1}\n`, new_string: '' } });
  }
  return JSON.stringify({
    ...base,
    tool_name: 'Edit',
    tool_input: { file_path: `/home/u/proj/src/mod${i}.ts`, old_string: `export const a${i} = 1;`, new_string: `export const a${i} = 2;` },
  });
}

/**
 * Gate: (a) the hook shim's allow round trip (spawn `node dist/hook.js`, stdin payload, socket to an
 * in-process real gate — parser, analyzer, decision — that allows) as a ratio to a bare `node -e 0`
 * start, runs interleaved, median of 20 each (goal <= 1.5x); (b) server-side decision time (parse +
 * ingest + score + decide, no review; a third of them flagged by the analyzer) over 300 payloads,
 * median (goal < 5 ms).
 */
export async function runGateBench(): Promise<BenchRow[]> {
  const shim = shimPath();
  let flagged = 0;
  const gate = await startHeadlessGate({ settings: { threshold: 100 }, onDecision: (d) => void (d.decision.score > 0 && flagged++) });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, VIGIL_GATE: gate.server.socket, VIGIL_GATE_TOKEN: gate.server.token };
    delete env.VIGIL_FAIL_OPEN;
    const bare: number[] = [];
    const shimMs: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const b = await timed(['-e', '0'], '', env);
      const s = await timed([shim], payload(i, 'Bash'), env);
      if (s.code !== 0 || !s.stdout.includes('"allow"')) throw new Error(`shim did not allow: exit ${s.code} ${s.stdout}`);
      if (i < 2) continue; // warm-up
      bare.push(b.ms);
      shimMs.push(s.ms);
    }
    const decisions: number[] = [];
    for (let i = 0; i < DECISIONS; i++) {
      const raw = payload(1000 + i, (['Bash', 'Edit', 'RiskyEdit'] as const)[i % 3] ?? 'Bash');
      const t0 = performance.now();
      const r = await gate.engine.handle(raw);
      decisions.push(performance.now() - t0);
      if (r.exitCode !== 0) throw new Error(`decision failed: ${r.stderr}`);
    }
    const ratio = median(shimMs) / median(bare);
    const dec = median(decisions.slice(20));
    return [
      { name: 'node -e 0 start (baseline)', value: median(bare), unit: 'ms', note: `median of ${RUNS}` },
      { name: 'hook shim allow round trip', value: median(shimMs), unit: 'ms', note: `median of ${RUNS}, spawn to exit` },
      { name: 'hook shim / bare node', value: ratio, unit: 'x', goal: '<= 1.5x', ok: ratio <= 1.5 },
      { name: 'server decision (parse+score+decide)', value: dec, unit: 'ms', goal: '< 5 ms median', ok: dec < 5, note: `${flagged} of ${DECISIONS + RUNS + 2} calls scored > 0; median of ${DECISIONS - 20}, p95 ${[...decisions].sort((a, b) => a - b)[Math.floor(decisions.length * 0.95)]?.toFixed(2)} ms` },
    ];
  } finally {
    await gate.close();
  }
}
