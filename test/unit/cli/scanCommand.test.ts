import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/cliTypes';
import { runCli } from '../../../src/cli/main';
import { fixturePath, repoRoot } from '../fixturesPath';

const PARENT = '258c7280-ae70-4798-800f-63464d01a85d';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: fixturePath() };
  const code = await runCli(args, io);
  return { code, out, err };
}

interface ScanJson {
  version: number;
  sessions: {
    path: string;
    agent: string;
    sessionId: string | null;
    parentSessionId: string | null;
    stats: { events: number; reasoning: number; reasoningVisible: number; toolCalls: Record<string, number>; skipped: number };
    maxRisk: number;
    findings: Record<string, unknown>[];
  }[];
  skippedFiles: { path: string; reason: string }[];
}

describe('vigil scan', () => {
  it('scans the Claude config folder: one entry per session, subagent with its parent', async () => {
    const { code, out } = await run(['scan', 'claude-config', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ScanJson;
    expect(json.version).toBe(1);
    expect(json.sessions).toHaveLength(4);
    const long = json.sessions.find((s) => s.sessionId === PARENT)!;
    expect(long.agent).toBe('claude-code');
    expect(long.parentSessionId).toBeNull();
    expect(long.stats).toMatchObject({ reasoning: 19, reasoningVisible: 19, skipped: 0 });
    expect(long.stats.toolCalls).toEqual({ edit: 35, write: 13, shell: 79, read: 42, search: 13, subagent: 1, mcp: 0, other: 3 });
    expect(typeof long.maxRisk).toBe('number');
    const child = json.sessions.find((s) => s.parentSessionId === PARENT)!;
    expect(child.sessionId).toBe(`${PARENT}.agent-a881341`);
    for (const s of json.sessions) {
      for (const f of s.findings) {
        expect(Object.keys(f).slice(0, 7)).toEqual(['category', 'severity', 'channel', 'eventId', 'quote', 'span', 'message']);
      }
    }
  });

  it('scans Codex and Claude files given directly, in text format', async () => {
    const codex = path.join('codex-home', 'sessions', '2026', '02', '23', 'rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl');
    const { code, out } = await run(['scan', codex, path.join('record-types', 'claude-code-2.1.80-2.1.220-small.jsonl'), '--format', 'text']);
    expect(code).toBe(0);
    expect(out).toContain('codex session 019c8a4c-ed82-79a1-aa28-7738fc5ab61a');
    expect(out).toContain('claude-code session ses_stage0_small "Stage0 small fixture"');
    expect(out).toMatch(/2 session\(s\), \d+ finding\(s\)/);
  });

  it('exit codes: usage errors 2, unreadable named files 1, help 0', async () => {
    expect((await run(['scan'])).code).toBe(2);
    expect((await run(['scan', 'claude-config', '--format', 'xml'])).code).toBe(2);
    expect((await run(['scan', 'claude-config', '--bogus'])).code).toBe(2);
    expect((await run(['scan', 'claude-config', '--format', 'constructor'])).code).toBe(2);
    expect((await run(['nope'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    const help = await run(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: vigil scan');
    expect((await run(['--help'])).out).toContain('scan');
    const missing = await run(['scan', 'does-not-exist.jsonl']);
    expect(missing.code).toBe(1);
    expect((JSON.parse(missing.out) as ScanJson).skippedFiles[0]!.reason).toBe('not found');
    const other = path.join(tmp, 'notes.jsonl');
    fs.writeFileSync(other, '{"a":1}\n');
    const r = await run(['scan', other]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a supported transcript format');
  });

  it('runs as the bundled dist/cli.js', async () => {
    const outfile = path.join(tmp, 'cli.js');
    await esbuild.build({ entryPoints: [path.join(repoRoot, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], outfile, logLevel: 'silent' });
    const res = spawnSync(process.execPath, [outfile, 'scan', fixturePath('claude-config', 'projects', '-home-marco-projects-spotter')], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const json = JSON.parse(res.stdout) as ScanJson;
    expect(json.sessions.map((s) => s.sessionId).sort()).toEqual(['491e126e-1e71-469c-ade2-fcc8af567c74', '55604662-cf2a-4331-851a-ec234028f8ca']);
    const bad = spawnSync(process.execPath, [outfile, 'scan'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('give at least one transcript');
  });
});
