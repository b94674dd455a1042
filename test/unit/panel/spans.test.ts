import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/events';
import { findingsForField, segmentText } from '../../../src/core/model/spans';

function f(id: string, start: number, end: number, severity: Finding['severity'] = 'medium', field?: Finding['field']): Finding {
  return { id, category: 'reward_hacking', severity, channel: 'reasoning', monitor: 'm', eventId: 'e', quote: '', message: id, span: { start, end }, ...(field ? { field } : {}) };
}

describe('segmentText', () => {
  it('returns one plain segment when nothing is flagged', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, findings: [] }]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it('cuts around a single span', () => {
    const a = f('a', 2, 5, 'high');
    const segs = segmentText(10, [a]);
    expect(segs.map((s) => [s.start, s.end, s.findings.map((x) => x.id), s.severity])).toEqual([
      [0, 2, [], undefined],
      [2, 5, ['a'], 'high'],
      [5, 10, [], undefined],
    ]);
  });

  it('splits overlapping spans into pieces listing every covering finding, coloured by the highest severity', () => {
    const a = f('a', 0, 6, 'low');
    const b = f('b', 4, 10, 'critical');
    const segs = segmentText(12, [a, b]);
    expect(segs.map((s) => [s.start, s.end, s.findings.map((x) => x.id), s.severity])).toEqual([
      [0, 4, ['a'], 'low'],
      [4, 6, ['a', 'b'], 'critical'],
      [6, 10, ['b'], 'critical'],
      [10, 12, [], undefined],
    ]);
  });

  it('handles nested and identical spans', () => {
    const outer = f('o', 0, 10);
    const inner = f('i', 3, 5, 'high');
    const same = f('s', 0, 10);
    const segs = segmentText(10, [outer, inner, same]);
    expect(segs.map((s) => [s.start, s.end, s.findings.map((x) => x.id)])).toEqual([
      [0, 3, ['o', 's']],
      [3, 5, ['o', 'i', 's']],
      [5, 10, ['o', 's']],
    ]);
    expect(segs[1]!.severity).toBe('high');
  });

  it('merges adjacent pieces with the same findings and clamps spans to trimmed text', () => {
    const a = f('a', 2, 50);
    const empty = f('e', 4, 4);
    const inverted = f('x', 8, 3);
    expect(segmentText(6, [a, empty, inverted]).map((s) => [s.start, s.end, s.findings.length])).toEqual([
      [0, 2, 0],
      [2, 6, 1],
    ]);
  });

  it('covers the text exactly once for random span sets', () => {
    for (let trial = 0; trial < 200; trial++) {
      const len = 1 + Math.floor(Math.random() * 60);
      const fs = Array.from({ length: Math.floor(Math.random() * 6) }, (_, k) => {
        const s = Math.floor(Math.random() * len);
        return f(`f${k}`, s, s + Math.floor(Math.random() * 20));
      });
      const segs = segmentText(len, fs);
      expect(segs[0]!.start).toBe(0);
      expect(segs.at(-1)!.end).toBe(len);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
      for (const s of segs) for (const x of fs) {
        const covers = x.span!.start <= s.start && Math.min(x.span!.end, len) >= s.end && x.span!.end > x.span!.start;
        expect(s.findings.includes(x)).toBe(covers);
      }
    }
  });
});

describe('findingsForField', () => {
  it('selects spans of a field; a missing field means the main text', () => {
    const t = f('t', 0, 1);
    const c = f('c', 0, 1, 'low', 'command');
    const noSpan: Finding = { ...f('n', 0, 1), span: undefined };
    expect(findingsForField([t, c, noSpan], 'text').map((x) => x.id)).toEqual(['t']);
    expect(findingsForField([t, c, noSpan], 'command').map((x) => x.id)).toEqual(['c']);
    expect(findingsForField(undefined, 'text')).toEqual([]);
  });
});
