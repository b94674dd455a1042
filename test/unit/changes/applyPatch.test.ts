import { describe, expect, it } from 'vitest';
import { parseApplyPatch, type PatchOp } from '../../../src/core/changes/applyPatchParser';
import { applyHunks, seekSequence } from '../../../src/core/changes/applyPatchApply';
import { patchToChanges } from '../../../src/core/changes/patchToChanges';
import { materializeChange } from '../../../src/core/changes/materializeChange';

function ops(patch: string): PatchOp[] {
  const r = parseApplyPatch(patch);
  if (!r.ok) throw new Error(r.error);
  return r.ops;
}

function update(op: PatchOp | undefined) {
  if (op?.type !== 'update') throw new Error('not an update');
  return op;
}

describe('parseApplyPatch', () => {
  it('parses add, delete, update with move in one patch', () => {
    const r = ops(
      [
        '*** Begin Patch',
        '*** Add File: src/new.ts',
        '+export const a = 1;',
        '+',
        '*** Delete File: old.txt',
        '*** Update File: src/x.ts',
        '*** Move to: src/y.ts',
        '@@',
        ' keep',
        '-old',
        '+new',
        '*** End Patch',
      ].join('\n'),
    );
    expect(r).toEqual([
      { type: 'add', path: 'src/new.ts', content: 'export const a = 1;\n\n' },
      { type: 'delete', path: 'old.txt' },
      { type: 'update', path: 'src/x.ts', movePath: 'src/y.ts', hunks: [{ lines: [' keep', '-old', '+new'] }] },
    ]);
  });

  it('keeps @@ anchors and End of File markers; several hunks', () => {
    const u = update(
      ops(
        [
          '*** Begin Patch',
          '*** Update File: a.py',
          '@@ class Foo:',
          '-    x = 1',
          '+    x = 2',
          '',
          '@@ def bar():',
          '     return 1',
          '+# end',
          '*** End of File',
          '*** End Patch',
        ].join('\n'),
      )[0],
    );
    expect(u.hunks).toHaveLength(2);
    expect(u.hunks[0]).toEqual({ header: 'class Foo:', lines: ['-    x = 1', '+    x = 2'] });
    expect(u.hunks[1]).toEqual({ header: 'def bar():', endOfFile: true, lines: ['     return 1', '+# end'] });
  });

  it('tolerates a heredoc wrapper, CRLF, no trailing newline and a first hunk without @@', () => {
    const patch = "<<'EOF'\r\n*** Begin Patch\r\n*** Update File: f.txt\r\n-a\r\n+b\r\n*** End Patch\r\nEOF";
    expect(ops(patch)).toEqual([{ type: 'update', path: 'f.txt', hunks: [{ lines: ['-a', '+b'] }] }]);
    expect(ops('apply_patch <<"PATCH"\n*** Begin Patch\n*** Delete File: z\n*** End Patch\nPATCH\n')).toEqual([{ type: 'delete', path: 'z' }]);
  });

  it('accepts whitespace-padded markers and op headers, and non-ASCII text', () => {
    const r = ops('*** Begin Patch \n  *** Update File: f.txt\n@@\n x\n-naïve café\n+naïve café ✅\n *** End Patch \n');
    expect(r).toEqual([{ type: 'update', path: 'f.txt', hunks: [{ lines: [' x', '-naïve café', '+naïve café ✅'] }] }]);
    const u = update(r[0]);
    expect(applyHunks('x\nnaïve café\n', u.hunks)).toEqual({ ok: true, text: 'x\nnaïve café ✅\n' });
  });

  it.each([
    ['no begin marker', '*** Update File: a\n-x\n+y\n*** End Patch', /first line/],
    ['no end marker', '*** Begin Patch\n*** Update File: a\n-x\n+y', /last line/],
    ['bad header', '*** Begin Patch\n*** Frobnicate File: a\n*** End Patch', /not a valid hunk header/],
    ['empty update', '*** Begin Patch\n*** Update File: a\n*** End Patch', /is empty/],
    ['bad hunk line', '*** Begin Patch\n*** Update File: a\n@@\nwhat\n*** End Patch', /Unexpected line/],
    ['second hunk without @@', '*** Begin Patch\n*** Update File: a\n@@\n-x\n+y\n\nno marker\n*** End Patch', /@@ context marker/],
    ['missing path', '*** Begin Patch\n*** Add File: \n+x\n*** End Patch', /missing file path/],
    ['empty string', '', /first line/],
  ])('rejects a malformed patch (%s) with a clear error and no ops', (_name, patch, message) => {
    const r = parseApplyPatch(patch);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect('ops' in r).toBe(false);
  });
});

describe('applyHunks', () => {
  const file = ['def a():', '    return 1', '', 'def b():', '    return 1', ''].join('\n');

  it('applies several hunks in order, honouring @@ anchors to pick the right duplicate', () => {
    const u = update(ops('*** Begin Patch\n*** Update File: m.py\n@@ def b():\n-    return 1\n+    return 2\n*** End Patch')[0]);
    const r = applyHunks(file, u.hunks, 'm.py');
    expect(r).toEqual({ ok: true, text: 'def a():\n    return 1\n\ndef b():\n    return 2\n' });
  });

  it('anchors End of File hunks at the end (and only there, as Codex does)', () => {
    const text = 'x\ny\nx\ny\n';
    const r = applyHunks(text, [{ endOfFile: true, lines: [' x', '-y', '+z'] }]);
    expect(r).toEqual({ ok: true, text: 'x\ny\nx\nz\n' });
    expect(applyHunks('x\ny\nq\n', [{ endOfFile: true, lines: [' x', '-y', '+z'] }]).ok).toBe(false);
  });

  it('matches context ignoring trailing whitespace, then trimmed, then unicode punctuation', () => {
    expect(applyHunks('a  \nb\n', [{ lines: [' a', '-b', '+c'] }])).toEqual({ ok: true, text: 'a  \nc\n' });
    expect(applyHunks('   a\nb\n', [{ lines: [' a', '-b', '+c'] }])).toEqual({ ok: true, text: '   a\nc\n' });
    expect(applyHunks('say \u201chi\u201d \u2014 ok\n', [{ lines: ['-say "hi" - ok', '+bye'] }])).toEqual({ ok: true, text: 'bye\n' });
  });

  it('uses unified-diff line numbers to pick between identical contexts', () => {
    const text = 'x = 1\ny\nx = 1\ny\n';
    expect(applyHunks(text, [{ oldStart: 3, oldLines: 2, newStart: 3, newLines: 2, lines: [' x = 1', '-y', '+z'] }])).toEqual({ ok: true, text: 'x = 1\ny\nx = 1\nz\n' });
    expect(applyHunks(text, [{ lines: [' x = 1', '-y', '+z'] }])).toEqual({ ok: true, text: 'x = 1\nz\nx = 1\ny\n' });
  });

  it('appends pure additions and adds a final newline', () => {
    expect(applyHunks('a', [{ lines: ['+b'] }])).toEqual({ ok: true, text: 'a\nb\n' });
    // Numbered pure additions follow jsdiff (structuredPatch / parsePatch): insert before line oldStart.
    expect(applyHunks('a\nc\n', [{ oldStart: 2, oldLines: 0, newStart: 2, newLines: 1, lines: ['+b'] }])).toEqual({ ok: true, text: 'a\nb\nc\n' });
    expect(applyHunks('a\n', [{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 1, lines: ['+top'] }])).toEqual({ ok: true, text: 'top\na\n' });
    expect(applyHunks('', [{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 1, lines: ['+first'] }])).toEqual({ ok: true, text: 'first\n' });
  });

  it('keeps CRLF line endings', () => {
    expect(applyHunks('a\r\nb\r\n', [{ lines: [' a', '-b', '+c'] }])).toEqual({ ok: true, text: 'a\r\nc\r\n' });
  });

  it('errors clearly when context or an anchor is missing, applying nothing', () => {
    const r1 = applyHunks(file, [{ lines: ['-nope', '+x'] }], 'm.py');
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error).toMatch(/Failed to find expected lines in m\.py/);
    const r2 = applyHunks(file, [{ header: 'def zzz():', lines: ['-    return 1', '+x'] }], 'm.py');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toMatch(/Failed to find context 'def zzz\(\):'/);
    // First hunk applies, second fails: the whole result is an error.
    const r3 = applyHunks(file, [{ lines: ['-def a():', '+def A():'] }, { lines: ['-missing'] }]);
    expect(r3.ok).toBe(false);
  });

  it('seekSequence returns -1 for a pattern longer than the file', () => {
    expect(seekSequence(['a'], ['a', 'b'], 0, false)).toBe(-1);
    expect(seekSequence(['a'], [], 0, false)).toBe(0);
  });
});

describe('patchToChanges + materializeChange', () => {
  const cwd = '/repo';
  const patch = [
    '*** Begin Patch',
    '*** Add File: /repo/src/added.ts',
    '+hello',
    '*** Delete File: gone.txt',
    '*** Update File: src/app.ts',
    '*** Move to: src/main.ts',
    '@@',
    ' const a = 1;',
    '-const b = 2;',
    '+const b = 3;',
    '*** Update File: /elsewhere/x.txt',
    '@@',
    '-1',
    '+2',
    '*** End Patch',
  ].join('\n');

  it('maps ops to FileChanges with cwd-relative paths', () => {
    const { changes, error } = patchToChanges(patch, cwd);
    expect(error).toBeUndefined();
    expect(changes.map((c) => [c.kind, c.path, c.movePath])).toEqual([
      ['add', 'src/added.ts', undefined],
      ['delete', 'gone.txt', undefined],
      ['move', 'src/app.ts', 'src/main.ts'],
      ['update', '/elsewhere/x.txt', undefined],
    ]);
    expect(changes[0]?.absPath).toBe('/repo/src/added.ts');
    expect(changes[0]?.after).toBe('hello\n');
  });

  it('materializes add, delete, move and update against current text', () => {
    const { changes } = patchToChanges(patch, cwd);
    const [add, del, move, upd] = changes;
    expect(materializeChange(add!, undefined)).toEqual({ ok: true, path: 'src/added.ts', before: undefined, after: 'hello\n' });
    expect(materializeChange(del!, 'bye\n')).toEqual({ ok: true, path: 'gone.txt', before: 'bye\n', after: undefined });
    expect(materializeChange(move!, 'const a = 1;\nconst b = 2;\n')).toEqual({
      ok: true,
      path: 'src/main.ts',
      before: 'const a = 1;\nconst b = 2;\n',
      after: 'const a = 1;\nconst b = 3;\n',
    });
    expect(materializeChange(upd!, undefined).ok).toBe(false);
    expect(materializeChange(upd!, '0\n').ok).toBe(false);
  });

  it('returns a clear error and no changes for a malformed patch', () => {
    const r = patchToChanges('*** Begin Patch\n*** Update File: a\n*** End Patch', cwd);
    expect(r.changes).toEqual([]);
    expect(r.error).toMatch(/empty/);
  });
});

describe('applyHunks on hostile input', () => {
  it('gives up within its budget instead of hanging', () => {
    const file = 'a\n'.repeat(100_000);
    const hunk = { lines: [...Array.from({ length: 2000 }, () => ' a'), '-b', '+c'] };
    const r = applyHunks(file, [hunk], 'big.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Failed to find expected lines in big\.txt/);
  });
});
