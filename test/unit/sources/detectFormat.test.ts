import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, detectRecordFormat, sniffFileFormat } from '../../../src/core/sources/detectFormat';
import { fixturePath } from '../fixturesPath';
import { LONG, LONG_SUBAGENT, RECORD_TYPES, SHORT } from './claudeFixtureHelpers';

const CODEX = fixturePath('codex-home', 'sessions', '2026', '02', '23', 'rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl');
const CODEX_NEW = fixturePath('record-types', 'codex-0.149-small.jsonl');

describe('detectFormat', () => {
  it('recognises every real fixture', async () => {
    for (const f of [LONG, LONG_SUBAGENT, SHORT, RECORD_TYPES]) expect(await sniffFileFormat(f)).toBe('claude-code');
    for (const f of [CODEX, CODEX_NEW]) expect(await sniffFileFormat(f)).toBe('codex');
  });

  it('recognises Vigil JSONL by its header or its event lines', () => {
    expect(detectFormat(['{"vigil":"events","version":1,"session":{"id":"s","agent":"other"}}'])).toBe('vigil-jsonl');
    expect(detectFormat(['{"kind":"user_prompt","id":"e1","text":"hi"}'])).toBe('vigil-jsonl');
  });

  it('passes over blank, malformed and undecided lines', () => {
    expect(detectFormat(['', '{bad', '{"foo":1}', '{"type":"user","sessionId":"x","message":{"content":"hi"}}'])).toBe('claude-code');
    expect(detectFormat(['{"type":"response_item","payload":{"type":"message"}}'])).toBe('codex');
    expect(detectFormat(['{"foo":1}', 'null', '42', '[]'])).toBeUndefined();
    expect(detectFormat([])).toBeUndefined();
  });

  it('recognises early Codex rollouts without the envelope', () => {
    expect(detectRecordFormat({ id: 'x', timestamp: 't', instructions: '' })).toBe('codex');
    expect(detectRecordFormat({ record_type: 'state' })).toBe('codex');
    expect(detectRecordFormat({ type: 'message', role: 'user', content: [] })).toBe('codex');
  });

  it('returns undefined for unreadable files and binary content', async () => {
    expect(await sniffFileFormat('/nonexistent/vigil/file.jsonl')).toBeUndefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-sniff-'));
    try {
      const bin = path.join(dir, 'bin.jsonl');
      fs.writeFileSync(bin, Buffer.from([0, 1, 2, 255, 254, 10, 0x7b, 10]));
      expect(await sniffFileFormat(bin)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
