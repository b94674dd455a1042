/**
 * Roving tabindex for a composite widget (tree, listbox, feed): one item is tabbable, arrow keys
 * move between items, Home/End jump, Enter/Space activate. Items are found with `selector` inside
 * `container` each time (lists re-render).
 */
export interface RovingOptions {
  selector: string;
  onActivate?: (item: HTMLElement, ev: KeyboardEvent) => void;
  /** Called when moving past the ends (virtual lists load more rows). Return true when handled. */
  onEdge?: (dir: -1 | 1, from: HTMLElement) => boolean;
}

export function items(container: HTMLElement, selector: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(selector)];
}

export function setActive(container: HTMLElement, selector: string, item: HTMLElement | undefined, focus = true): void {
  for (const el of items(container, selector)) el.tabIndex = el === item ? 0 : -1;
  if (item && focus) item.focus({ preventScroll: false });
}

/** Ensures exactly one item is tabbable (after a re-render). */
export function ensureTabStop(container: HTMLElement, selector: string): void {
  const all = items(container, selector);
  if (!all.length) return;
  if (!all.some((el) => el.tabIndex === 0)) all[0]!.tabIndex = 0;
}

export function installRoving(container: HTMLElement, opts: RovingOptions): void {
  container.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    const current = target.closest<HTMLElement>(opts.selector);
    if (!current || !container.contains(current) || current !== target) return;
    const all = items(container, opts.selector);
    const at = all.indexOf(current);
    let next: HTMLElement | undefined;
    switch (ev.key) {
      case 'ArrowDown':
        next = all[at + 1];
        if (!next && opts.onEdge?.(1, current)) return ev.preventDefault();
        break;
      case 'ArrowUp':
        next = all[at - 1];
        if (!next && opts.onEdge?.(-1, current)) return ev.preventDefault();
        break;
      case 'Home':
        next = all[0];
        break;
      case 'End':
        next = all[all.length - 1];
        break;
      case 'Enter':
      case ' ':
        if (opts.onActivate) {
          ev.preventDefault();
          opts.onActivate(current, ev);
        }
        return;
      default:
        return;
    }
    ev.preventDefault();
    if (next) setActive(container, opts.selector, next);
  });
  container.addEventListener('focusin', (ev) => {
    const item = (ev.target as HTMLElement).closest<HTMLElement>(opts.selector);
    if (item && container.contains(item) && item.tabIndex !== 0) setActive(container, opts.selector, item, false);
  });
}
