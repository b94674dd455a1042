import { describe, expect, it } from 'vitest';
import { claudeToolKind, claudeToolToCall } from '../../../src/core/sources/claude/claudeTools';

describe('claudeToolKind', () => {
  it('maps Claude Code tool names to kinds', () => {
    const kinds = ['Edit', 'MultiEdit', 'NotebookEdit', 'Write', 'Bash', 'PowerShell', 'BashOutput', 'Read', 'NotebookRead', 'Grep', 'Glob', 'LS', 'WebSearch', 'WebFetch', 'Task', 'Agent', 'mcp__ide__getDiagnostics', 'TodoWrite', 'ExitPlanMode', 'AskUserQuestion', 'constructor', '__proto__'].map(claudeToolKind);
    expect(kinds).toEqual(['edit', 'edit', 'edit', 'write', 'shell', 'shell', 'shell', 'read', 'read', 'search', 'search', 'search', 'search', 'search', 'subagent', 'subagent', 'mcp', 'other', 'other', 'other', 'other', 'other']);
  });
});

describe('claudeToolToCall', () => {
  it('Edit: one update change with the string edit, relative path inside cwd', () => {
    const info = claudeToolToCall('Edit', { file_path: '/repo/src/x.ts', old_string: 'a', new_string: 'b', replace_all: true }, '/repo/');
    expect(info).toEqual({
      toolKind: 'edit',
      paths: ['src/x.ts'],
      changes: [{ path: 'src/x.ts', absPath: '/repo/src/x.ts', kind: 'update', edits: [{ oldString: 'a', newString: 'b', replaceAll: true }] }],
    });
  });

  it('Write: add unless fileExists says the file is there', () => {
    expect(claudeToolToCall('Write', { file_path: '/repo/n.txt', content: 'c' }, '/repo').changes?.[0]?.kind).toBe('add');
    const exists = claudeToolToCall('Write', { file_path: '/repo/n.txt', content: 'c' }, '/repo', { fileExists: (p) => p === '/repo/n.txt' });
    expect(exists.changes?.[0]).toMatchObject({ kind: 'update', after: 'c' });
    const throwing = claudeToolToCall('Write', { file_path: '/repo/n.txt', content: 'c' }, '/repo', { fileExists: () => { throw new Error('EACCES'); } });
    expect(throwing.changes?.[0]?.kind).toBe('add');
  });

  it('keeps paths outside the cwd absolute and resolves relative ones', () => {
    expect(claudeToolToCall('Read', { file_path: '/etc/passwd' }, '/repo').paths).toEqual(['/etc/passwd']);
    expect(claudeToolToCall('Edit', { file_path: 'lib/a.py', old_string: 'x', new_string: 'y' }, '/repo').changes?.[0]).toMatchObject({ path: 'lib/a.py', absPath: '/repo/lib/a.py' });
    expect(claudeToolToCall('Edit', { file_path: 'C:\\work\\repo\\src\\a.ts', old_string: 'x', new_string: 'y' }, 'C:\\work\\repo').changes?.[0]).toMatchObject({ path: 'src/a.ts' });
  });

  it('shell: the command line; no changes', () => {
    expect(claudeToolToCall('Bash', { command: 'rm -rf build', description: 'clean' }, '/repo')).toEqual({ toolKind: 'shell', command: 'rm -rf build' });
  });

  it('never throws on malformed input', () => {
    for (const input of [undefined, null, 42, 'str', [], { file_path: 5 }, { edits: 'x', file_path: '/a' }, { command: ['ls'] }]) {
      for (const name of ['Edit', 'MultiEdit', 'Write', 'NotebookEdit', 'Bash', 'Read', '', 'mcp__x__y']) {
        expect(() => claudeToolToCall(name, input, undefined)).not.toThrow();
      }
    }
    expect(claudeToolToCall('MultiEdit', { file_path: '/a', edits: 'x' }, '/').changes?.[0]?.edits).toEqual([]);
    expect(claudeToolToCall(undefined as unknown as string, {}, '/').toolKind).toBe('other');
  });
});
