import type { PanelRow } from '../shared/protocol';

/**
 * The rows the webview holds: a bounded cache keyed by row index. When it grows past `max`, the
 * rows farthest from the current window are dropped (they are fetched again with `loadRange`).
 */
export class RowCache {
  private rows = new Map<number, PanelRow>();
  private inFlight = new Set<number>();

  constructor(readonly max = 1500) {}

  get size(): number {
    return this.rows.size;
  }

  get(row: number): PanelRow | undefined {
    return this.rows.get(row);
  }

  put(rows: readonly PanelRow[]): void {
    for (const r of rows) this.rows.set(r.row, r);
  }

  /** Replace a row whose event was updated, by event id (only when cached). */
  update(row: PanelRow): boolean {
    const old = this.rows.get(row.row);
    if (!old || old.event.id !== row.event.id) return false;
    this.rows.set(row.row, row);
    return true;
  }

  clear(): void {
    this.rows.clear();
    this.inFlight.clear();
  }

  /** Marks a chunk as requested; false if it already was. */
  claim(chunkStart: number): boolean {
    if (this.inFlight.has(chunkStart)) return false;
    this.inFlight.add(chunkStart);
    return true;
  }

  release(chunkStart: number): void {
    this.inFlight.delete(chunkStart);
  }

  /** Evicts the rows farthest from [start, end) until at most `max` remain. */
  trim(start: number, end: number): number {
    if (this.rows.size <= this.max) return 0;
    const dist = (i: number) => (i < start ? start - i : i >= end ? i - end + 1 : 0);
    const keys = [...this.rows.keys()].sort((a, b) => dist(b) - dist(a));
    const drop = this.rows.size - this.max;
    for (let i = 0; i < drop; i++) this.rows.delete(keys[i]!);
    return drop;
  }
}
