import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { scanTranscript } from '../../../src/cli/scanSession';
import { fixturePath } from '../fixturesPath';

const CLAUDE_LONG = fixturePath('claude-config/projects/-home-USER-projects-spotter-worktrees-spotter-gqc/258c7280-ae70-4798-800f-63464d01a85d.jsonl');
const CODEX = fixturePath('codex-home/sessions/2026/02/23/rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

describe('vigil convert', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-convert-'));

  it.each([
    ['claude long session', CLAUDE_LONG],
    ['codex rollout', CODEX],
  ])('%s converted to Vigil JSONL scans to the same stats', async (_name, file) => {
    const outFile = path.join(tmp, `${path.basename(file)}.vigil.jsonl`);
    const { io: cio, err } = io();
    expect(await runCli(['convert', file, '--to', 'vigil-jsonl', '-o', outFile], cio)).toBe(0);
    expect(err.join('')).toMatch(/events from session/);
    const original = await scanTranscript(file);
    const converted = await scanTranscript(outFile);
    expect(original && converted).toBeTruthy();
    if (!original || !converted) return;
    const { skipped: _s1, skippedByReason: _r1, ...a } = original.stats;
    const { skipped, skippedByReason: _r2, ...b } = converted.stats;
    expect(b).toEqual(a);
    expect(skipped).toBe(0);
    expect(converted.sessionId).toBe(original.sessionId);
    expect(a.events).toBeGreaterThan(100);
    // Findings can differ: the streaming scan analyses each call when it appears, while the converted
    // file already carries what the call's result taught the parser (e.g. a Write's previous content).
    // Converting is stable: the converted file converts and scans to the same stats and findings.
    const again = path.join(tmp, `${path.basename(file)}.again.vigil.jsonl`);
    expect(await runCli(['convert', outFile, '--to', 'vigil-jsonl', '-o', again], io().io)).toBe(0);
    const rescanned = await scanTranscript(again);
    const key = (f: { monitor: string; eventId: string; severity: string }) => `${f.monitor} ${f.eventId} ${f.severity}`;
    expect(rescanned?.stats).toEqual(converted.stats);
    expect(rescanned?.findings.map(key)).toEqual(converted.findings.map(key));
  });

  it('writes to stdout and rejects bad arguments and unsupported files', async () => {
    const a = io();
    expect(await runCli(['convert', CODEX], a.io)).toBe(0);
    expect(a.out.join('').split('\n')[0]).toMatch(/^\{"vigil":"events","version":1,"session":\{"id":"019c8a4c/);
    const b = io();
    expect(await runCli(['convert', CODEX, '--to', 'sarif'], b.io)).toBe(2);
    const junk = path.join(tmp, 'junk.jsonl');
    fs.writeFileSync(junk, 'hello\nworld\n');
    const c = io();
    expect(await runCli(['convert', junk], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/not a supported transcript format/);
  });
});
