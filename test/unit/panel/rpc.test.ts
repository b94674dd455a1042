import { describe, expect, it, vi } from 'vitest';
import { Rpc } from '../../../src/webview/rpc';

function setup() {
  const posted: Record<string, unknown>[] = [];
  const notes: unknown[] = [];
  const rpc = new Rpc({ postMessage: (m) => posted.push(m as Record<string, unknown>), getState: () => undefined, setState: () => undefined }, (m) => notes.push(m));
  return { rpc, posted, notes };
}

describe('webview Rpc', () => {
  it('correlates responses by id and validates the result against the request kind', async () => {
    const { rpc, posted } = setup();
    const a = rpc.request('locateEvent', { sessionId: 's', eventId: 'e1' });
    const b = rpc.request('loadRange', { sessionId: 's', start: 0, count: 10 });
    expect(posted.map((p) => [p.kind, p.id])).toEqual([['locateEvent', 1], ['loadRange', 2]]);
    rpc.receive({ kind: 'response', id: 2, ok: true, result: { sessionId: 's', start: 0, total: 0, rows: [] } });
    rpc.receive({ kind: 'response', id: 1, ok: true, result: { row: 7 } });
    await expect(a).resolves.toEqual({ row: 7 });
    await expect(b).resolves.toMatchObject({ total: 0 });
  });

  it('rejects on error responses and on results of the wrong shape', async () => {
    const { rpc } = setup();
    const a = rpc.request('exportReport', { sessionId: 's' });
    const b = rpc.request('locateEvent', { sessionId: 's', eventId: 'e' });
    rpc.receive({ kind: 'response', id: 1, ok: false, error: 'boom' });
    rpc.receive({ kind: 'response', id: 2, ok: true, result: { row: 'seven' } });
    await expect(a).rejects.toThrow('boom');
    await expect(b).rejects.toThrow('invalid locateEvent result');
  });

  it('passes valid notifications on and drops invalid host messages', () => {
    const { rpc, notes } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    rpc.receive({ kind: 'reset', reason: 'x' });
    rpc.receive({ kind: 'appended', sessionId: 's', total: 1, rows: [{ row: 0, event: { id: 'e', sessionId: 's', seq: 0, kind: 'evil' } }], findings: [] });
    rpc.receive('<img src=x onerror=alert(1)>');
    expect(notes).toEqual([{ kind: 'reset', reason: 'x' }]);
    expect(rpc.rejected).toBe(2);
    warn.mockRestore();
  });
});
