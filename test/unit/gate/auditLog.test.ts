import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog, hashInput, verifyAuditLog, type AuditRecord } from '../../../src/core/gate/auditLog';
import { shortTmp } from './gateTestUtil';

const rec = (i: number): AuditRecord => ({
  sessionId: 's1',
  toolUseId: `t${i}`,
  tool: 'Edit',
  caller: 'claude-code',
  decision: i % 2 ? 'deny' : 'allow',
  decidedBy: i % 2 ? 'human' : 'threshold',
  score: i * 10,
  reasons: ['r'],
  inputHash: hashInput({ i }),
  decisionMs: 1,
});

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hash-chained audit log', () => {
  it('chains entries, continues the chain after reopening, and verifies', async () => {
    dir = shortTmp();
    const file = path.join(dir, 'sub', 'gate-audit.jsonl');
    const log = new AuditLog(file);
    await Promise.all([0, 1, 2].map((i) => log.append(rec(i))));
    const again = new AuditLog(file);
    const e = await again.append(rec(3));
    expect(e.seq).toBe(3);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.toolUseId)).toEqual(['t0', 't1', 't2', 't3']);
    expect(lines[1].prev).toBe(lines[0].hash);
    expect(await again.verify()).toEqual({ ok: true, entries: 4 });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('detects an altered, removed or reordered entry', async () => {
    dir = shortTmp();
    const file = path.join(dir, 'a.jsonl');
    const log = new AuditLog(file);
    for (let i = 0; i < 4; i++) await log.append(rec(i));
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.trim().split('\n');
    const altered = text.replace('"decision":"deny"', '"decision":"allow"');
    expect(verifyAuditLog(altered)).toMatchObject({ ok: false, badLine: 2, error: expect.stringMatching(/altered/) });
    const removed = [lines[0], lines[2], lines[3]].join('\n');
    expect(verifyAuditLog(removed)).toMatchObject({ ok: false, badLine: 2 });
    const swapped = [lines[0], lines[2], lines[1], lines[3]].join('\n');
    expect(verifyAuditLog(swapped).ok).toBe(false);
    expect(verifyAuditLog(lines.slice(0, 3).join('\n'))).toEqual({ ok: true, entries: 3 });
    expect(verifyAuditLog('garbage\n')).toMatchObject({ ok: false, badLine: 1 });
  });

  it('hashes inputs canonically (key order does not matter)', () => {
    expect(hashInput({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(hashInput({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(hashInput({ a: 1 })).not.toBe(hashInput({ a: 2 }));
  });
});
