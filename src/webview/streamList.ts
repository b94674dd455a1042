import type { PanelRow, RangeResult } from '../shared/protocol';
import { h } from './dom';
import { installRoving, setActive } from './roving';
import { RowCache } from './rowCache';
import { chunksFor, computeWindow, HeightIndex } from './virtualWindow';

export const CHUNK = 100;

export interface StreamDeps {
  loadRange(start: number, count: number): Promise<RangeResult | undefined>;
  renderRow(row: PanelRow, total: number): HTMLElement;
  onFollowChange(follow: boolean): void;
  /** The user scrolled (debounced): the first visible row, for restoring the position after a reload. */
  onScrolled?(firstRow: number): void;
}

/**
 * The virtualized event stream: only the rows in (and just around) the viewport are in the DOM,
 * positioned by a height index (estimated, then measured). Rows come from a bounded cache filled by
 * `loadRange`; rendering is batched per animation frame. "Follow live" keeps the end in view and
 * pauses as soon as the user scrolls away from it.
 */
export class StreamList {
  readonly el: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly heights = new HeightIndex(0, 56);
  readonly cache = new RowCache(1500);
  private readonly rendered = new Map<number, HTMLElement>();
  private total = 0;
  private gen = 0;
  private frame = 0;
  private scrollTimer: number | undefined;
  private expectedTop = -1;
  private pendingFocus: number | undefined;
  follow = true;
  /** performance.now() of the last render that put rows in the DOM (bench and tests read it). */
  lastRenderAt = 0;

  constructor(private readonly deps: StreamDeps) {
    this.spacer = h('div', { class: 'spacer', 'aria-hidden': 'true' });
    this.el = h('div', { class: 'stream', role: 'feed', 'aria-label': 'Session events', 'aria-busy': 'false', tabindex: -1 }, this.spacer);
    this.el.addEventListener('scroll', () => this.onScroll(), { passive: true });
    // Intent to look back pauses follow at once, even if a live render scrolls in the same frame.
    this.el.addEventListener('wheel', (ev) => ev.deltaY < 0 && this.setFollow(false), { passive: true });
    this.el.addEventListener('keydown', (ev) => {
      if (['PageUp', 'ArrowUp', 'Home'].includes(ev.key)) this.setFollow(false);
    });
    // A press on the stream itself (not a row) is a press on its scrollbar: the user takes over.
    this.el.addEventListener('pointerdown', (ev) => ev.target === this.el && this.setFollow(false));
    installRoving(this.el, {
      selector: 'article.row',
      onEdge: (dir, from) => {
        const next = Number(from.dataset.row) + dir;
        if (next < 0 || next >= this.total) return false;
        this.focusRow(next);
        return true;
      },
    });
    new ResizeObserver(() => this.schedule()).observe(this.el);
  }

  /** New stream (session or filter changed): drop rows and measurements. */
  reset(total: number): void {
    this.gen++;
    this.cache.clear();
    for (const el of this.rendered.values()) el.remove();
    this.rendered.clear();
    this.total = total;
    this.heights.reset(total);
    this.el.setAttribute('aria-busy', 'true');
    if (!this.follow) this.setScrollTop(0);
    this.schedule();
  }

  get count(): number {
    return this.total;
  }

  /** Live rows appended at the end of the stream. */
  append(rows: readonly PanelRow[], total: number): void {
    this.cache.put(rows);
    this.setTotal(total);
  }

  setTotal(total: number): void {
    if (total !== this.total) {
      this.total = total;
      this.heights.resize(total);
    }
    this.schedule();
  }

  /** Rows whose event changed: re-render them if they are on screen. */
  update(rows: readonly PanelRow[]): void {
    for (const r of rows) if (this.cache.update(r)) this.dropRendered(r.row);
    this.schedule();
  }

  /** Re-render everything on screen (findings changed, a row expanded). */
  invalidate(row?: number): void {
    if (row !== undefined) this.dropRendered(row);
    else for (const k of [...this.rendered.keys()]) this.dropRendered(k);
    this.schedule();
  }

  private dropRendered(row: number): void {
    const el = this.rendered.get(row);
    if (!el) return;
    if (el.contains(document.activeElement)) this.pendingFocus ??= row;
    el.remove();
    this.rendered.delete(row);
  }

  setFollow(follow: boolean): void {
    if (this.follow === follow) return;
    this.follow = follow;
    this.deps.onFollowChange(follow);
    this.schedule();
  }

  /** Scrolls row into view and focuses it (pauses follow). */
  focusRow(row: number): void {
    this.setFollow(false);
    const top = this.heights.offsetOf(row);
    const bottom = top + this.heights.height(row);
    if (top < this.el.scrollTop || bottom > this.el.scrollTop + this.el.clientHeight) this.setScrollTop(Math.max(0, top - 8));
    this.pendingFocus = row;
    this.renderNow();
  }

  /** Puts `row` at the top of the viewport (pauses follow), without moving focus. */
  scrollToRow(row: number): void {
    this.setFollow(false);
    this.setScrollTop(this.heights.offsetOf(Math.min(row, Math.max(0, this.total - 1))));
    this.schedule();
  }

  rowElement(row: number): HTMLElement | undefined {
    return this.rendered.get(row);
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderNow();
    });
  }

  private setScrollTop(y: number): void {
    this.expectedTop = Math.round(y);
    this.el.scrollTop = y;
    this.expectedTop = Math.round(this.el.scrollTop);
  }

  private onScroll(): void {
    const top = Math.round(this.el.scrollTop);
    if (Math.abs(top - this.expectedTop) <= 1) return;
    this.expectedTop = -1;
    if (this.scrollTimer !== undefined) window.clearTimeout(this.scrollTimer);
    this.scrollTimer = window.setTimeout(() => this.deps.onScrolled?.(this.heights.indexAt(this.el.scrollTop)), 300);
    const atBottom = top + this.el.clientHeight >= this.heights.total - 4;
    if (this.follow && !atBottom) this.setFollow(false);
    this.schedule();
  }

  private maxTop(): number {
    return Math.max(0, this.heights.total - this.el.clientHeight);
  }

  renderNow(): void {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    for (let pass = 0; pass < 3; pass++) if (!this.renderPass()) break;
    this.spacer.style.height = `${this.heights.total}px`;
    if (this.follow) this.setScrollTop(this.maxTop());
    if (this.pendingFocus !== undefined) {
      const el = this.rendered.get(this.pendingFocus);
      if (el) {
        setActive(this.el, 'article.row', el);
        this.pendingFocus = undefined;
      }
    }
  }

  /** One layout pass; returns true when measured heights moved rows (another pass is needed). */
  private renderPass(): boolean {
    this.spacer.style.height = `${this.heights.total}px`;
    if (this.follow) this.setScrollTop(this.maxTop());
    const scrollTop = this.el.scrollTop;
    const anchor = this.heights.indexAt(scrollTop);
    const anchorDelta = scrollTop - this.heights.offsetOf(anchor);
    const win = computeWindow(this.heights, scrollTop, this.el.clientHeight || 600, 4);
    this.requestMissing(win.start, win.end);
    for (const [row, el] of this.rendered) {
      if (row < win.start || row >= win.end || (el.classList.contains('placeholder') && this.cache.get(row))) {
        el.remove();
        this.rendered.delete(row);
      }
    }
    const fresh: [number, HTMLElement][] = [];
    let prev: HTMLElement = this.spacer;
    for (let i = win.start; i < win.end; i++) {
      let el = this.rendered.get(i);
      if (!el) {
        const row = this.cache.get(i);
        el = row ? this.deps.renderRow(row, this.total) : h('div', { class: 'row placeholder', 'data-row': i, 'aria-hidden': 'true' }, 'Loading…');
        this.rendered.set(i, el);
        if (row) fresh.push([i, el]);
      }
      if (prev.nextSibling !== el) prev.after(el);
      prev = el;
    }
    let moved = false;
    for (const [i, el] of fresh) if (this.heights.set(i, el.offsetHeight) !== 0) moved = true;
    for (const [i, el] of this.rendered) el.style.transform = `translateY(${this.heights.offsetOf(i)}px)`;
    if (fresh.length) {
      this.lastRenderAt = performance.now();
      this.el.setAttribute('aria-busy', 'false');
    }
    if (moved && !this.follow) this.setScrollTop(this.heights.offsetOf(anchor) + anchorDelta);
    this.cache.trim(win.start, win.end);
    return moved;
  }

  private requestMissing(start: number, end: number): void {
    for (const c of chunksFor({ start, end }, CHUNK)) {
      let missing = false;
      for (let i = c; i < Math.min(c + CHUNK, this.total); i++) if (!this.cache.get(i)) missing = true;
      if (!missing || !this.cache.claim(c)) continue;
      const gen = this.gen;
      void this.deps.loadRange(c, CHUNK).then(
        (res) => {
          this.cache.release(c);
          if (!res || gen !== this.gen) return;
          this.cache.put(res.rows);
          if (res.total !== this.total) this.setTotal(res.total);
          this.schedule();
        },
        () => this.cache.release(c),
      );
    }
  }
}
