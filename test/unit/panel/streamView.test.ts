import { describe, expect, it } from 'vitest';
import type { Finding, VigilEvent } from '../../../src/core/model/events';
import { DEFAULT_FILTER, PanelRowSchema, type ViewFilter } from '../../../src/shared/protocol';
import { StreamView, type LogLike } from '../../../src/panel/streamView';
import { trimEvent, TRIM_LIMITS } from '../../../src/panel/trimEvent';
import { eventPasses } from '../../../src/panel/eventFilter';

class FakeLog implements LogLike {
  events: VigilEvent[] = [];
  findings: Finding[] = [];
  constructor(readonly id: string) {}
  add(e: Record<string, unknown>): VigilEvent {
    const ev = { id: `${this.id}#${this.events.length}`, sessionId: this.id, seq: this.events.length, ...e } as VigilEvent;
    this.events.push(ev);
    return ev;
  }
  flag(e: VigilEvent, severity: Finding['severity'], category: Finding['category'] = 'reward_hacking'): Finding {
    const f: Finding = { id: `f${this.findings.length}`, eventId: e.id, severity, category, channel: 'reasoning', monitor: 'm', quote: 'q', message: `flag on ${e.id}`, span: { start: 0, end: 2 } };
    this.findings.push(f);
    return f;
  }
}

const filter = (f: Partial<ViewFilter>): ViewFilter => ({ ...DEFAULT_FILTER, ...f });

function setup() {
  const logs = new Map<string, FakeLog>();
  const main = new FakeLog('main');
  const sub = new FakeLog('sub');
  logs.set('main', main).set('sub', sub);
  const view = new StreamView((id) => logs.get(id));
  return { logs, main, sub, view };
}

describe('StreamView', () => {
  it('lists a session, hides finding events by default and serves ranges of trimmed rows', () => {
    const { main, view } = setup();
    main.add({ kind: 'user_prompt', text: 'fix it' });
    const r = main.add({ kind: 'reasoning', text: 'x'.repeat(TRIM_LIMITS.text + 10), visibility: 'full' });
    main.add({ kind: 'finding', finding: main.flag(r, 'high') });
    view.select('main');
    expect(view.total).toBe(2);
    const rows = view.range(0, 10);
    expect(rows.map((x) => x.row)).toEqual([0, 1]);
    expect(rows[1]!.cut).toEqual({ text: TRIM_LIMITS.text + 10 });
    expect((rows[1]!.event as { text: string }).text).toHaveLength(TRIM_LIMITS.text);
    expect(view.findings()).toHaveLength(1);
  });

  it('filters by kind, severity, category, flagged-only and text', () => {
    const { main, view } = setup();
    const a = main.add({ kind: 'reasoning', text: 'I will special-case the test', visibility: 'full' });
    const b = main.add({ kind: 'tool_call', toolUseId: 't1', name: 'Bash', toolKind: 'shell', input: {}, command: 'rm -rf build' });
    main.add({ kind: 'assistant_message', text: 'Done.' });
    main.flag(a, 'high');
    main.flag(b, 'low', 'destructive');
    view.select('main', filter({ kinds: ['tool_call'] }));
    expect(view.range(0, 9).map((r) => r.event.id)).toEqual([b.id]);
    view.setFilter(filter({ minSeverity: 'medium' }));
    expect(view.range(0, 9).map((r) => r.event.id)).toEqual([a.id]);
    view.setFilter(filter({ categories: ['destructive'] }));
    expect(view.range(0, 9).map((r) => r.event.id)).toEqual([b.id]);
    view.setFilter(filter({ flaggedOnly: true }));
    expect(view.total).toBe(2);
    view.setFilter(filter({ text: 'RM -RF' }));
    expect(view.range(0, 9).map((r) => r.event.id)).toEqual([b.id]);
    view.setFilter(filter({ text: 'flag on main#2' }));
    expect(view.total).toBe(0);
  });

  it('appends only new events that pass, and reports updated (merged) events', () => {
    const { main, view } = setup();
    main.add({ kind: 'user_prompt', text: 'go' });
    view.select('main', filter({ kinds: ['tool_call', 'user_prompt'] }));
    const call = main.add({ kind: 'tool_call', toolUseId: 't', name: 'Edit', toolKind: 'edit', input: { file_path: 'a.ts' } });
    main.add({ kind: 'assistant_message', text: 'hidden by filter' });
    const d1 = view.append('main');
    expect(d1 !== 'reset' && d1?.rows.map((r) => [r.row, r.event.id])).toEqual([[1, call.id]]);
    expect(view.append('main')).toMatchObject({ rows: [], updated: [] });
    const merged = { ...call, origin: 'hook' } as VigilEvent;
    main.events[1] = merged;
    const d2 = view.append('main', [merged]);
    expect(d2 !== 'reset' && d2?.updated.map((r) => r.row)).toEqual([1]);
    expect(view.append('sub')).toBeUndefined();
  });

  it('re-sends a tool call when its result arrives (results enrich their call in place)', () => {
    const { main, view } = setup();
    const call = main.add({ kind: 'tool_call', toolUseId: 'task1', name: 'Task', toolKind: 'subagent', input: {} });
    (main as unknown as { toolCall: (id: string) => VigilEvent | undefined }).toolCall = (id) => main.events.find((e) => e.kind === 'tool_call' && e.toolUseId === id);
    view.select('main');
    (call as { subagentSessionId?: string }).subagentSessionId = 'main.agent-a1';
    main.add({ kind: 'tool_result', toolUseId: 'task1', isError: false, output: 'done' });
    const d = view.append('main');
    expect(d !== 'reset' && d?.updated.map((r) => [r.row, r.event.kind === 'tool_call' && r.event.subagentSessionId])).toEqual([[0, 'main.agent-a1']]);
  });

  it('re-indexes when a late finding changes which rows pass a finding filter', () => {
    const { main, view } = setup();
    const a = main.add({ kind: 'reasoning', text: 'plan', visibility: 'full' });
    view.select('main', filter({ flaggedOnly: true }));
    expect(view.total).toBe(0);
    view.append('main');
    main.flag(a, 'medium');
    const d = view.append('main');
    expect(d).toMatchObject({ reindexed: true });
    expect(view.total).toBe(1);
  });

  it('detects a shrunk log (rewritten source) and rebuilds', () => {
    const { main, view } = setup();
    main.add({ kind: 'user_prompt', text: '1' });
    main.add({ kind: 'user_prompt', text: '2' });
    view.select('main');
    main.events = main.events.slice(0, 1);
    expect(view.resetIfShrunk('main')).toBe(true);
    expect(view.total).toBe(1);
    expect(view.resetIfShrunk('main')).toBe(false);
  });

  it('merges subagents in time order when the filter scopes them in, and locates events', () => {
    const { main, sub, view } = setup();
    main.add({ kind: 'user_prompt', text: 'a', ts: '2026-01-01T00:00:01Z' });
    sub.add({ kind: 'assistant_message', text: 'sub', ts: '2026-01-01T00:00:02Z' });
    main.add({ kind: 'assistant_message', text: 'c', ts: '2026-01-01T00:00:03Z' });
    view.select('main', filter({ sessions: ['main', 'sub'] }));
    expect(view.range(0, 9).map((r) => r.event.sessionId)).toEqual(['main', 'sub', 'main']);
    expect(view.locate((e) => e.id === 'sub#0')).toBe(1);
    expect(view.rowOf('main', 1)).toBe(2);
    sub.add({ kind: 'assistant_message', text: 'later' });
    const d = view.append('sub');
    expect(d !== 'reset' && d?.rows[0]?.row).toBe(3);
    view.setFilter(filter({ sessions: ['sub'] }));
    expect(view.scope()).toEqual(['sub']);
    expect(view.total).toBe(2);
  });
});

describe('trimEvent', () => {
  it('replaces tool input by a bounded JSON preview and drops file contents', () => {
    const e = {
      id: 'c', sessionId: 's', seq: 0, kind: 'tool_call', toolUseId: 't', name: 'Write', toolKind: 'write',
      input: { content: 'y'.repeat(50_000) },
      changes: [{ path: 'a.ts', kind: 'add', after: 'z'.repeat(50_000), hunks: [{ newStart: 3, lines: ['+x'] }] }],
    } as VigilEvent;
    const r = trimEvent(e, 4);
    expect(r.row).toBe(4);
    expect(r.inputPreview!.length).toBe(TRIM_LIMITS.input);
    expect(r.cut?.input).toBeGreaterThan(50_000);
    expect(JSON.stringify(r).length).toBeLessThan(3000);
    expect(r.event.kind === 'tool_call' && r.event.changes?.[0]).toEqual({ path: 'a.ts', kind: 'add', hunks: [{ newStart: 3, lines: [] }] });
  });

  it('produces rows that pass the protocol schema the webview validates with', () => {
    const call = { id: 'c', sessionId: 's', seq: 0, kind: 'tool_call', toolUseId: 't', name: 'Bash', toolKind: 'shell', input: { command: 'ls' }, command: 'ls' } as VigilEvent;
    const noInput = { ...call, input: undefined } as VigilEvent;
    for (const e of [call, noInput]) {
      const row = JSON.parse(JSON.stringify(trimEvent(e, 0)));
      expect(PanelRowSchema.safeParse(row).success).toBe(true);
    }
  });

  it('cuts long tool output and keeps short events unchanged', () => {
    const out = { id: 'r', sessionId: 's', seq: 1, kind: 'tool_result', toolUseId: 't', isError: false, output: 'o'.repeat(10_000) } as VigilEvent;
    expect(trimEvent(out, 0).cut).toEqual({ output: 10_000 });
    const small = { id: 'p', sessionId: 's', seq: 2, kind: 'user_prompt', text: 'hi' } as VigilEvent;
    expect(trimEvent(small, 0)).toEqual({ row: 0, event: small });
  });
});

describe('eventPasses', () => {
  it('shows finding events only when asked for', () => {
    const f = { id: 'f', sessionId: 's', seq: 0, kind: 'finding', finding: { id: 'x', category: 'secrets', severity: 'critical', channel: 'action', monitor: 'm', eventId: 'e', quote: '', message: 'key' } } as VigilEvent;
    expect(eventPasses(f, undefined, DEFAULT_FILTER, '')).toBe(false);
    expect(eventPasses(f, undefined, filter({ kinds: ['finding'], minSeverity: 'high' }), '')).toBe(true);
  });
});
