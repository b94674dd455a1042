import { describe, expect, it } from 'vitest';
import { materializeChange } from '../../../src/core/changes/materializeChange';
import { diffChange, unifiedDiff } from '../../../src/core/changes/unifiedDiff';
import { changePath } from '../../../src/core/changes/changePath';

describe('materializeChange: Claude string edits', () => {
  const text = 'let a = 1;\nlet b = 1;\nlet c = 2;\n';

  it('replaces the single occurrence', () => {
    const r = materializeChange({ path: 'x.ts', kind: 'update', edits: [{ oldString: 'let c = 2;', newString: 'let c = 3;' }] }, text);
    expect(r).toEqual({ ok: true, path: 'x.ts', before: text, after: 'let a = 1;\nlet b = 1;\nlet c = 3;\n' });
  });

  it('errors when old_string is ambiguous without replaceAll, replaces all with it', () => {
    const amb = materializeChange({ path: 'x.ts', kind: 'update', edits: [{ oldString: '= 1;', newString: '= 9;' }] }, text);
    expect(amb.ok).toBe(false);
    if (!amb.ok) expect(amb.error).toMatch(/ambiguous in x\.ts: 2 matches/);
    const all = materializeChange({ path: 'x.ts', kind: 'update', edits: [{ oldString: '= 1;', newString: '= 9;', replaceAll: true }] }, text);
    expect(all.ok && all.after).toBe('let a = 9;\nlet b = 9;\nlet c = 2;\n');
  });

  it('errors when old_string is not found, and applies MultiEdit edits in sequence', () => {
    const miss = materializeChange({ path: 'x.ts', kind: 'update', edits: [{ oldString: 'nope', newString: '' }] }, text);
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.error).toMatch(/not found/);
    const seq = materializeChange(
      { path: 'x.ts', kind: 'update', edits: [{ oldString: 'let a', newString: 'const a' }, { oldString: 'const a = 1', newString: 'const a = 5' }] },
      text,
    );
    expect(seq.ok && seq.after?.startsWith('const a = 5;')).toBe(true);
  });

  it('Write overwrites (before = current) and creates (before undefined)', () => {
    expect(materializeChange({ path: 'n.txt', kind: 'add', after: 'new\n' }, 'old\n')).toEqual({ ok: true, path: 'n.txt', before: 'old\n', after: 'new\n' });
    expect(materializeChange({ path: 'n.txt', kind: 'add', after: 'new\n' }, undefined)).toEqual({ ok: true, path: 'n.txt', before: undefined, after: 'new\n' });
  });

  it('uses change.before when no current text is given', () => {
    const r = materializeChange({ path: 'x', kind: 'update', before: 'a\n', edits: [{ oldString: 'a', newString: 'b' }] }, undefined);
    expect(r).toEqual({ ok: true, path: 'x', before: 'a\n', after: 'b\n' });
  });

  it('refuses to fake a whole-file diff for notebook cell edits', () => {
    const r = materializeChange({ path: 'nb.ipynb', kind: 'update', cellId: 'c1', hunks: [{ lines: ['+print(1)'] }] }, '{"cells":[]}');
    expect(r).toEqual({ ok: false, error: 'nb.ipynb: a notebook cell edit (cell c1) has no whole-file diff' });
  });

  it('never throws on nonsense input', () => {
    expect(materializeChange({ path: 'x', kind: 'weird' } as never, 'a').ok).toBe(false);
    expect(materializeChange(null as never, 'a').ok).toBe(false);
  });
});

describe('unifiedDiff', () => {
  it('produces a real unified diff and the changed lines of the new text', () => {
    const d = unifiedDiff({ newPath: 'src/x.ts', before: 'a\nb\nc\nd\n', after: 'a\nB\nc\nd\ne\n' });
    expect(d.diff).toBe('--- a/src/x.ts\n+++ b/src/x.ts\n@@ -1,4 +1,5 @@\n a\n-b\n+B\n c\n d\n+e\n');
    expect(d.changedLines).toEqual([2, 5]);
    expect(d).toMatchObject({ added: 2, removed: 1, deletedAfter: [] });
  });

  it('handles added and deleted files and pure deletions', () => {
    expect(unifiedDiff({ newPath: 'n', before: undefined, after: 'x\ny\n' }).diff).toContain('--- /dev/null\n+++ b/n\n@@ -0,0 +1,2 @@');
    expect(unifiedDiff({ newPath: 'n', before: 'x\n', after: undefined }).diff).toContain('+++ /dev/null');
    const del = unifiedDiff({ newPath: 'n', before: 'a\nb\nc\n', after: 'a\nc\n' });
    expect(del.changedLines).toEqual([]);
    expect(del.deletedAfter).toEqual([1]);
    expect(unifiedDiff({ newPath: 'n', before: 'same', after: 'same' }).diff).toBe('');
  });

  it('diffChange materializes then diffs; move uses the destination path', () => {
    const r = diffChange({ path: 'a.ts', kind: 'move', movePath: 'b.ts', hunks: [{ lines: ['-1', '+2'] }] }, '1\n');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.diff).toContain('--- a/a.ts\n+++ b/b.ts');
    expect(diffChange({ path: 'a.ts', kind: 'update', hunks: [{ lines: ['-9', '+2'] }] }, '1\n').ok).toBe(false);
  });
});

describe('changePath', () => {
  it('makes paths inside cwd relative and keeps outside ones absolute', () => {
    expect(changePath('/repo/src/a.ts', '/repo')).toEqual({ path: 'src/a.ts', absPath: '/repo/src/a.ts' });
    expect(changePath('src/a.ts', '/repo')).toEqual({ path: 'src/a.ts', absPath: '/repo/src/a.ts' });
    expect(changePath('/etc/passwd', '/repo')).toEqual({ path: '/etc/passwd', absPath: '/etc/passwd' });
    expect(changePath('../x', '/repo')).toEqual({ path: '/x', absPath: '/x' });
    expect(changePath('C:\\proj\\src\\a.ts', 'C:\\proj')).toEqual({ path: 'src/a.ts', absPath: 'C:\\proj\\src\\a.ts' });
    expect(changePath('a.ts', undefined)).toEqual({ path: 'a.ts' });
    expect(changePath('', '/repo')).toEqual({ path: '' });
  });
});
