import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materializeChange } from '../../../src/core/changes/materializeChange';
import { patchToChanges } from '../../../src/core/changes/patchToChanges';
import { canPassEdits, reviewedInput, uniqueReplacement } from '../../../src/core/gate/reviewedInput';
import type { FileChange } from '../../../src/core/model/fileChange';

const before = 'import x\n\ndef test_a():\n    assert f(1) == 2\n    return\n\ndef test_b():\n    assert f(1) == 2\n    return\n';

function applyOnce(text: string, o: string, n: string): string {
  expect(text.split(o).length - 1).toBe(1);
  const i = text.indexOf(o);
  return text.slice(0, i) + n + text.slice(i + o.length);
}

describe('reviewer edits → replacement tool input', () => {
  it('Edit: a unique old_string that yields the reviewed file', () => {
    const reviewed = before.replace('def test_b():\n    assert f(1) == 2', 'def test_b():\n    assert f(1) == 3');
    const u = reviewedInput('Edit', { file_path: '/w/t.py', old_string: 'a', new_string: 'b' }, { path: 't.py', kind: 'update' }, before, 'proposed', reviewed) as Record<string, string>;
    expect(u.file_path).toBe('/w/t.py');
    expect(applyOnce(before, u.old_string as string, u.new_string as string)).toBe(reviewed);
  });

  it('uniqueReplacement always reproduces the target with a unique old string', () => {
    const line = fc.constantFrom('a', 'b', 'assert x', '', '  return', 'x = 1');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(line, { maxLength: 12 }), fc.boolean(), (a, b, nl) => {
        const x = a.join('\n') + (nl ? '\n' : '');
        const y = b.join('\n');
        const r = uniqueReplacement(x, y);
        if (x === y || x === '') return r === undefined;
        expect(r).toBeDefined();
        expect(applyOnce(x, r!.oldString, r!.newString)).toBe(y);
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('Write: the reviewed content; MultiEdit: one edit', () => {
    expect(reviewedInput('Write', { file_path: '/a', content: 'x' }, { path: 'a', kind: 'add' }, undefined, 'x', 'y')).toEqual({ file_path: '/a', content: 'y' });
    const m = reviewedInput('MultiEdit', { file_path: '/a', edits: [] }, { path: 'a', kind: 'update' }, 'one\ntwo\n', 'one\n2\n', 'one\nTWO\n') as { edits: { old_string: string; new_string: string }[] };
    expect(m.edits).toEqual([{ old_string: 'two\n', new_string: 'TWO\n', replace_all: false }]);
    expect(reviewedInput('Write', {}, { path: 'a', kind: 'add' }, undefined, 'same', 'same')).toBeUndefined();
  });

  it('apply_patch: a patch that Codex applies to get the reviewed file', () => {
    const change: FileChange = { path: 'src/t.py', kind: 'update' };
    const reviewed = before.replace('== 2', '== 4');
    const u = reviewedInput('apply_patch', { command: '*** Begin Patch\n…' }, change, before, 'p', reviewed) as { command: string };
    const parsed = patchToChanges(u.command, '/w');
    expect(parsed.error).toBeUndefined();
    const m = materializeChange(parsed.changes[0] as FileChange, before);
    expect(m.ok && m.after).toBe(reviewed);
    const add = reviewedInput('apply_patch', { command: 'x' }, { path: 'n.txt', kind: 'add' }, undefined, 'a\n', 'b\nc\n') as { command: string };
    const added = patchToChanges(add.command, '/w').changes[0] as FileChange;
    expect(materializeChange(added, undefined)).toMatchObject({ ok: true, after: 'b\nc\n' });
  });

  it('says when edits cannot be passed back', () => {
    expect(canPassEdits('Edit', { file_path: 'a' }, [{ path: 'a', kind: 'update' }])).toEqual({ ok: true });
    expect(canPassEdits('apply_patch', { command: 'p' }, [{ path: 'a', kind: 'update' }, { path: 'b', kind: 'update' }]).ok).toBe(false);
    expect(canPassEdits('NotebookEdit', { notebook_path: 'a' }, [{ path: 'a', kind: 'update' }]).ok).toBe(false);
    expect(canPassEdits('Write', { file_path: 'a' }, [{ path: 'a', kind: 'delete' }]).ok).toBe(false);
  });
});
