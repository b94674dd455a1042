import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VigilEventSchema, type ToolCallEvent, type VigilEvent } from '../../../src/core/model/events';
import { LONG, LONG_SUBAGENT, RECORD_TYPES, SHORT, WITH_TASK, parseFile, parseLines } from './claudeFixtureHelpers';

const calls = (evs: VigilEvent[]): ToolCallEvent[] => evs.filter((e): e is ToolCallEvent => e.kind === 'tool_call');
const countKind = (evs: VigilEvent[], kind: string): number => calls(evs).filter((c) => c.toolKind === kind).length;

describe('Claude parser on the long real session (258c7280, Claude Code 2.1.39)', () => {
  const { parser, events } = parseFile(LONG);

  it('finds 19 reasoning blocks, all visible summaries', () => {
    const r = events.filter((e) => e.kind === 'reasoning');
    expect(r).toHaveLength(19);
    expect(r.every((e) => e.kind === 'reasoning' && e.visibility === 'summary' && e.text.length > 0)).toBe(true);
  });

  it('maps 35 Edit, 13 Write and 79 Bash calls', () => {
    expect(countKind(events, 'edit')).toBe(35);
    expect(countKind(events, 'write')).toBe(13);
    expect(countKind(events, 'shell')).toBe(79);
    expect(calls(events).filter((c) => c.toolKind === 'shell').every((c) => typeof c.command === 'string' && c.command.length > 0)).toBe(true);
  });

  it('skips nothing and every event validates against the event model', () => {
    expect(parser.stats()).toMatchObject({ lines: 1863, records: 1863, skipped: 0 });
    expect(parser.stats().skippedByReason['malformed-json']).toBeUndefined();
    for (const e of events) expect(VigilEventSchema.safeParse(e).success).toBe(true);
  });

  it('assigns increasing seq, unique stable ids and line numbers', () => {
    events.forEach((e, i) => expect(e.seq).toBe(i));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const again = parseFile(LONG).events.map((e) => e.id);
    expect(again).toEqual(events.map((e) => e.id));
    expect(events.every((e) => typeof e.line === 'number' && e.line > 0)).toBe(true);
  });

  it('describes the session', () => {
    expect(parser.session()).toMatchObject({
      id: '258c7280-ae70-4798-800f-63464d01a85d',
      agent: 'claude-code',
      cwd: '/home/USER/projects/spotter-worktrees/spotter-gqc',
      title: 'Implement spotter-gqc',
      startedAt: '2026-02-11T20:31:53.375Z',
      agentVersion: '2.1.39',
      model: 'claude-opus-4-6',
    });
    expect(parser.session()?.parentSessionId).toBeUndefined();
  });

  it('normalises edits with paths relative to the cwd and enriches them from the tool result', () => {
    const edits = calls(events).filter((c) => c.name === 'Edit');
    for (const c of edits) {
      expect(c.changes).toHaveLength(1);
      const ch = c.changes![0]!;
      expect(ch.kind).toBe('update');
      expect(ch.path.startsWith('/')).toBe(false);
      expect(ch.absPath?.startsWith('/home/USER/projects/spotter-worktrees/spotter-gqc/')).toBe(true);
      expect(ch.edits?.length).toBe(1);
    }
    // structuredPatch arrives with the result and becomes hunks on the call.
    expect(edits.filter((c) => c.changes![0]!.hunks?.length).length).toBeGreaterThan(30);
    expect(edits.filter((c) => typeof c.changes![0]!.before === 'string').length).toBeGreaterThan(30);
    const writes = calls(events).filter((c) => c.name === 'Write');
    for (const c of writes) {
      expect(typeof c.changes![0]!.after).toBe('string');
      expect(['add', 'update']).toContain(c.changes![0]!.kind);
    }
  });

  it('marks the compaction and links the Task call to its subagent session', () => {
    expect(events.some((e) => e.kind === 'notice' && e.subtype === 'compaction')).toBe(true);
    expect(events.some((e) => e.kind === 'notice' && e.subtype === 'compaction_summary')).toBe(true);
    const task = calls(events).find((c) => c.name === 'Task');
    expect(task?.toolKind).toBe('subagent');
    expect(task?.subagentSessionId).toMatch(/^258c7280-ae70-4798-800f-63464d01a85d\.agent-a/);
  });

  it('pairs every tool result with a call', () => {
    const ids = new Set(calls(events).map((c) => c.toolUseId));
    const results = events.filter((e) => e.kind === 'tool_result');
    expect(results).toHaveLength(186);
    for (const r of results) expect(ids.has(r.kind === 'tool_result' ? r.toolUseId : '')).toBe(true);
  });
});

describe('Claude parser on the subagent file', () => {
  it('is a child session of its parent', () => {
    const { parser, events } = parseFile(LONG_SUBAGENT);
    expect(parser.session()).toMatchObject({
      id: '258c7280-ae70-4798-800f-63464d01a85d.agent-a881341',
      parentSessionId: '258c7280-ae70-4798-800f-63464d01a85d',
      agentName: 'a881341',
      model: 'claude-sonnet-4-5-20250929',
    });
    expect(events.every((e) => e.sessionId === '258c7280-ae70-4798-800f-63464d01a85d.agent-a881341')).toBe(true);
    expect(events[0]?.kind).toBe('user_prompt');
  });

  it('is a child session even without its path, from agentId + isSidechain', () => {
    const lines = fs.readFileSync(LONG_SUBAGENT, 'utf8').split('\n');
    const { parser } = parseLines(lines);
    expect(parser.session()?.parentSessionId).toBe('258c7280-ae70-4798-800f-63464d01a85d');
  });
});

describe('Claude parser on the short session (rejected calls)', () => {
  const { events } = parseFile(SHORT);
  it('marks both rejected tool calls', () => {
    const results = events.filter((e) => e.kind === 'tool_result');
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatchObject({ isError: true, rejected: true });
    expect(calls(events).map((c) => c.name)).toEqual(['Bash', 'Glob']);
  });
  it('turns the interruption and the /model command into notices', () => {
    const notices = events.filter((e) => e.kind === 'notice').map((e) => (e.kind === 'notice' ? `${e.subtype}:${e.text}` : ''));
    expect(notices[0]).toBe('interrupted:Request interrupted by user for tool use');
    expect(notices.some((n) => n.startsWith('local_command:/model'))).toBe(true);
  });
  it('does not emit empty assistant text', () => {
    for (const e of events) if (e.kind === 'assistant_message') expect(e.text.trim()).not.toBe('');
  });
});

describe('Claude parser on the Task/WebSearch session', () => {
  it('shows the slash command as the prompt and skips the injected skill body', () => {
    const { parser, events } = parseFile(WITH_TASK);
    const prompts = events.filter((e) => e.kind === 'user_prompt').map((e) => (e.kind === 'user_prompt' ? e.text : ''));
    expect(prompts[0]).toMatch(/^\/handgemacht:create-beads websearch/);
    expect(prompts).toContain('create the beads');
    expect(prompts).toHaveLength(2);
    expect(countKind(events, 'search')).toBe(7);
    expect(countKind(events, 'subagent')).toBe(1);
    expect(parser.session()?.title).toMatch(/^\/handgemacht:create-beads/);
  });
});

describe('Claude parser on newer record types (2.1.80 - 2.1.220)', () => {
  it('parses every record without throwing and takes the custom title', () => {
    const { parser, events } = parseFile(RECORD_TYPES);
    expect(parser.stats()).toMatchObject({ records: 89, skipped: 0 });
    expect(parser.session()).toMatchObject({ id: 'ses_stage0_small', title: 'Stage0 small fixture', cwd: '/tmp' });
    // multi-block assistant lines give one event per block
    expect(events.filter((e) => e.kind === 'reasoning').length).toBeGreaterThanOrEqual(3);
    expect(events.some((e) => e.kind === 'notice' && e.subtype === 'model_fallback')).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length); // duplicate uuids in the file stay unique ids
    for (const e of events) expect(VigilEventSchema.safeParse(e).success).toBe(true);
    const rejected = events.filter((e) => e.kind === 'tool_result' && e.rejected);
    expect(rejected).toHaveLength(1);
  });

  it('counts unknown record types, malformed and invalid lines instead of throwing', () => {
    const lines = fs.readFileSync(RECORD_TYPES, 'utf8').split('\n').filter(Boolean);
    lines.splice(5, 0, '{"type":"brand-new-type","sessionId":"x"}', '{"type":"brand-new-type"}', '{not json', '[1,2]', '"str"', '{"no":"type"}', '\u0000\u0001binary', '{"type":"user","message":"oops"}');
    lines.push('{"type":"system","subtype":"future_subtype"}', '{"type":"assistant","message":{"content":[{"type":"future_block"}]}}', '{"type":"assistant","uuid":"t1","message":{"role":"assist');
    const { parser } = parseLines(lines);
    const st = parser.stats();
    expect(st.skippedByReason['unknown-type:brand-new-type']).toBe(2);
    expect(st.skippedByReason['malformed-json']).toBe(3);
    expect(st.skippedByReason['invalid-record']).toBe(3);
    expect(st.skippedByReason['invalid-message']).toBe(1);
    expect(st.skippedByReason['unknown-type:system/future_subtype']).toBe(1);
    expect(st.skippedByReason['unknown-block:future_block']).toBe(1);
    expect(st.skipped).toBe(2 + 3 + 3 + 1 + 1);
  });
});

describe('Claude parser details', () => {
  const base = { sessionId: 's1', cwd: '/repo', timestamp: '2026-01-01T00:00:00.000Z' };
  const line = (o: object): string => JSON.stringify({ ...base, ...o });

  it('empty thinking (signature only) is hidden reasoning; redacted_thinking too', () => {
    const { events } = parseLines([
      line({ type: 'assistant', uuid: 'a1', message: { role: 'assistant', content: [{ type: 'thinking', thinking: '', signature: 'EsMC' }] } }),
      line({ type: 'assistant', uuid: 'a2', message: { role: 'assistant', content: [{ type: 'redacted_thinking', data: 'xx' }] } }),
      line({ type: 'assistant', uuid: 'a3', message: { role: 'assistant', content: [{ type: 'thinking', thinking: 'Plan: fix it', signature: 's' }] } }),
    ]);
    expect(events.map((e) => (e.kind === 'reasoning' ? `${e.visibility}:${e.text}` : e.kind))).toEqual(['hidden:', 'hidden:', 'summary:Plan: fix it']);
    expect(events.map((e) => e.id)).toEqual(['a1.0', 'a2.0', 'a3.0']);
  });

  it('maps tool kinds, shell commands, MultiEdit and NotebookEdit changes', () => {
    const use = (id: string, name: string, input: object): string => line({ type: 'assistant', uuid: `u-${id}`, message: { role: 'assistant', content: [{ type: 'tool_use', id, name, input }] } });
    const { events } = parseLines([
      use('t1', 'MultiEdit', { file_path: '/repo/src/a.ts', edits: [{ old_string: 'a', new_string: 'b' }, { old_string: 'c', new_string: 'd', replace_all: true }] }),
      use('t2', 'NotebookEdit', { notebook_path: '/repo/n.ipynb', cell_id: 'c1', new_source: 'x = 1\nprint(x)' }),
      use('t3', 'PowerShell', { command: 'Remove-Item -Recurse foo' }),
      use('t4', 'mcp__github__create_issue', { title: 't' }),
      use('t5', 'Agent', { prompt: 'p', subagent_type: 'Explore' }),
      use('t6', 'Write', { file_path: '/elsewhere/x.txt', content: 'hi' }),
      use('t7', 'TodoWrite', { todos: [] }),
      line({ type: 'assistant', uuid: 'u-t8', message: { role: 'assistant', content: [{ type: 'server_tool_use', id: 't8', name: 'web_search', input: { query: 'q' } }] } }),
    ]);
    const cs = calls(events);
    expect(cs.map((c) => c.toolKind)).toEqual(['edit', 'edit', 'shell', 'mcp', 'subagent', 'write', 'other', 'search']);
    expect(cs[0]!.changes).toEqual([{ path: 'src/a.ts', absPath: '/repo/src/a.ts', kind: 'update', edits: [{ oldString: 'a', newString: 'b' }, { oldString: 'c', newString: 'd', replaceAll: true }] }]);
    expect(cs[1]!.changes![0]).toMatchObject({ path: 'n.ipynb', kind: 'update', cellId: 'c1', hunks: [{ lines: ['+x = 1', '+print(x)'] }] });
    expect(cs[2]!.command).toBe('Remove-Item -Recurse foo');
    expect(cs[5]!.changes![0]).toMatchObject({ path: '/elsewhere/x.txt', kind: 'add', after: 'hi' });
    expect(cs[0]!.paths).toEqual(['src/a.ts']);
  });

  it('truncates huge tool output and never throws on odd content shapes', () => {
    const big = 'z'.repeat(200_000);
    const { events } = parseLines([
      line({ type: 'user', uuid: 'r1', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: big }] } }),
      line({ type: 'user', uuid: 'r2', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'y', content: [{ type: 'text', text: 'a' }, { type: 'image', source: {} }] }] } }),
      line({ type: 'user', uuid: 'r3', message: { role: 'user', content: [null, 5, { type: 'tool_result', content: { weird: true } }] } }),
      line({ type: 'user', uuid: 'r4', message: { role: 'user', content: 42 } }),
    ]);
    const out = events.filter((e) => e.kind === 'tool_result').map((e) => (e.kind === 'tool_result' ? e.output : ''));
    expect(out[0]!.length).toBeLessThan(70_000);
    expect(out[0]).toContain('[truncated');
    expect(out[1]).toBe('a\n[image]');
    expect(out).toHaveLength(3);
  });

  it('a resumed session file keeps its own id (file name) although it starts with copied records', () => {
    const own = '11111111-2222-3333-4444-555555555555';
    const { parser, events } = parseLines([
      line({ type: 'user', uuid: 'old1', sessionId: 'aaaaaaaa-0000-0000-0000-000000000000', message: { role: 'user', content: 'earlier prompt' } }),
      line({ type: 'user', uuid: 'new1', sessionId: own, message: { role: 'user', content: 'continue' } }),
    ], `/x/projects/p/${own}.jsonl`);
    expect(parser.session()?.id).toBe(own);
    expect(events.every((e) => e.sessionId === own)).toBe(true);
  });

  it('uses the file name for the session id until a record names one', () => {
    const { parser, events } = parseLines(['{"type":"assistant","message":{"content":[{"type":"text","text":"hi"}]}}'], '/x/projects/p/abc-123.jsonl');
    expect(events[0]?.sessionId).toBe('abc-123');
    expect(parser.session()?.id).toBe('abc-123');
  });
});
