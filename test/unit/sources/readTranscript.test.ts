import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../../src/core/sources/readTranscript';
import { serializeVigilJsonl } from '../../../src/core/sources/vigilJsonl/vigilJsonlWriter';
import { fixturePath } from '../fixturesPath';
import { LONG, LONG_SUBAGENT } from './claudeFixtureHelpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readTranscriptFile', () => {
  it('streams the long Claude fixture in small chunks with the same result as line-by-line parsing', async () => {
    const res = await readTranscriptFile(LONG, { chunkBytes: 4096 });
    expect(res.format).toBe('claude-code');
    expect(res.session?.id).toBe('258c7280-ae70-4798-800f-63464d01a85d');
    expect(res.events.filter((e) => e.kind === 'reasoning')).toHaveLength(19);
    expect(res.stats).toMatchObject({ lines: 1863, records: 1863, skipped: 0 });
    const big = await readTranscriptFile(LONG);
    expect(big.events.map((e) => e.id)).toEqual(res.events.map((e) => e.id));
  });

  it('passes the path so subagent files become child sessions', async () => {
    const res = await readTranscriptFile(LONG_SUBAGENT);
    expect(res.session?.parentSessionId).toBe('258c7280-ae70-4798-800f-63464d01a85d');
  });

  it('can stream events to a callback without retaining them', async () => {
    let n = 0;
    const res = await readTranscriptFile(LONG, { retainEvents: false, onEvents: (evs) => (n += evs.length) });
    expect(res.events).toEqual([]);
    expect(n).toBe((await readTranscriptFile(LONG)).events.length);
  });

  it('reads a Codex rollout through the Codex parser', async () => {
    const res = await readTranscriptFile(fixturePath('codex-home', 'sessions', '2026', '02', '23', 'rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl'));
    expect(res.format).toBe('codex');
    expect(res.events.length).toBeGreaterThan(0);
  });

  it('counts over-long lines and handles a truncated last line', async () => {
    const f = path.join(dir, 'mixed.jsonl');
    const head = fs.readFileSync(LONG, 'utf8').split('\n').slice(0, 10).join('\n');
    fs.writeFileSync(f, `${head}\n{"type":"user","x":"${'a'.repeat(5000)}"}\n{"type":"assistant","uuid":"cut","message":{"content":[{"type":"te`);
    const res = await readTranscriptFile(f, { maxLineBytes: 4096 });
    expect(res.format).toBe('claude-code');
    expect(res.stats.skippedByReason['too-long']).toBe(1);
    expect(res.stats.skippedByReason['malformed-json']).toBe(1);
    expect(res.stats.lines).toBe(12);
  });

  it('sniffs past leading junk across many small chunks and keeps every line', async () => {
    const f = path.join(dir, 'junk-first.jsonl');
    const real = fs.readFileSync(LONG, 'utf8').split('\n').slice(0, 40).join('\n');
    fs.writeFileSync(f, `not json\n{"unrelated":true}\n\n${real}\n`);
    const res = await readTranscriptFile(f, { chunkBytes: 7 });
    expect(res.format).toBe('claude-code');
    expect(res.stats.lines).toBe(43);
    expect(res.stats.skippedByReason['malformed-json']).toBe(1);
    expect(res.stats.skippedByReason['invalid-record']).toBe(1);
    expect(res.events[0]?.line).toBeGreaterThan(3);
  });

  it('detects and reads a Vigil JSONL export of a Claude session', async () => {
    const claude = await readTranscriptFile(LONG);
    const f = path.join(dir, 'export.vigil.jsonl');
    fs.writeFileSync(f, serializeVigilJsonl(claude.session!, claude.events));
    const res = await readTranscriptFile(f);
    expect(res.format).toBe('vigil-jsonl');
    expect(res.session?.id).toBe(claude.session?.id);
    expect(res.events.map((e) => e.id)).toEqual(claude.events.map((e) => e.id));
  });

  it('reports an unrecognised file without parsing it', async () => {
    const f = path.join(dir, 'other.jsonl');
    fs.writeFileSync(f, '{"hello":1}\n{"world":2}\n');
    const res = await readTranscriptFile(f);
    expect(res.format).toBeUndefined();
    expect(res.session).toBeUndefined();
    expect(res.events).toEqual([]);
  });

  it('rejects when the file does not exist', async () => {
    await expect(readTranscriptFile(path.join(dir, 'missing.jsonl'))).rejects.toThrow();
  });
});
