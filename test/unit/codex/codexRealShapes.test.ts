import { describe, expect, it } from 'vitest';
import type { ToolCallEvent, ToolResultEvent, VigilEvent } from '../../../src/core/model/events';
import { createCodexParser } from '../../../src/core/sources/codex/codexParser';

// Minimal synthetic records in shapes seen in public Codex rollouts (0.104 Desktop, 0.125 TUI,
// 0.128 Desktop): namespaced MCP calls, IDE/Desktop prompt wrappers, web searches without outputs.

const TS = '2026-05-11T10:29:40.150Z';
const ri = (payload: object): string => JSON.stringify({ timestamp: TS, type: 'response_item', payload });
const ev = (payload: object): string => JSON.stringify({ timestamp: TS, type: 'event_msg', payload });
const meta = JSON.stringify({ timestamp: TS, type: 'session_meta', payload: { id: 'th-9', cwd: '/repo', cli_version: '0.128.0-alpha.1', originator: 'Codex Desktop', source: 'vscode' } });

function run(lines: string[]): { events: VigilEvent[]; p: ReturnType<typeof createCodexParser> } {
  const p = createCodexParser();
  const events: VigilEvent[] = [];
  lines.forEach((l, i) => events.push(...p.pushLine(l, i + 1)));
  return { events, p };
}
const calls = (evs: VigilEvent[]): ToolCallEvent[] => evs.filter((e): e is ToolCallEvent => e.kind === 'tool_call');
const results = (evs: VigilEvent[]): ToolResultEvent[] => evs.filter((e): e is ToolResultEvent => e.kind === 'tool_result');

describe('codex rollouts in newer shapes', () => {
  it('names an MCP call by its namespace and tool name', () => {
    const { events } = run([meta, ri({ type: 'function_call', name: 'js', namespace: 'mcp__node_repl__', arguments: '{"title":"t","code":"1"}', call_id: 'call_1' })]);
    expect(calls(events)).toMatchObject([{ name: 'mcp__node_repl__js', toolKind: 'mcp', toolUseId: 'call_1', input: { title: 't', code: '1' } }]);
  });

  it('keeps an already qualified MCP name and leaves other namespaces alone', () => {
    const { events } = run([
      meta,
      ri({ type: 'function_call', name: 'mcp__srv__tool', namespace: 'mcp__srv__', arguments: '{}', call_id: 'c1' }),
      ri({ type: 'function_call', name: 'exec_command', namespace: 'functions', arguments: '{"cmd":"ls"}', call_id: 'c2' }),
    ]);
    expect(calls(events).map((c) => [c.name, c.toolKind])).toEqual([['mcp__srv__tool', 'mcp'], ['exec_command', 'shell']]);
  });

  it('titles a Desktop/IDE prompt by the request, not by the context put before it', () => {
    const prompt = '\n# Files mentioned by the user:\n\n## notes.vtt: /Users/me/notes.vtt\n\n## My request for Codex:\nsummarize the action items\n';
    const { events, p } = run([meta, ev({ type: 'user_message', message: prompt, images: [] })]);
    expect(p.session()?.title).toBe('summarize the action items');
    expect(events).toMatchObject([{ kind: 'user_prompt', text: prompt }]);
  });

  it('pairs a finished web search with a result, since no output item follows it', () => {
    const { events } = run([
      meta,
      ri({ type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'codex compaction threshold' } }),
      ri({ type: 'web_search_call', id: 'ws_2', status: 'failed', action: { type: 'search', query: 'x' } }),
      ri({ type: 'web_search_call', id: 'ws_3', status: 'in_progress', action: { type: 'search', query: 'y' } }),
    ]);
    const c = calls(events);
    const r = results(events);
    expect(c.map((x) => x.name)).toEqual(['web_search_call', 'web_search_call', 'web_search_call']);
    expect(r.map((x) => [x.toolUseId, x.isError])).toEqual([[c[0]!.toolUseId, false], ['ws_2', true]]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('early rollouts without envelope or cwd (Codex, September 2025)', () => {
  it('takes the cwd from the environment context, so patch paths resolve against it', () => {
    const p = createCodexParser();
    const lines = [
      JSON.stringify({ id: 'cf4d-1', timestamp: '2025-09-10T18:58:38.331Z', instructions: 'be brief', git: {} }),
      JSON.stringify({ record_type: 'state' }),
      JSON.stringify({ type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context>\n  <cwd>/home/user/projects/viewer</cwd>\n</environment_context>' }] }),
      JSON.stringify({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'add a test' }] }),
      JSON.stringify({ type: 'function_call', name: 'shell', arguments: JSON.stringify({ command: ['bash', '-lc', "apply_patch << 'PATCH'\n*** Begin Patch\n*** Add File: src/a.test.ts\n+it('works', () => {})\n*** End Patch\nPATCH"] }), call_id: 'call_1' }),
    ];
    const events = lines.flatMap((l, i) => p.pushLine(l, i + 1));
    expect(p.session()).toMatchObject({ id: 'cf4d-1', cwd: '/home/user/projects/viewer', title: 'add a test' });
    expect(calls(events)[0]?.changes).toMatchObject([{ path: 'src/a.test.ts', absPath: '/home/user/projects/viewer/src/a.test.ts', kind: 'add' }]);
    expect(p.stats().skipped).toBe(0);
  });
});
