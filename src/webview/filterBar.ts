import { CATEGORIES, SEVERITIES } from '../core/model/taxonomy';
import { ALL_EVENT_KINDS, type ViewFilter } from '../shared/protocol';
import { clear, h } from './dom';

const KIND_NAMES: Record<string, string> = {
  user_prompt: 'Prompts',
  reasoning: 'Reasoning',
  assistant_message: 'Assistant text',
  tool_call: 'Tool calls',
  tool_result: 'Tool results',
  notice: 'Notices',
  finding: 'Flag events',
  gate_decision: 'Gate decisions',
};

export interface SubagentOption {
  id: string;
  label: string;
}

function select(label: string, cls: string, options: [string, string][]): HTMLSelectElement {
  return h('select', { class: cls, 'aria-label': label }, ...options.map(([v, t]) => h('option', { value: v }, t)));
}

/** Filter controls: severity, category, event kind, subagent scope, flagged-only and text search. */
export class FilterBar {
  readonly el: HTMLElement;
  private readonly severity = select('Minimum severity', 'f-severity', [['', 'Any severity'], ...SEVERITIES.map((s): [string, string] => [s, `≥ ${s}`])]);
  private readonly category = select('Category', 'f-category', [['', 'All categories'], ...CATEGORIES.map((c): [string, string] => [c, c.replace(/_/g, ' ')])]);
  private readonly kind = select('Event kind', 'f-kind', [['', 'All kinds'], ...ALL_EVENT_KINDS.map((k): [string, string] => [k, KIND_NAMES[k] ?? k])]);
  private readonly subagent = select('Subagents', 'f-subagent', [['', 'This session']]);
  private readonly flagged = h('input', { type: 'checkbox', class: 'f-flagged', id: 'f-flagged' });
  private readonly search = h('input', { type: 'search', class: 'f-search', placeholder: 'Search events', 'aria-label': 'Search events' });
  private sessionId = '';
  private timer: number | undefined;

  constructor(private readonly onChange: (f: ViewFilter) => void) {
    this.el = h(
      'div',
      { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
      this.search,
      this.severity,
      this.category,
      this.kind,
      this.subagent,
      h('label', { class: 'f-flagged-label', for: 'f-flagged' }, this.flagged, 'Flagged only'),
    );
    for (const c of [this.severity, this.category, this.kind, this.subagent, this.flagged]) c.addEventListener('change', () => this.emit());
    this.search.addEventListener('input', () => {
      if (this.timer) window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.emit(), 200);
    });
  }

  /** Subagents of the selected session (the scope select offers them). */
  setSubagents(sessionId: string, subs: readonly SubagentOption[], current: readonly string[]): void {
    this.sessionId = sessionId;
    clear(this.subagent);
    this.subagent.append(h('option', { value: '' }, subs.length ? 'This session only' : 'No subagents'));
    if (subs.length) {
      this.subagent.append(h('option', { value: '*' }, `With all ${subs.length} subagents`));
      for (const s of subs) this.subagent.append(h('option', { value: s.id }, `Only ${s.label}`));
    }
    this.subagent.disabled = !subs.length;
    const all = subs.length > 0 && current.length === subs.length + 1;
    this.subagent.value = all ? '*' : current.length === 1 && current[0] !== sessionId ? current[0]! : '';
  }

  set(f: ViewFilter): void {
    this.severity.value = f.minSeverity ?? '';
    this.category.value = f.categories[0] ?? '';
    this.kind.value = f.kinds[0] ?? '';
    this.flagged.checked = f.flaggedOnly;
    this.search.value = f.text;
  }

  value(): ViewFilter {
    const sub = this.subagent.value;
    const subs = [...this.subagent.options].map((o) => o.value).filter((v) => v && v !== '*');
    return {
      kinds: this.kind.value ? [this.kind.value as ViewFilter['kinds'][number]] : [],
      ...(this.severity.value ? { minSeverity: this.severity.value as NonNullable<ViewFilter['minSeverity']> } : {}),
      categories: this.category.value ? [this.category.value as ViewFilter['categories'][number]] : [],
      flaggedOnly: this.flagged.checked,
      text: this.search.value.slice(0, 500),
      sessions: sub === '*' ? [this.sessionId, ...subs] : sub ? [sub] : [],
    };
  }

  private emit(): void {
    this.onChange(this.value());
  }
}
