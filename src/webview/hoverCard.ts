import type { Finding } from '../core/model/events';
import { clear, h } from './dom';

export interface CardDeps {
  finding: (id: string) => Finding | undefined;
  /** Jump to an event of the stream (the tool call a flagged thought led to). */
  jumpToEvent: (eventId: string) => void;
}

/**
 * One floating card for flagged spans: shown on hover and on keyboard focus of a `mark.flag`,
 * listing each covering finding (category, severity, rationale, monitor) with a link to the tool
 * call it led to. Enter on a mark pins the card and moves focus into it; Escape returns.
 */
export class HoverCard {
  readonly el: HTMLElement;
  private anchor: HTMLElement | undefined;
  private hideTimer: number | undefined;
  /** The mark focus returns to after Escape: its focus must not reopen the card. */
  private returning: HTMLElement | undefined;

  constructor(private readonly deps: CardDeps) {
    this.el = h('div', { id: 'flag-card', class: 'card', role: 'dialog', 'aria-label': 'Flag details', hidden: true });
    this.el.addEventListener('mouseenter', () => this.cancelHide());
    this.el.addEventListener('mouseleave', () => this.scheduleHide());
    this.el.addEventListener('focusout', (ev) => {
      if (!this.el.contains(ev.relatedTarget as Node | null)) this.scheduleHide();
    });
    this.el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        const a = this.anchor;
        this.hide();
        this.returning = a;
        a?.focus();
        this.returning = undefined;
      }
    });
  }

  /** Wires hover/focus on every `mark.flag` inside `root` (event delegation). */
  attach(root: HTMLElement): void {
    const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('mark.flag') : null);
    root.addEventListener('mouseover', (ev) => {
      const m = markOf(ev.target);
      if (m) this.show(m);
    });
    root.addEventListener('mouseout', (ev) => {
      if (markOf(ev.target) && !markOf(ev.relatedTarget)) this.scheduleHide();
    });
    root.addEventListener('focusin', (ev) => {
      const m = markOf(ev.target);
      if (m && m !== this.returning) this.show(m);
    });
    root.addEventListener('focusout', (ev) => {
      if (markOf(ev.target) && !this.el.contains(ev.relatedTarget as Node | null)) this.scheduleHide();
    });
    root.addEventListener('keydown', (ev) => {
      const m = markOf(ev.target);
      if (!m) return;
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        ev.stopPropagation();
        this.show(m);
        this.el.querySelector<HTMLElement>('button')?.focus();
        if (!this.el.querySelector('button')) this.el.focus();
      } else if (ev.key === 'Escape') this.hide();
    });
  }

  show(mark: HTMLElement): void {
    this.cancelHide();
    const ids = (mark.dataset.findings ?? '').split(' ').filter(Boolean);
    const findings = ids.map((id) => this.deps.finding(id)).filter((f): f is Finding => !!f);
    if (!findings.length) return;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = mark;
    mark.setAttribute('aria-describedby', this.el.id);
    clear(this.el);
    this.el.tabIndex = -1;
    for (const f of findings) this.el.append(this.item(f));
    this.el.hidden = false;
    this.place(mark);
  }

  private item(f: Finding): HTMLElement {
    const link = f.relatedEventId
      ? h('button', { class: 'link', type: 'button', 'data-related': f.relatedEventId }, 'Go to the tool call this thought led to →')
      : null;
    link?.addEventListener('click', () => {
      this.hide();
      this.deps.jumpToEvent(f.relatedEventId!);
    });
    return h(
      'div',
      { class: `card-item sev-${f.severity}` },
      h('div', { class: 'card-head' }, h('span', { class: `sev-badge sev-${f.severity}` }, f.severity), h('span', { class: 'card-cat' }, f.category.replace(/_/g, ' '))),
      h('div', { class: 'card-msg' }, f.message),
      f.quote ? h('div', { class: 'card-quote' }, `“${f.quote.slice(0, 300)}”`) : null,
      h('div', { class: 'card-monitor' }, `monitor: ${f.monitor} · ${f.channel}`),
      link,
    );
  }

  private place(mark: HTMLElement): void {
    const r = mark.getBoundingClientRect();
    const w = Math.min(320, window.innerWidth - 16);
    this.el.style.width = `${w}px`;
    this.el.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - w - 8))}px`;
    const below = r.bottom + 6;
    const height = this.el.offsetHeight;
    this.el.style.top = `${below + height > window.innerHeight && r.top - height - 6 > 0 ? r.top - height - 6 : below}px`;
  }

  hide(): void {
    this.cancelHide();
    this.el.hidden = true;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = undefined;
  }

  isOpenFor(mark: HTMLElement): boolean {
    return !this.el.hidden && this.anchor === mark;
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) window.clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
