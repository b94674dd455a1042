import type { Finding } from '../core/model/events';
import { CATEGORIES, SEVERITIES, severityRank } from '../core/model/taxonomy';
import { clear, h } from './dom';
import { installRoving } from './roving';

/** Counts by category and by severity (pure: unit-tested). */
export function countFindings(findings: readonly Finding[]): { byCategory: Map<string, number>; bySeverity: Map<string, number> } {
  const byCategory = new Map<string, number>();
  const bySeverity = new Map<string, number>();
  for (const f of findings) {
    byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
  }
  return { byCategory, bySeverity };
}

/**
 * The findings list of the stream's scope: counts by category and severity, then each finding
 * (most severe first); Enter/click jumps to the flagged span in the stream.
 */
export class FindingsList {
  readonly el: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private open = false;

  constructor(private readonly onJump: (f: Finding) => void) {
    this.toggle = h('button', { type: 'button', class: 'findings-toggle', 'aria-expanded': 'false', 'aria-controls': 'findings-list' }, 'Flags');
    this.summary = h('div', { class: 'findings-counts', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'findings-list', id: 'findings-list', role: 'listbox', 'aria-label': 'Flags in this stream', hidden: true });
    this.el = h('section', { class: 'findings', 'aria-label': 'Flags' }, h('div', { class: 'findings-bar' }, this.toggle, this.summary), this.list);
    this.toggle.addEventListener('click', () => this.setOpen(!this.open));
    installRoving(this.list, { selector: '[role=option]', onActivate: (item) => this.activate(item) });
    this.list.addEventListener('click', (ev) => {
      const item = (ev.target as HTMLElement).closest<HTMLElement>('[role=option]');
      if (item) this.activate(item);
    });
  }

  private findings: Finding[] = [];

  private activate(item: HTMLElement): void {
    const f = this.findings.find((x) => x.id === item.dataset.finding);
    if (f) this.onJump(f);
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.toggle.textContent = `${open ? '▾' : '▸'} Flags (${this.findings.length})`;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.list.hidden = !open;
  }

  set(findings: readonly Finding[]): void {
    this.findings = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const { byCategory, bySeverity } = countFindings(findings);
    clear(this.summary);
    for (const s of [...SEVERITIES].reverse()) {
      const n = bySeverity.get(s);
      if (n) this.summary.append(h('span', { class: `sev-badge sev-${s}`, 'data-severity': s }, `${s} ${n}`));
    }
    for (const c of CATEGORIES) {
      const n = byCategory.get(c);
      if (n) this.summary.append(h('span', { class: 'cat-count', 'data-category': c }, `${c.replace(/_/g, ' ')} ${n}`));
    }
    clear(this.list);
    this.findings.slice(0, 500).forEach((f, i) =>
      this.list.append(
        h(
          'li',
          { role: 'option', tabindex: i === 0 ? 0 : -1, 'data-finding': f.id, class: `finding-item sev-${f.severity}`, 'aria-selected': 'false' },
          h('span', { class: `sev-badge sev-${f.severity}` }, f.severity),
          h('span', { class: 'finding-cat' }, f.category.replace(/_/g, ' ')),
          h('span', { class: 'finding-msg' }, f.message),
        ),
      ),
    );
    this.toggle.textContent = `${this.open ? '▾' : '▸'} Flags (${findings.length})`;
  }
}
