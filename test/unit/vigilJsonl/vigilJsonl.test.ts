import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Session, VigilEvent } from '../../../src/core/model/events';
import { VigilEventSchema } from '../../../src/core/model/events';
import { createVigilJsonlParser } from '../../../src/core/sources/vigilJsonl/vigilJsonlParser';
import { createVigilJsonlWriter, serializeVigilJsonl } from '../../../src/core/sources/vigilJsonl/vigilJsonlWriter';
import { VigilJsonlLineSchema } from '../../../src/core/sources/vigilJsonl/vigilJsonlFormat';
import { repoRoot } from '../fixturesPath';
import path from 'node:path';

const session: Session = { id: 's-1', agent: 'codex', cwd: '/repo', title: 'Fix it', model: 'gpt-5.5' };
const events: VigilEvent[] = [
  { id: 'e0', sessionId: 's-1', seq: 0, kind: 'user_prompt', text: 'fix the\nbug', ts: '2026-01-01T00:00:00Z' },
  { id: 'e1', sessionId: 's-1', seq: 1, kind: 'reasoning', text: 'thinking', visibility: 'summary' },
  { id: 'e2', sessionId: 's-1', seq: 2, kind: 'tool_call', toolUseId: 'c1', name: 'apply_patch', toolKind: 'edit', input: '*** Begin Patch', changes: [{ path: 'a.ts', kind: 'update', hunks: [{ lines: ['-a', '+b'] }] }], origin: 'transcript' },
  { id: 'e3', sessionId: 's-1', seq: 3, kind: 'tool_result', toolUseId: 'c1', isError: false, output: 'ok' },
  { id: 'e4', sessionId: 's-1', seq: 4, kind: 'finding', finding: { id: 'f1', category: 'deception', severity: 'high', channel: 'reasoning', monitor: 'm', eventId: 'e1', quote: 'q', message: 'm' } },
  { id: 'e5', sessionId: 's-1', seq: 5, kind: 'gate_decision', decision: { decision: 'deny', decidedBy: 'human', score: 80, reasons: ['r'] } },
];

function parseText(text: string) {
  const p = createVigilJsonlParser();
  const out: VigilEvent[] = [];
  text.split('\n').forEach((l, i) => out.push(...p.pushLine(l, i + 1)));
  return { p, out };
}

describe('Vigil JSONL', () => {
  it('round-trips a session and every event kind', () => {
    const text = serializeVigilJsonl(session, events);
    expect(text.split('\n')[0]).toBe('{"vigil":"events","version":1,"session":{"id":"s-1","agent":"codex","cwd":"/repo","title":"Fix it","model":"gpt-5.5"}}');
    const { p, out } = parseText(text);
    expect(p.session()).toEqual(session);
    expect(out).toEqual(events);
    expect(p.stats()).toEqual({ lines: 8, records: 7, skipped: 0, skippedByReason: {} });
  });

  it('assigns seq and sessionId when writers omit them, ignores unknown fields', () => {
    const text = [
      '{"vigil":"events","version":"1.3","session":{"id":"w","agent":"other","futureField":1}}',
      '{"id":"a","kind":"user_prompt","text":"hi","extra":{"x":1}}',
      '{"id":"b","kind":"notice","subtype":"turn_end","text":"done","seq":99,"sessionId":"elsewhere"}',
    ].join('\n');
    const { p, out } = parseText(text);
    expect(p.session()).toEqual({ id: 'w', agent: 'other' });
    expect(out).toEqual([
      { id: 'a', sessionId: 'w', seq: 0, kind: 'user_prompt', text: 'hi' },
      { id: 'b', sessionId: 'w', seq: 1, kind: 'notice', subtype: 'turn_end', text: 'done' },
    ]);
    for (const e of out) expect(VigilEventSchema.safeParse(e).success).toBe(true);
  });

  it('skips and counts invalid lines and unknown kinds; a newer major version is skipped with a clear reason', () => {
    const { p, out } = parseText(['{"vigil":"events","version":1,"session":{"id":"x","agent":"martian"}}', '{"kind":"hologram","id":"h"}', '{"kind":"user_prompt"}', 'nope', '[]'].join('\n'));
    expect(p.session()).toEqual({ id: 'x', agent: 'other' });
    expect(out).toEqual([]);
    expect(p.stats().skippedByReason).toEqual({ 'unknown-kind:hologram': 1, 'invalid-event': 1, 'malformed-json': 1, 'invalid-record': 1 });
    const v2 = parseText(['{"vigil":"events","version":2,"session":{"id":"x","agent":"codex"}}', '{"id":"a","kind":"user_prompt","text":"hi"}'].join('\n'));
    expect(v2.out).toEqual([]);
    expect(v2.p.stats().skippedByReason).toEqual({ 'unsupported-version:2': 2 });
  });

  it('reads headerless files with a fallback session', () => {
    const p = createVigilJsonlParser({ sessionId: 'from-name' });
    expect(p.pushLine('{"id":"a","kind":"user_prompt","text":"hi"}', 1)[0]?.sessionId).toBe('from-name');
    expect(p.session()).toEqual({ id: 'from-name', agent: 'vigil-jsonl' });
  });

  it('streams: header once, then events in chunks', () => {
    const chunks: string[] = [];
    const w = createVigilJsonlWriter(session, (c) => chunks.push(c));
    w.write(events.slice(0, 2));
    w.write(events.slice(2));
    w.end();
    expect(chunks.join('')).toBe(serializeVigilJsonl(session, events));
    expect(w.eventsWritten).toBe(events.length);
    const empty: string[] = [];
    createVigilJsonlWriter(session, (c) => empty.push(c)).end();
    expect(empty).toHaveLength(1);
  });

  it('every written line validates against the published line schema, which is up to date', () => {
    for (const line of serializeVigilJsonl(session, events).trim().split('\n')) expect(VigilJsonlLineSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const published = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'vigil-events.schema.json'), 'utf8')) as { anyOf: unknown[]; title: string };
    expect(published.title).toBe('Vigil JSONL line');
    expect(published.anyOf).toHaveLength(2);
  });
});
