import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/events';
import type { FileChange } from '../../../src/core/model/fileChange';
import { SessionLog } from '../../../src/core/session/sessionLog';
import { changedLines, flaggedEdits, forgetLines } from '../../../src/editor/flaggedLines';

const finding = (over: Partial<Finding>): Finding => ({ id: 'f', category: 'destructive', severity: 'high', channel: 'action', monitor: 'm', eventId: 'c1', quote: 'q', message: 'msg', ...over });

describe('changedLines', () => {
  it('diffs before/after', () => {
    expect(changedLines({ path: 'a', kind: 'update', before: 'a\nb\nc\n', after: 'a\nB\nc\nd\n' }, () => undefined)).toEqual([2, 4]);
  });
  it('uses hunk new-side line numbers', () => {
    const change: FileChange = { path: 'a', kind: 'update', hunks: [{ newStart: 10, lines: [' x', '-y', '+Y', '+Z', ' w'] }] };
    expect(changedLines(change, () => undefined)).toEqual([11, 12]);
  });
  it('locates string edits in the current text', () => {
    const change: FileChange = { path: 'a', kind: 'update', edits: [{ oldString: 'old', newString: 'new1\nnew2' }] };
    expect(changedLines(change, () => 'l1\nl2\nnew1\nnew2\nl5\n')).toEqual([3, 4]);
    expect(changedLines(change, () => 'nothing here')).toEqual([]);
  });
  it('marks a whole written file; nothing for deletions', () => {
    expect(changedLines({ path: 'a', kind: 'add', after: 'x\ny\n' }, () => undefined)).toEqual([1, 2]);
    expect(changedLines({ path: 'a', kind: 'delete' }, () => undefined)).toEqual([]);
  });
});

describe('flaggedEdits', () => {
  it('attaches findings to the edit they flag or follow, with the reasoning quote and absolute path', () => {
    const log = new SessionLog({ session: { id: 's', agent: 'codex', cwd: '/w' }, source: 'transcript' });
    log.append([
      { id: 'r1', kind: 'reasoning', text: 'Delete the failing test.', visibility: 'full' },
      { id: 'c1', kind: 'tool_call', toolUseId: 't', name: 'apply_patch', toolKind: 'edit', input: {}, changes: [{ path: 'src/x.ts', kind: 'update', before: 'a\n', after: 'a\nb\n' }] },
      { id: 'c2', kind: 'tool_call', toolUseId: 't2', name: 'Bash', toolKind: 'shell', input: {}, command: 'ls' },
      { id: 'fe1', kind: 'finding', finding: finding({ id: 'f1', eventId: 'r1', channel: 'reasoning', quote: 'Delete the failing test', relatedEventId: 'c1' }) },
      { id: 'fe2', kind: 'finding', finding: finding({ id: 'f2', eventId: 'c2' }) },
      { id: 'fe3', kind: 'finding', finding: finding({ id: 'f3', eventId: 'c1', path: 'src/x.ts', lines: [7] }) },
    ]);
    const out = flaggedEdits(log, () => undefined);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ absPath: '/w/src/x.ts', lines: [7], callId: 'c1', sessionId: 's', quotes: ['Delete the failing test'] });
    expect(out[0]!.findings.map((f) => f.id).sort()).toEqual(['f1', 'f3']);
  });
});

describe('flaggedEdits line cache', () => {
  it('reads a flagged file once across recomputes, and again after forgetLines', () => {
    const log = new SessionLog({ session: { id: 's', agent: 'claude-code', cwd: '/w' }, source: 'transcript' });
    log.append([
      { id: 'c1', kind: 'tool_call', toolUseId: 't', name: 'Edit', toolKind: 'edit', input: {}, changes: [{ path: 'a.py', kind: 'update', edits: [{ oldString: 'x = 1', newString: 'x = 2' }] }] },
      { id: 'fe1', kind: 'finding', finding: finding({ id: 'f1', eventId: 'c1' }) },
    ]);
    let reads = 0;
    const read = () => {
      reads++;
      return 'a = 0\nx = 2\n';
    };
    const cache = new Map<string, number[]>();
    expect(flaggedEdits(log, read, cache)[0]?.lines).toEqual([2]);
    expect(flaggedEdits(log, read, cache)[0]?.lines).toEqual([2]);
    expect(reads).toBe(1);
    forgetLines(cache, '/w/a.py');
    expect(flaggedEdits(log, read, cache)[0]?.lines).toEqual([2]);
    expect(reads).toBe(2);
  });
});
