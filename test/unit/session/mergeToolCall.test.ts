import { describe, expect, it } from 'vitest';
import type { ToolCallEvent } from '../../../src/core/model/events';
import { mergeToolCall } from '../../../src/core/session/mergeToolCall';

const hook: ToolCallEvent = {
  id: 'hook:toolu_1', sessionId: 's', seq: 3, kind: 'tool_call', toolUseId: 'toolu_1', name: 'Edit', toolKind: 'edit',
  input: { file_path: '/r/a.ts', old_string: 'a', new_string: 'b' }, origin: 'hook', ts: '2026-01-01T00:00:00Z',
  changes: [{ path: 'a.ts', kind: 'update', edits: [{ oldString: 'a', newString: 'b' }] }],
};
const transcript: ToolCallEvent = {
  id: 'uuid-1', sessionId: 's', seq: 7, kind: 'tool_call', toolUseId: 'toolu_1', name: 'Edit', toolKind: 'edit',
  input: { file_path: '/r/a.ts', old_string: 'a', new_string: 'c' }, origin: 'transcript', line: 42, ts: '2026-01-01T00:00:01Z',
  changes: [{ path: 'a.ts', kind: 'update', edits: [{ oldString: 'a', newString: 'c' }] }], subagentSessionId: 'child',
};

describe('mergeToolCall', () => {
  it('hook first, transcript later: hook input wins, earliest id/seq kept, transcript fills gaps', () => {
    const m = mergeToolCall(hook, transcript);
    expect(m).toMatchObject({ id: 'hook:toolu_1', seq: 3, origin: 'hook', input: hook.input, changes: hook.changes, line: 42, subagentSessionId: 'child', ts: hook.ts });
  });

  it('transcript first, hook later: still hook input, transcript identity', () => {
    const m = mergeToolCall({ ...transcript, seq: 1 }, hook);
    expect(m).toMatchObject({ id: 'uuid-1', seq: 1, origin: 'hook', input: hook.input, changes: hook.changes, line: 42 });
  });

  it('fills per-file gaps (before) from the transcript copy without overriding the proposal', () => {
    const t = { ...transcript, changes: [{ path: 'a.ts', kind: 'update' as const, before: 'a\n', edits: [{ oldString: 'a', newString: 'c' }] }] };
    expect(mergeToolCall(hook, t).changes).toEqual([{ path: 'a.ts', kind: 'update', before: 'a\n', edits: [{ oldString: 'a', newString: 'b' }] }]);
  });

  it('empty hook changes are filled from the transcript; two transcript copies keep the first', () => {
    expect(mergeToolCall({ ...hook, changes: [] }, transcript).changes).toEqual(transcript.changes);
    const t2 = { ...transcript, id: 'uuid-2', seq: 9, input: { other: true }, command: 'ls' };
    const m = mergeToolCall(transcript, t2);
    expect(m).toMatchObject({ id: 'uuid-1', seq: 7, input: transcript.input, command: 'ls', origin: 'transcript' });
  });
});
