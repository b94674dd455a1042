import { describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../../src/core/model/events';
import { createCodexParser } from '../../../src/core/sources/codex/codexParser';

const TS = '2026-05-01T10:00:00.000Z';
const ri = (payload: object) => JSON.stringify({ timestamp: TS, type: 'response_item', payload });
const ev = (payload: object) => JSON.stringify({ timestamp: TS, type: 'event_msg', payload });
const meta = JSON.stringify({ timestamp: TS, type: 'session_meta', payload: { id: 'th-1', cwd: '/repo', cli_version: '0.130.0', originator: 'codex_cli_rs', source: 'cli' } });

function run(lines: string[]) {
  const p = createCodexParser();
  const events: VigilEvent[] = [];
  lines.forEach((l, i) => events.push(...p.pushLine(l, i + 1)));
  return { events, p };
}

describe('codex records', () => {
  it('falls back to event_msg copies when response items are absent', () => {
    const { events, p } = run([
      meta,
      ev({ type: 'task_started', turn_id: 't1' }),
      ev({ type: 'user_message', message: 'fix the bug' }),
      ev({ type: 'agent_reasoning', text: '**Looking** at the code' }),
      ev({ type: 'agent_message', message: 'Done.' }),
      ev({ type: 'task_complete', turn_id: 't1' }),
    ]);
    expect(events.map((e) => e.kind)).toEqual(['user_prompt', 'reasoning', 'assistant_message', 'notice']);
    expect(p.session()?.title).toBe('fix the bug');
    p.pushLine(ev({ type: 'thread_name_updated', thread_id: 'th-1', thread_name: 'Bug hunt' }), 7);
    expect(p.session()?.title).toBe('Bug hunt');
    expect(events[1]).toMatchObject({ visibility: 'summary', text: '**Looking** at the code' });
  });

  it('drops duplicates whichever copy comes first, per turn', () => {
    const { events } = run([
      meta,
      ev({ type: 'task_started', turn_id: 't1' }),
      ri({ type: 'reasoning', summary: [{ type: 'summary_text', text: 'A' }, { type: 'summary_text', text: 'B' }], encrypted_content: 'x' }),
      ev({ type: 'agent_reasoning', text: 'A' }),
      ev({ type: 'agent_reasoning', text: 'B' }),
      ev({ type: 'agent_message', message: 'hello' }),
      ri({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'hello' }] }),
      ev({ type: 'task_started', turn_id: 't2' }),
      ev({ type: 'agent_reasoning', text: 'C' }),
      ri({ type: 'reasoning', summary: [{ type: 'summary_text', text: 'C' }] }),
      ri({ type: 'reasoning', summary: [], encrypted_content: 'opaque' }),
      ri({ type: 'reasoning', summary: [], content: [{ type: 'reasoning_text', text: 'raw thought' }] }),
    ]);
    const r = events.filter((e) => e.kind === 'reasoning');
    expect(r.map((e) => (e.kind === 'reasoning' ? [e.text, e.visibility] : []))).toEqual([
      ['A\n\nB', 'summary'],
      ['C', 'summary'],
      ['', 'hidden'],
      ['raw thought', 'full'],
    ]);
    expect(events.filter((e) => e.kind === 'assistant_message')).toHaveLength(1);
  });

  it('drops the item_completed copies of reasoning and messages too', () => {
    const { events } = run([
      meta,
      ev({ type: 'task_started', turn_id: 't1' }),
      ev({ type: 'agent_reasoning', text: 'A' }),
      ev({ type: 'agent_reasoning', text: 'B' }),
      ev({ type: 'item_completed', item: { type: 'Reasoning', id: 'r1', summary_text: ['A', 'B'], raw_content: [] } }),
      ri({ type: 'reasoning', summary: [{ type: 'summary_text', text: 'A' }, { type: 'summary_text', text: 'B' }] }),
      ev({ type: 'item_completed', item: { type: 'AgentMessage', id: 'm1', content: [{ type: 'Text', text: 'done' }] } }),
      ev({ type: 'agent_message', message: 'done' }),
      ri({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'done' }] }),
      ev({ type: 'item_completed', item: { type: 'Reasoning', id: 'r2', summary_text: [], raw_content: ['raw only here'] } }),
    ]);
    expect(events.map((e) => (e.kind === 'reasoning' || e.kind === 'assistant_message' ? e.text : e.kind))).toEqual(['A', 'B', 'done']);
  });

  it('keeps only typed prompts: injected context and developer messages are not prompts', () => {
    const { events } = run([
      meta,
      ri({ type: 'message', role: 'developer', content: [{ type: 'input_text', text: '<permissions instructions>…' }] }),
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: '# AGENTS.md instructions for /repo\n\n<INSTRUCTIONS>…' }] }),
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context>\n  <cwd>/repo</cwd>\n</environment_context>' }] }),
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'add a test' }] }),
      ev({ type: 'user_message', message: 'add a test' }),
      // Injections are dropped by their markers even without a user_message event to tell.
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'note' }, { type: 'input_text', text: '<TURN_ABORTED>\nThe user interrupted' }] }),
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'You were originally given instructions from a user over one or more turns. Here were the user messages:' }] }),
      // An older file without user_message events: the prompt shows once the agent works.
      ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'and run it' }] }),
      ri({ type: 'function_call', name: 'shell', arguments: '{"command":["bash","-lc","npm test"]}', call_id: 'c1' }),
    ]);
    expect(events.filter((e) => e.kind === 'user_prompt').map((e) => (e.kind === 'user_prompt' ? e.text : ''))).toEqual(['add a test', 'and run it']);
    expect(events.map((e) => e.kind)).toEqual(['user_prompt', 'user_prompt', 'tool_call']);
  });

  it('shows a prompt once across its three copies, in any order, and again when typed again', () => {
    const item = ri({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'go on' }] });
    const evt = ev({ type: 'user_message', message: 'go on' });
    const done = ev({ type: 'item_completed', item: { type: 'UserMessage', id: 'u1', content: [{ type: 'text', text: 'go on' }] } });
    const started = (t: string) => ev({ type: 'task_started', turn_id: t });
    const { events } = run([meta, evt, started('t1'), item, done, started('t2'), done, item, evt, started('t3'), item, evt]);
    expect(events.filter((e) => e.kind === 'user_prompt').map((e) => e.line)).toEqual([2, 7, 11]);
  });

  it('maps calls, outputs (errors, rejections) and skips duplicated call lines', () => {
    const call = ri({ type: 'function_call', name: 'exec_command', arguments: '{"cmd":"npm test"}', call_id: 'c1' });
    const { events, p } = run([
      meta,
      call,
      call,
      ri({ type: 'function_call_output', call_id: 'c1', output: 'Chunk ID: 1\nWall time: 1s\nProcess exited with code 1\nOutput:\nFAIL' }),
      ri({ type: 'local_shell_call', call_id: 'c2', status: 'completed', action: { type: 'exec', command: ['bash', '-lc', 'ls'] } }),
      ri({ type: 'function_call_output', call_id: 'c2', output: '{"output":"a\\n","metadata":{"exit_code":0}}' }),
      ri({ type: 'custom_tool_call', call_id: 'c3', name: 'apply_patch', input: '*** Begin Patch\n*** Delete File: old.txt\n*** End Patch' }),
      ri({ type: 'custom_tool_call_output', call_id: 'c3', output: 'patch rejected by user' }),
      ri({ type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'zod v4' } }),
    ]);
    const byKind = (k: string) => events.filter((e) => e.kind === k);
    expect(byKind('tool_call')).toHaveLength(4);
    expect(p.stats().skippedByReason).toEqual({ 'duplicate-call': 1 });
    expect(events.find((e) => e.id === 'result:c1')).toMatchObject({ isError: true, toolUseId: 'c1' });
    expect(events.find((e) => e.id === 'result:c2')).toMatchObject({ isError: false, output: 'a\n' });
    expect(events.find((e) => e.id === 'result:c3')).toMatchObject({ rejected: true });
    expect(events.find((e) => e.id === 'call:c3')).toMatchObject({ toolKind: 'edit', changes: [{ path: 'old.txt', absPath: '/repo/old.txt', kind: 'delete' }] });
    expect(events.find((e) => e.kind === 'tool_call' && e.name === 'web_search_call')).toMatchObject({ toolKind: 'search' });
  });

  it('builds calls from *_end records for call ids no response item announced', () => {
    const { events } = run([
      meta,
      ev({ type: 'exec_command_end', call_id: 'e1', command: ['bash', '-lc', 'make'], cwd: '/repo', aggregated_output: 'boom', exit_code: 2 }),
      ev({ type: 'patch_apply_end', call_id: 'p1', success: true, changes: { '/repo/src/x.ts': { type: 'update', unified_diff: '@@ -1,2 +1,2 @@\n a\n-b\n+c\n' }, '/repo/n.txt': { type: 'add', content: 'n\n' } } }),
      ev({ type: 'item_completed', item: { type: 'FileChange', id: 'fc9', status: 'completed', changes: [{ path: '/repo/m.ts', kind: { type: 'update', move_path: '/repo/m2.ts' }, diff: '' }] } }),
    ]);
    expect(events.find((e) => e.id === 'call:e1')).toMatchObject({ toolKind: 'shell', command: 'make' });
    expect(events.find((e) => e.id === 'result:e1')).toMatchObject({ isError: true, output: 'boom' });
    expect(events.find((e) => e.id === 'call:p1')).toMatchObject({ toolKind: 'edit', paths: ['src/x.ts', 'n.txt'], changes: [{ path: 'src/x.ts', kind: 'update', hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [' a', '-b', '+c'] }] }, { path: 'n.txt', kind: 'add', after: 'n\n' }] });
    expect(events.find((e) => e.id === 'call:fc9')).toMatchObject({ toolKind: 'edit', changes: [{ path: 'm.ts', kind: 'move', movePath: 'm2.ts' }] });
    const dup = run([meta, ri({ type: 'function_call', name: 'exec_command', arguments: '{"cmd":"make"}', call_id: 'e1' }), ev({ type: 'exec_command_end', call_id: 'e1', command: ['make'], exit_code: 0 })]);
    expect(dup.events.filter((e) => e.kind === 'tool_call')).toHaveLength(1);
    const item = run([meta, ri({ type: 'function_call', name: 'exec_command', arguments: '{"cmd":"make"}', call_id: 'e1' }), ev({ type: 'item_completed', item: { type: 'CommandExecution', id: 'item_7', command: ['make'], exit_code: 0 } })]);
    expect(item.events.filter((e) => e.kind === 'tool_call')).toHaveLength(1);
  });

  it('turns aborts, compaction and errors into notices; counts unknown records', () => {
    const { events, p } = run([
      meta,
      ev({ type: 'turn_aborted', reason: 'interrupted' }),
      JSON.stringify({ timestamp: TS, type: 'compacted', payload: { message: '' } }),
      ev({ type: 'error', message: 'stream disconnected' }),
      ri({ type: 'agent_message', author: 'parent', recipient: 'me', content: [{ type: 'input_text', text: 'check the tests' }] }),
      ev({ type: 'brand_new_thing' }),
      JSON.stringify({ timestamp: TS, type: 'future_envelope', payload: {} }),
      '{not json',
      '',
      '[1,2]',
    ]);
    expect(events.map((e) => (e.kind === 'notice' ? e.subtype : e.kind))).toEqual(['interrupted', 'compaction', 'error', 'agent_message']);
    expect(events[3]).toMatchObject({ text: 'parent: check the tests' });
    expect(p.stats()).toMatchObject({ lines: 10, records: 5, skipped: 4 });
    expect(p.stats().skippedByReason).toEqual({ 'unknown-event:brand_new_thing': 1, 'unknown-type:future_envelope': 1, 'malformed-json': 1, 'invalid-envelope': 1 });
  });

  it('reads sub-agent meta and the model from turn_context; fallback id before any meta', () => {
    const { p } = run([
      JSON.stringify({ timestamp: TS, type: 'session_meta', payload: { id: 'child', cwd: '/repo', source: { subagent: { thread_spawn: { parent_thread_id: 'parent', depth: 1, agent_nickname: 'Ada' } } } } }),
      JSON.stringify({ timestamp: TS, type: 'turn_context', payload: { turn_id: 't', cwd: '/repo', model: 'gpt-5.5-codex' } }),
    ]);
    expect(p.session()).toMatchObject({ id: 'child', parentSessionId: 'parent', agentName: 'Ada', model: 'gpt-5.5-codex', cwd: '/repo' });
    const q = createCodexParser({ transcriptPath: '/x/rollout-2026-01-01T00-00-00-11111111-2222-3333-4444-555555555555.jsonl' });
    const evs = q.pushLine(ev({ type: 'agent_message', message: 'hi' }), 1);
    expect(evs[0]?.sessionId).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('accepts early bare-item rollouts without an envelope', () => {
    const { events, p } = run([
      JSON.stringify({ id: 'old-1', timestamp: TS, instructions: null }),
      JSON.stringify({ record_type: 'state' }),
      JSON.stringify({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hello' }] }),
      JSON.stringify({ type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'x' }),
    ]);
    expect(p.session()?.id).toBe('old-1');
    expect(events.map((e) => e.kind)).toEqual(['user_prompt', 'tool_call']);
  });
});
