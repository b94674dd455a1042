/**
 * Row heights for a virtualized list of up to millions of rows: measured heights where known,
 * an estimate elsewhere, with O(log n) offset lookups both ways (a Fenwick tree over heights).
 */
export class HeightIndex {
  private heights: Float64Array;
  private tree: Float64Array;
  private n = 0;

  constructor(
    count = 0,
    readonly estimate = 48,
  ) {
    this.heights = new Float64Array(Math.max(16, count));
    this.tree = new Float64Array(this.heights.length + 1);
    this.resize(count);
  }

  get count(): number {
    return this.n;
  }

  /** Grows (new rows get the estimate) or shrinks to `count` rows. */
  resize(count: number): void {
    if (count > this.n && count <= this.heights.length) {
      // Live appends: O(log n) point updates instead of a rebuild.
      for (let i = this.n; i < count; i++) {
        this.heights[i] = this.estimate;
        for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]! += this.estimate;
      }
      this.n = count;
      return;
    }
    if (count > this.heights.length) {
      const h = new Float64Array(Math.max(count, this.heights.length * 2));
      h.set(this.heights.subarray(0, this.n));
      this.heights = h;
    }
    for (let i = this.n; i < count; i++) this.heights[i] = this.estimate;
    this.heights.fill(0, count);
    this.n = count;
    this.build();
  }

  /** Drop all measurements. */
  reset(count: number): void {
    this.heights.fill(0);
    this.tree.fill(0);
    this.n = 0;
    this.resize(count);
  }

  private build(): void {
    const size = this.heights.length;
    if (this.tree.length !== size + 1) this.tree = new Float64Array(size + 1);
    else this.tree.fill(0);
    // Every node up to the capacity: nodes past n cover ranges that include rows below n.
    for (let i = 0; i < size; i++) {
      const k = i + 1;
      this.tree[k]! += this.heights[i]!;
      const parent = k + (k & -k);
      if (parent <= size) this.tree[parent]! += this.tree[k]!;
    }
  }

  height(i: number): number {
    return this.heights[i] ?? this.estimate;
  }

  /** Records a measured height; returns the change. */
  set(i: number, h: number): number {
    if (i < 0 || i >= this.n) return 0;
    const d = h - this.heights[i]!;
    if (d === 0) return 0;
    this.heights[i] = h;
    for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]! += d;
    return d;
  }

  /** Top offset of row i (sum of heights before it). */
  offsetOf(i: number): number {
    let s = 0;
    for (let k = Math.min(i, this.n); k > 0; k -= k & -k) s += this.tree[k]!;
    return s;
  }

  get total(): number {
    return this.offsetOf(this.n);
  }

  /** Index of the row that contains offset y (clamped to [0, n-1]; 0 when empty). */
  indexAt(y: number): number {
    if (this.n === 0 || y <= 0) return 0;
    let pos = 0;
    let rem = y;
    let step = 1;
    while (step * 2 <= this.tree.length - 1) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && this.tree[next]! <= rem) {
        pos = next;
        rem -= this.tree[next]!;
      }
    }
    return Math.min(pos, this.n - 1);
  }
}

export interface RowWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Last row to render (exclusive). */
  end: number;
}

/** Rows to render for a viewport, with `overscan` extra rows on each side. */
export function computeWindow(index: HeightIndex, scrollTop: number, viewportHeight: number, overscan = 4): RowWindow {
  if (index.count === 0) return { start: 0, end: 0 };
  const first = index.indexAt(scrollTop);
  const last = index.indexAt(scrollTop + Math.max(1, viewportHeight) - 1);
  return { start: Math.max(0, first - overscan), end: Math.min(index.count, last + 1 + overscan) };
}

/** Chunk starts (multiples of `chunk`) covering rows [start, end). */
export function chunksFor(win: RowWindow, chunk: number): number[] {
  const out: number[] = [];
  for (let c = Math.floor(win.start / chunk) * chunk; c < win.end; c += chunk) out.push(c);
  return out;
}
