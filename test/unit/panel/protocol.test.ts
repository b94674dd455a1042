import { describe, expect, it } from 'vitest';
import { HostMessageSchema, RESULT_SCHEMAS, WebviewMessageSchema } from '../../../src/shared/protocol';
import { createRouter, type Handlers } from '../../../src/panel/messageRouter';
import type { HostMessage } from '../../../src/shared/protocol';

const event = { id: 'e1', sessionId: 's', seq: 0, kind: 'reasoning', text: 'hm', visibility: 'full' };

describe('webview -> host messages', () => {
  it('accepts the handshake and well-formed requests', () => {
    expect(WebviewMessageSchema.safeParse({ kind: 'ready' }).success).toBe(true);
    expect(WebviewMessageSchema.safeParse({ kind: 'loadRange', id: 3, sessionId: 's', start: 0, count: 100 }).success).toBe(true);
    expect(WebviewMessageSchema.safeParse({ kind: 'openLocation', id: 4, sessionId: 's', path: 'src/a.ts', line: 12 }).success).toBe(true);
    expect(WebviewMessageSchema.safeParse({ kind: 'setFilter', id: 5, filter: { minSeverity: 'high' } }).data).toMatchObject({
      filter: { kinds: [], categories: [], flaggedOnly: false, text: '', sessions: [], minSeverity: 'high' },
    });
  });

  it('rejects unknown kinds, missing ids, oversized ranges and bad values', () => {
    for (const bad of [
      { kind: 'eval', code: 'x' },
      { kind: 'loadRange', sessionId: 's', start: 0, count: 10 },
      { kind: 'loadRange', id: 1, sessionId: 's', start: 0, count: 100_000 },
      { kind: 'loadRange', id: 1, sessionId: 's', start: -1, count: 1 },
      { kind: 'openLocation', id: 1, sessionId: 's', path: '', line: 1 },
      { kind: 'setFilter', id: 1, filter: { minSeverity: 'extreme' } },
      { kind: 'setFilter', id: 1, filter: { kinds: ['rm -rf'] } },
      null,
      'ready',
    ]) expect(WebviewMessageSchema.safeParse(bad).success).toBe(false);
  });
});

describe('host -> webview messages', () => {
  it('validates appended batches and rejects malformed events', () => {
    const ok = { kind: 'appended', sessionId: 's', total: 1, rows: [{ row: 0, event }], findings: [] };
    expect(HostMessageSchema.safeParse(ok).success).toBe(true);
    expect(HostMessageSchema.safeParse({ ...ok, rows: [{ row: 0, event: { ...event, kind: 'script' } }] }).success).toBe(false);
    expect(HostMessageSchema.safeParse({ ...ok, total: -1 }).success).toBe(false);
    expect(HostMessageSchema.safeParse({ kind: 'response', id: 1, ok: true, result: { anything: 1 } }).success).toBe(true);
  });

  it('has a result schema for every request kind', () => {
    expect(RESULT_SCHEMAS.loadRange.safeParse({ sessionId: 's', start: 0, total: 1, rows: [{ row: 0, event }] }).success).toBe(true);
    expect(RESULT_SCHEMAS.locateEvent.safeParse({ row: null }).success).toBe(true);
    expect(RESULT_SCHEMAS.selectSession.safeParse({ sessionId: 's', total: 'x' }).success).toBe(false);
  });
});

describe('messageRouter', () => {
  function setup(over: Partial<Handlers> = {}) {
    const posted: HostMessage[] = [];
    const logs: string[] = [];
    let ready = 0;
    const handlers = {
      loadRange: (m: { start: number }) => ({ sessionId: 's', start: m.start, total: 0, rows: [] }),
      exportReport: () => {
        throw new Error('no report');
      },
      ...over,
    } as unknown as Handlers;
    const route = createRouter({ handlers, post: (m) => posted.push(m), onReady: () => ready++, log: (m) => logs.push(m) });
    return { route, posted, logs, ready: () => ready };
  }

  it('answers requests with the same id, errors included', async () => {
    const t = setup();
    await t.route({ kind: 'loadRange', id: 7, sessionId: 's', start: 5, count: 10 });
    await t.route({ kind: 'exportReport', id: 8, sessionId: 's' });
    expect(t.posted).toEqual([
      { kind: 'response', id: 7, ok: true, result: { sessionId: 's', start: 5, total: 0, rows: [] } },
      { kind: 'response', id: 8, ok: false, error: 'no report' },
    ]);
  });

  it('routes the handshake and rejects invalid messages without calling handlers', async () => {
    const t = setup();
    await t.route({ kind: 'ready' });
    expect(t.ready()).toBe(1);
    await t.route({ kind: 'loadRange', id: 9, sessionId: 's', start: 0, count: 9999 });
    await t.route({ kind: 'nope' });
    expect(t.posted).toEqual([{ kind: 'response', id: 9, ok: false, error: 'invalid message' }]);
    expect(t.logs).toHaveLength(2);
  });
});
