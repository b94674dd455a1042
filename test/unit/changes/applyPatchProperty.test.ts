import { structuredPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyHunks } from '../../../src/core/changes/applyPatchApply';
import { parseApplyPatch } from '../../../src/core/changes/applyPatchParser';
import { diffChange } from '../../../src/core/changes/unifiedDiff';

/** Texts of few distinct lines, so contexts repeat and hunks are ambiguous without line numbers. */
const text = fc.array(fc.constantFrom('a', 'b', 'c', '', '  a', 'd;'), { maxLength: 40 }).map((ls) => (ls.length ? ls.join('\n') + '\n' : ''));

describe('apply_patch properties', () => {
  it('applying the hunks of a unified diff (with their line numbers) reproduces the new text', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (before, after, context) => {
        const hunks = structuredPatch('a', 'b', before, after, '', '', { context }).hunks.map((h) => ({
          oldStart: h.oldStart,
          oldLines: h.oldLines,
          newStart: h.newStart,
          newLines: h.newLines,
          lines: h.lines.filter((l) => !l.startsWith('\\')),
        }));
        const r = applyHunks(before, hunks);
        expect(r).toEqual({ ok: true, text: after });
      }),
      { numRuns: 200 },
    );
  });

  it('a Codex patch written from a diff (context only, @@ per hunk) parses and applies back', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const hunks = structuredPatch('a', 'b', before, after, '', '', { context: 3 }).hunks;
        if (!hunks.length || !before) return;
        const body = hunks.flatMap((h) => ['@@', ...h.lines.filter((l) => !l.startsWith('\\'))]);
        const parsed = parseApplyPatch(['*** Begin Patch', '*** Update File: f.txt', ...body, '*** End Patch'].join('\n'));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok || parsed.ops[0]?.type !== 'update') return;
        const r = applyHunks(before, parsed.ops[0].hunks);
        // Without line numbers a hunk may land on an earlier identical context (as in Codex), but the
        // result always has the new text's lines in number and applies cleanly.
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.text.split('\n').length).toBe(after.split('\n').length);
      }),
      { numRuns: 200 },
    );
  });

  it('diffChange of a materialized change lists exactly the added lines', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const d = diffChange({ path: 'f', kind: 'add', after }, before);
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        const newLines = after.split('\n');
        for (const n of d.changedLines) expect(n).toBeLessThanOrEqual(newLines.length);
        expect(d.added).toBe(d.changedLines.length);
      }),
      { numRuns: 150 },
    );
  });
});
