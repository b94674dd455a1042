import type { PanelSession } from '../shared/protocol';
import { clear, h, shortDate } from './dom';
import { ensureTabStop, installRoving } from './roving';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const AGENT_LABEL: Record<string, string> = { 'claude-code': 'Claude', codex: 'Codex', copilot: 'Copilot', 'vigil-jsonl': 'JSONL', other: 'Agent' };

/** Roots first (most recent first, as listed), subagents nested under their parent session. */
export function sessionTree(sessions: readonly PanelSession[]): { node: PanelSession; children: PanelSession[] }[] {
  const byId = new Map(sessions.map((s) => [s.session.id, s]));
  const childrenOf = new Map<string, PanelSession[]>();
  for (const s of sessions) {
    const p = s.session.parentSessionId;
    if (p && byId.has(p)) childrenOf.set(p, [...(childrenOf.get(p) ?? []), s]);
  }
  return sessions.filter((s) => !s.session.parentSessionId || !byId.has(s.session.parentSessionId)).map((node) => ({ node, children: childrenOf.get(node.session.id) ?? [] }));
}

/** The session list: a keyboard-navigable tree with state, counts, highest flag and read-only badge. */
export class SessionList {
  readonly el: HTMLElement;
  private sessions: readonly PanelSession[] = [];
  private selected: string | undefined;

  constructor(private readonly onSelect: (id: string) => void) {
    this.el = h('ul', { class: 'sessions', role: 'tree', 'aria-label': 'Agent sessions' });
    installRoving(this.el, { selector: '[role=treeitem]', onActivate: (item) => this.pick(item) });
    this.el.addEventListener('click', (ev) => {
      const item = (ev.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
      if (item) this.pick(item);
    });
  }

  private pick(item: HTMLElement): void {
    const id = item.dataset.session;
    if (id) this.onSelect(id);
  }

  setSessions(sessions: readonly PanelSession[], selected: string | undefined): void {
    this.sessions = sessions;
    this.selected = selected;
    this.render();
  }

  setSelected(id: string | undefined): void {
    this.selected = id;
    for (const li of this.el.querySelectorAll<HTMLElement>('[role=treeitem]')) li.setAttribute('aria-selected', li.dataset.session === id ? 'true' : 'false');
  }

  get(id: string | undefined): PanelSession | undefined {
    return this.sessions.find((s) => s.session.id === id);
  }

  private render(): void {
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role=treeitem]')?.dataset.session;
    clear(this.el);
    const tree = sessionTree(this.sessions);
    if (!tree.length) {
      this.el.append(h('li', { class: 'empty', role: 'none' }, 'No agent sessions in this workspace yet. Start Claude Code or Codex here, or show all sessions.'));
      return;
    }
    for (const { node, children } of tree) {
      const li = this.item(node, 1, children.length > 0);
      if (children.length) li.append(h('ul', { role: 'group' }, ...children.map((c) => this.item(c, 2, false))));
      this.el.append(li);
    }
    const items = [...this.el.querySelectorAll<HTMLElement>('[role=treeitem]')];
    const tab = items.find((i) => i.dataset.session === (focused ?? this.selected)) ?? items[0];
    for (const i of items) i.tabIndex = i === tab ? 0 : -1;
    ensureTabStop(this.el, '[role=treeitem]');
    if (focused) tab?.focus();
  }

  private item(s: PanelSession, level: number, hasChildren: boolean): HTMLElement {
    const { session, counts } = s;
    const title = session.agentName && session.parentSessionId ? `subagent ${session.agentName}${session.title ? ` · ${session.title}` : ''}` : session.title || session.id.slice(0, 8);
    const readOnly = s.readOnly || s.source === 'report';
    const line = h(
      'div',
      { class: 'session-line' },
      h('span', { class: `agent agent-${session.agent}` }, AGENT_LABEL[session.agent] ?? session.agent),
      h('span', { class: 'title' }, title),
      h('span', { class: `state state-${s.state}` }, s.state),
      readOnly ? h('span', { class: 'badge readonly', title: 'Opened from a report: read-only' }, 'read-only') : null,
    );
    const meta = h(
      'div',
      { class: 'session-meta' },
      h('span', {}, shortDate(session.startedAt)),
      h('span', {}, `${plural(counts.events, 'event')} · ${plural(counts.toolCalls, 'tool')} · ${plural(counts.findings, 'flag')}`),
      s.maxSeverity ? h('span', { class: `sev-badge sev-${s.maxSeverity}` }, s.maxSeverity) : null,
    );
    return h(
      'li',
      {
        role: 'treeitem',
        class: `session level-${level}`,
        'data-session': session.id,
        'aria-level': level,
        'aria-selected': session.id === this.selected ? 'true' : 'false',
        'aria-expanded': hasChildren ? 'true' : undefined,
        'aria-label': `${AGENT_LABEL[session.agent] ?? session.agent} session ${title}, ${s.state}${readOnly ? ', read-only' : ''}, ${counts.findings} flags${s.maxSeverity ? `, highest ${s.maxSeverity}` : ''}`,
        tabindex: -1,
      },
      line,
      meta,
    );
  }
}
