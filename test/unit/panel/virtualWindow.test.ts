import { describe, expect, it } from 'vitest';
import { chunksFor, computeWindow, HeightIndex } from '../../../src/webview/virtualWindow';
import { RowCache } from '../../../src/webview/rowCache';

describe('HeightIndex', () => {
  it('uses the estimate until rows are measured', () => {
    const h = new HeightIndex(100_000, 50);
    expect(h.total).toBe(5_000_000);
    expect(h.offsetOf(10)).toBe(500);
    expect(h.indexAt(0)).toBe(0);
    expect(h.indexAt(499)).toBe(9);
    expect(h.indexAt(500)).toBe(10);
    expect(h.indexAt(10_000_000)).toBe(99_999);
  });

  it('keeps offsets consistent after measurements (matches a naive prefix sum)', () => {
    const n = 500;
    const h = new HeightIndex(n, 40);
    const naive = new Array<number>(n).fill(40);
    for (let k = 0; k < 2000; k++) {
      const i = Math.floor(Math.random() * n);
      const v = 10 + Math.floor(Math.random() * 300);
      h.set(i, v);
      naive[i] = v;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      expect(h.offsetOf(i)).toBe(sum);
      expect(h.indexAt(sum)).toBe(i);
      expect(h.indexAt(sum + naive[i]! - 1)).toBe(i);
      sum += naive[i]!;
    }
    expect(h.total).toBe(sum);
  });

  it('grows with appended rows and keeps earlier measurements', () => {
    const h = new HeightIndex(3, 20);
    h.set(1, 100);
    h.resize(1000);
    expect(h.count).toBe(1000);
    expect(h.offsetOf(2)).toBe(120);
    expect(h.total).toBe(120 + 998 * 20);
    h.reset(2);
    expect(h.total).toBe(40);
  });

  it('stays consistent when rows are appended one by one past its capacity (live streaming)', () => {
    const h = new HeightIndex(1000, 50);
    const naive = new Array<number>(1000).fill(50);
    for (let n = 1001; n <= 1300; n++) {
      h.resize(n);
      naive.push(50);
      const v = 20 + (n % 7) * 10;
      h.set(n - 1, v);
      naive[n - 1] = v;
    }
    let sum = 0;
    for (let i = 0; i < naive.length; i++) {
      expect(h.offsetOf(i)).toBe(sum);
      expect(h.indexAt(sum)).toBe(i);
      sum += naive[i]!;
    }
    expect(h.total).toBe(sum);
    h.reset(10);
    expect(h.total).toBe(500);
    expect(h.indexAt(499)).toBe(9);
  });

  it('ignores out-of-range sets', () => {
    const h = new HeightIndex(2, 10);
    expect(h.set(5, 100)).toBe(0);
    expect(h.total).toBe(20);
  });
});

describe('computeWindow', () => {
  it('covers the viewport plus overscan', () => {
    const h = new HeightIndex(1000, 50);
    expect(computeWindow(h, 0, 500, 4)).toEqual({ start: 0, end: 14 });
    expect(computeWindow(h, 5000, 500, 4)).toEqual({ start: 96, end: 114 });
    expect(computeWindow(h, h.total - 500, 500, 4)).toEqual({ start: 986, end: 1000 });
    expect(computeWindow(new HeightIndex(0), 0, 500)).toEqual({ start: 0, end: 0 });
  });

  it('renders a bounded number of rows for a 100k list wherever it is scrolled', () => {
    const h = new HeightIndex(100_000, 48);
    for (const top of [0, 1e5, 2.4e6, h.total - 900]) {
      const w = computeWindow(h, top, 900, 4);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(900 / 48) + 9);
    }
  });

  it('chunks a window into aligned load ranges', () => {
    expect(chunksFor({ start: 95, end: 230 }, 100)).toEqual([0, 100, 200]);
    expect(chunksFor({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});

describe('RowCache', () => {
  const row = (i: number) => ({ row: i, event: { id: `e${i}`, sessionId: 's', seq: i, kind: 'notice' as const, subtype: 'x', text: '' } });

  it('evicts the rows farthest from the window beyond its bound', () => {
    const c = new RowCache(100);
    c.put(Array.from({ length: 300 }, (_, i) => row(i)));
    expect(c.trim(150, 160)).toBe(200);
    expect(c.size).toBe(100);
    expect(c.get(155)).toBeDefined();
    expect(c.get(0)).toBeUndefined();
    expect(c.get(299)).toBeUndefined();
  });

  it('tracks in-flight chunks and updates rows only when the event matches', () => {
    const c = new RowCache();
    expect(c.claim(0)).toBe(true);
    expect(c.claim(0)).toBe(false);
    c.release(0);
    expect(c.claim(0)).toBe(true);
    c.put([row(1)]);
    expect(c.update({ ...row(1), event: { ...row(1).event, text: 'new' } })).toBe(true);
    expect(c.update(row(2))).toBe(false);
    expect(c.update({ ...row(1), event: { ...row(1).event, id: 'other' } })).toBe(false);
  });
});
