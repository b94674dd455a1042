import { describe, expect, it } from 'vitest';
import { VigilEventSchema } from '../../../src/core/model/events';
import { parseLines } from './claudeFixtureHelpers';

// Minimal synthetic records in shapes seen in public Claude Code transcripts of other versions
// (1.0.89 hook messages, VS Code IDE context blocks, sessions opened with /clear).

const ESC = String.fromCharCode(27);
const base = { sessionId: 's-1', cwd: '/repo', version: '1.0.89', timestamp: '2025-08-24T04:16:39.187Z' };
const user = (uuid: string, content: unknown): string => JSON.stringify({ ...base, type: 'user', uuid, parentUuid: null, message: { role: 'user', content } });
const system = (uuid: string, content: string, level: string): string => JSON.stringify({ ...base, type: 'system', uuid, content, isMeta: false, toolUseID: 'toolu_1', level });

describe('Claude Code 1.0.x system records without a subtype', () => {
  it('ignores hook progress, turns hook failures into notices with the colour codes removed, and skips nothing', () => {
    const { parser, events } = parseLines([
      system('u1', `Running ${ESC}[1mPostToolUse:Bash${ESC}[22m...`, 'info'),
      system('u2', `${ESC}[1mPreToolUse:Bash${ESC}[22m [python hook.py] failed with non-blocking status code 1: spawn /bin/sh ENOENT`, 'warning'),
      system('u3', 'Claude Opus 4 limit reached, now using Sonnet 4', 'warning'),
    ]);
    expect(events.map((e) => (e.kind === 'notice' ? [e.subtype, e.text] : e.kind))).toEqual([
      ['hook', 'PreToolUse:Bash [python hook.py] failed with non-blocking status code 1: spawn /bin/sh ENOENT'],
      ['system', 'Claude Opus 4 limit reached, now using Sonnet 4'],
    ]);
    expect(parser.stats()).toMatchObject({ lines: 3, records: 3, skipped: 0, skippedByReason: {} });
    for (const e of events) expect(VigilEventSchema.safeParse(e).success).toBe(true);
  });

  it('still counts a subtype-less system record with no text as unknown', () => {
    const { parser, events } = parseLines([JSON.stringify({ ...base, type: 'system', uuid: 'u4', level: 'info' })]);
    expect(events).toEqual([]);
    expect(parser.stats().skippedByReason).toEqual({ 'unknown-type:system/(none)': 1 });
  });
});

describe('IDE context the VS Code extension puts before a prompt', () => {
  const opened = '<ide_opened_file>The user opened the file /repo/src/app.ts in the IDE. This may or may not be related to the current task.</ide_opened_file>';

  it('keeps the typed prompt apart from the opened-file block, which becomes a notice', () => {
    const { parser, events } = parseLines([user('p1', [{ type: 'text', text: opened }, { type: 'text', text: 'fix the failing login test' }])]);
    expect(events.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([
      ['notice', 'The user opened the file /repo/src/app.ts in the IDE. This may or may not be related to the current task.'],
      ['user_prompt', 'fix the failing login test'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    expect(parser.session()?.title).toBe('fix the failing login test');
  });

  it('a message holding only IDE context (opened file, selection) is not a prompt', () => {
    const selection = '<ide_selection>The user selected the lines 3 to 4 from /repo/a.py:\nx = 1\n\nThis may or may not be related to the current task.</ide_selection>';
    const { parser, events } = parseLines([user('p2', opened), user('p3', [{ type: 'text', text: selection }])]);
    expect(events.map((e) => e.kind)).toEqual(['notice', 'notice']);
    expect(events.every((e) => e.kind === 'notice' && e.subtype === 'ide_context')).toBe(true);
    expect(parser.session()?.title).toBeUndefined();
  });

  it('leaves a prompt that merely mentions the tag alone', () => {
    const { events } = parseLines([user('p4', 'why does <ide_opened_file> show up in my transcript?')]);
    expect(events.map((e) => e.kind)).toEqual(['user_prompt']);
  });
});

describe('session title', () => {
  const cmd = (name: string, args = ''): string => `<command-name>${name}</command-name>\n            <command-message>${name.slice(1)}</command-message>\n            <command-args>${args}</command-args>`;

  it('prefers the first real prompt over a bare /clear that opened the session', () => {
    const { parser } = parseLines([user('c1', cmd('/clear')), user('c2', 'track sessions across /clear'), user('c3', 'second prompt')]);
    expect(parser.session()?.title).toBe('track sessions across /clear');
  });

  it('keeps a bare command as the title when nothing else was typed, and a command with arguments at once', () => {
    expect(parseLines([user('c4', cmd('/clear'))]).parser.session()?.title).toBe('/clear');
    expect(parseLines([user('c5', cmd('/review', 'PR 12')), user('c6', 'later prompt')]).parser.session()?.title).toBe('/review PR 12');
  });
});

describe('Claude Code 1.0.x subagents written into the main file', () => {
  const rec = (type: string, uuid: string, parentUuid: string | null, isSidechain: boolean, message: object): string =>
    JSON.stringify({ ...base, version: '1.0.98', type, uuid, parentUuid, isSidechain, userType: 'external', message });

  it("keeps the task prompt the agent wrote out of the person's prompts, but still reports the subagent's actions", () => {
    const { parser, events } = parseLines([
      rec('user', 'm1', null, false, { role: 'user', content: 'build the todo app' }),
      rec('assistant', 'm2', 'm1', false, { role: 'assistant', model: 'claude-sonnet-4-20250514', content: [{ type: 'tool_use', id: 'toolu_task', name: 'Task', input: { description: 'components', prompt: 'Create React components in components/' } }] }),
      rec('user', 's1', null, true, { role: 'user', content: 'Create React components in components/' }),
      rec('assistant', 's2', 's1', true, { role: 'assistant', model: 'claude-sonnet-4-20250514', content: [{ type: 'tool_use', id: 'toolu_w', name: 'Write', input: { file_path: '/repo/components/Todo.tsx', content: 'export {}' } }] }),
    ]);
    expect(events.map((e) => (e.kind === 'notice' ? `notice:${e.subtype}` : e.kind))).toEqual(['user_prompt', 'tool_call', 'notice:subagent_prompt', 'tool_call']);
    expect(events.filter((e) => e.kind === 'user_prompt').map((e) => (e.kind === 'user_prompt' ? e.text : ''))).toEqual(['build the todo app']);
    expect(parser.session()).toMatchObject({ id: 's-1', title: 'build the todo app' });
    expect(parser.session()?.parentSessionId).toBeUndefined();
  });

  it("a subagent's own file (2.x, isSidechain with agentId) still starts with its prompt", () => {
    const { parser, events } = parseLines([JSON.stringify({ ...base, version: '2.0.64', type: 'user', uuid: 'a1', parentUuid: null, isSidechain: true, agentId: 'abc123', message: { role: 'user', content: 'Warmup' } })]);
    expect(events.map((e) => e.kind)).toEqual(['user_prompt']);
    expect(parser.session()).toMatchObject({ id: 's-1.agent-abc123', parentSessionId: 's-1' });
  });
});
