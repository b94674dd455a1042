import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VigilEventSchema } from '../../../src/core/model/events';
import { parseHookPayload, type ParsedHookPayload } from '../../../src/core/sources/hooks/parseHookPayload';
import { fixturePath } from '../fixturesPath';

function load(name: string): unknown[] {
  return JSON.parse(fs.readFileSync(fixturePath('hooks', name), 'utf8')) as unknown[];
}

function ok(v: unknown): ParsedHookPayload {
  const r = parseHookPayload(v);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('Claude Code hook payloads (public quantstats captures)', () => {
  const pre = load('quantstats-pre_tool_use.json');
  const post = load('quantstats-post_tool_use.json');

  it('parses every PreToolUse payload into one hook tool_call', () => {
    expect(pre).toHaveLength(20);
    for (const p of pre) {
      const r = ok(p);
      expect(r).toMatchObject({ caller: 'claude-code', event: 'PreToolUse', sessionId: 'b23e5d8a-855f-44c5-95f0-075485a6ffcf' });
      expect(r.cwd).toMatch(/^\/private\/var\/folders\//);
      expect(r.transcriptPath).toMatch(/\.jsonl$/);
      expect(r.events).toHaveLength(1);
      expect(r.events[0]).toMatchObject({ kind: 'tool_call', origin: 'hook', toolUseId: r.toolUseId });
      for (const e of r.events) expect(VigilEventSchema.safeParse({ ...e, sessionId: r.sessionId, seq: 0 }).success).toBe(true);
    }
    // No timestamp in Claude payloads: the events get the time the hook fired.
    expect(parseHookPayload(pre[0], { now: Date.parse('2026-01-02T03:04:05Z') })).toMatchObject({ events: [{ ts: '2026-01-02T03:04:05.000Z' }] });
  });

  it('maps Bash and Edit inputs with commands and normalised changes', () => {
    const bash = pre.map(ok).find((r) => r.toolName === 'Bash');
    expect(bash?.events[0]).toMatchObject({ toolKind: 'shell', command: expect.stringContaining('rg -i') });
    const edit = pre.map(ok).find((r) => r.toolName === 'Edit');
    const call = edit?.events[0];
    expect(call?.kind === 'tool_call' && call.toolKind).toBe('edit');
    if (call?.kind === 'tool_call') {
      expect(call.changes?.[0]?.kind).toBe('update');
      expect(call.changes?.[0]?.edits?.length).toBe(1);
      expect(call.changes?.[0]?.path).not.toMatch(/^\//); // relative to cwd
    }
  });

  it('pairs Pre and Post payloads of one call without tool_use_id, and yields tool results', () => {
    const preIds = new Set(pre.map((p) => ok(p).toolUseId));
    const posts = post.map(ok);
    expect(posts.every((r) => r.event === 'PostToolUse' && r.events.length === 2 && r.events[1]?.kind === 'tool_result')).toBe(true);
    const paired = posts.filter((r) => preIds.has(r.toolUseId));
    expect(paired.length).toBeGreaterThan(0);
    const bashPost = posts.find((r) => r.toolName === 'Bash');
    expect(bashPost?.events[1]).toMatchObject({ kind: 'tool_result', isError: false });
  });
});

describe('Codex hook payloads', () => {
  const base = { session_id: 'th-9', turn_id: 't-1', transcript_path: '/home/u/.codex/sessions/2026/05/01/rollout-x.jsonl', cwd: '/repo', hook_event_name: 'PreToolUse', model: 'gpt-5.5-codex', permission_mode: 'default' };

  it('maps apply_patch {command: patch} to an edit with changes', () => {
    const r = ok({ ...base, tool_name: 'apply_patch', tool_input: { command: '*** Begin Patch\n*** Update File: src/a.ts\n@@\n-a\n+b\n*** End Patch\n' }, tool_use_id: 'call_1' });
    expect(r).toMatchObject({ caller: 'codex', toolUseId: 'call_1' });
    expect(r.events[0]).toMatchObject({ kind: 'tool_call', toolKind: 'edit', name: 'apply_patch', paths: ['src/a.ts'], changes: [{ path: 'src/a.ts', kind: 'update' }] });
  });

  it('maps Bash and MCP tools; detects Codex without a transcript path by its call id', () => {
    const bash = ok({ ...base, transcript_path: null, turn_id: undefined, tool_name: 'Bash', tool_input: { command: 'git push --force' }, tool_use_id: 'call_2' });
    expect(bash.caller).toBe('codex');
    expect(bash.events[0]).toMatchObject({ toolKind: 'shell', command: 'git push --force' });
    const mcp = ok({ ...base, tool_name: 'mcp__github__create_issue', tool_input: { title: 'x' }, tool_use_id: 'call_3' });
    expect(mcp.events[0]).toMatchObject({ toolKind: 'mcp' });
  });

  it('turns PostToolUse, UserPromptSubmit and Stop into result, prompt and notice', () => {
    const post = ok({ ...base, hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: 'false' }, tool_use_id: 'call_4', tool_response: { output: 'x', exit_code: 1 } });
    expect(post.events[1]).toMatchObject({ kind: 'tool_result', toolUseId: 'call_4', isError: true, output: 'x' });
    expect(ok({ ...base, hook_event_name: 'UserPromptSubmit', prompt: 'fix it' }).events).toMatchObject([{ kind: 'user_prompt', text: 'fix it' }]);
    expect(ok({ ...base, hook_event_name: 'Stop', stop_hook_active: false }).events).toMatchObject([{ kind: 'notice', subtype: 'turn_end' }]);
  });
});

describe('VS Code agent hook payloads', () => {
  const base = { sessionId: 'vs-1', hookEventName: 'PreToolUse', timestamp: '2026-06-01T10:00:00.000Z', cwd: '/ws' };

  it('maps VS Code tool ids', () => {
    const rep = ok({ ...base, tool_name: 'replaceString', tool_input: { filePath: '/ws/src/a.ts', oldString: 'x', newString: 'y' }, tool_use_id: 'tu-1' });
    expect(rep).toMatchObject({ caller: 'vscode', event: 'PreToolUse', sessionId: 'vs-1', cwd: '/ws' });
    expect(rep.events[0]).toMatchObject({ toolKind: 'edit', ts: base.timestamp, changes: [{ path: 'src/a.ts', kind: 'update', edits: [{ oldString: 'x', newString: 'y' }] }] });
    const create = ok({ ...base, tool_name: 'copilot_createFile', tool_input: { filePath: '/ws/new.md', content: '# hi' } });
    expect(create.events[0]).toMatchObject({ toolKind: 'write', changes: [{ path: 'new.md', kind: 'add', after: '# hi' }] });
    const multi = ok({ ...base, tool_name: 'multi_replace_string_in_file', tool_input: { replacements: [{ filePath: '/ws/a', oldString: '1', newString: '2' }, { filePath: '/ws/a', oldString: '3', newString: '4' }] } });
    expect(multi.events[0]).toMatchObject({ changes: [{ path: 'a', edits: [{ oldString: '1' }, { oldString: '3' }] }] });
    expect(ok({ ...base, tool_name: 'insertEdit', tool_input: { filePath: '/ws/b.ts', code: '// ...existing code...' } }).events[0]).toMatchObject({ toolKind: 'edit', paths: ['b.ts'] });
    expect(ok({ ...base, tool_name: 'editFiles', tool_input: { files: ['/ws/c.ts'] } }).events[0]).toMatchObject({ toolKind: 'edit', paths: ['c.ts'] });
    expect(ok({ ...base, tool_name: 'runInTerminal', tool_input: { command: 'npm i', isBackground: false } }).events[0]).toMatchObject({ toolKind: 'shell', command: 'npm i' });
    expect(ok({ ...base, tool_name: 'run_in_terminal', tool_input: { command: 'ls' } }).events[0]).toMatchObject({ toolKind: 'shell' });
    expect(ok({ ...base, tool_name: 'send_to_terminal', tool_input: { id: 't1', command: 'y' } }).events[0]).toMatchObject({ toolKind: 'shell', command: 'y' });
    expect(ok({ ...base, tool_name: 'semantic_search', tool_input: { query: 'auth' } }).events[0]).toMatchObject({ toolKind: 'search' });
    expect(ok({ ...base, tool_name: 'apply_patch', tool_input: { input: '*** Begin Patch\n*** Add File: /ws/p.txt\n+x\n*** End Patch' } }).events[0]).toMatchObject({ toolKind: 'edit', changes: [{ path: 'p.txt', kind: 'add' }] });
    expect(ok({ ...base, tool_name: 'readFile', tool_input: { filePath: '/ws/r.ts' } }).events[0]).toMatchObject({ toolKind: 'read', paths: ['r.ts'] });
    // Claude tool names under VS Code (Claude-format hooks run by VS Code).
    expect(ok({ ...base, tool_name: 'Bash', tool_input: { command: 'ls' } }).events[0]).toMatchObject({ toolKind: 'shell', command: 'ls' });
  });

  it('recognises VS Code payloads sent in snake_case and without a session id', () => {
    const snake = ok({ hook_event_name: 'PreToolUse', timestamp: '2026-06-01T10:00:00Z', cwd: '/ws', tool_name: 'run_in_terminal', tool_input: { command: 'rm -rf dist' }, tool_use_id: 'x9' });
    expect(snake).toMatchObject({ caller: 'vscode', sessionId: 'vscode:/ws' });
    expect(snake.events[0]).toMatchObject({ toolKind: 'shell', command: 'rm -rf dist' });
    const del = ok({ ...base, sessionId: undefined, transcript_path: '/u/workspaceStorage/x/GitHub.copilot-chat/transcripts/0f8fad5b-d9cb-469f-a165-70867728950e.jsonl', tool_name: 'delete_file', tool_input: { filePath: '/ws/old.ts' } });
    expect(del).toMatchObject({ caller: 'vscode', sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(del.events[0]).toMatchObject({ toolKind: 'edit', changes: [{ path: 'old.ts', kind: 'delete' }] });
  });

  it('reads camelCase tool fields too', () => {
    const r = ok({ ...base, toolName: 'runTerminalCommand', toolInput: { command: 'make' }, toolUseId: 'x1' });
    expect(r.toolUseId).toBe('x1');
    expect(r.events[0]).toMatchObject({ toolKind: 'shell', command: 'make' });
  });
});

describe('garbage', () => {
  it('reports clear errors', () => {
    expect(parseHookPayload('nope')).toEqual({ ok: false, error: 'hook payload is not valid JSON' });
    expect(parseHookPayload(null)).toMatchObject({ ok: false });
    expect(parseHookPayload([1])).toMatchObject({ ok: false });
    expect(parseHookPayload({ hook_event_name: 'PreToolUse' })).toMatchObject({ ok: false, error: expect.stringContaining('session id') });
    expect(parseHookPayload({ session_id: 's' })).toMatchObject({ ok: false, error: expect.stringContaining('event name') });
    // Unknown events parse with no events.
    expect(parseHookPayload({ session_id: 's', hook_event_name: 'FutureEvent' })).toMatchObject({ ok: true, events: [] });
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseHookPayload(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    const shaped = fc.record({
      session_id: fc.oneof(fc.string(), fc.integer()),
      hook_event_name: fc.constantFrom('PreToolUse', 'PostToolUse', 'UserPromptSubmit', 'Stop', 'x'),
      tool_name: fc.oneof(fc.constantFrom('Edit', 'Write', 'MultiEdit', 'Bash', 'apply_patch', 'replaceString', 'createFile', 'mcp__a__b'), fc.string()),
      tool_input: fc.oneof(fc.jsonValue(), fc.string(), fc.record({ file_path: fc.string(), old_string: fc.string(), new_string: fc.string(), command: fc.string(), edits: fc.array(fc.jsonValue()) })),
      tool_response: fc.jsonValue(),
      cwd: fc.oneof(fc.string(), fc.constant('/repo')),
      transcript_path: fc.oneof(fc.string(), fc.constant(null)),
    });
    fc.assert(
      fc.property(shaped, (v) => {
        const r = parseHookPayload(v);
        if (r.ok) expect(Array.isArray(r.events)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
