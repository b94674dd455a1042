import type { Finding } from '../core/model/events';
import type { HostMessage, HostMessageOf, PanelSession, PanelSettings, SelectResult, ViewFilter } from '../shared/protocol';
import { DEFAULT_FILTER } from '../shared/protocol';
import { renderBanner } from './banner';
import { h } from './dom';
import { renderRow, type RenderCtx } from './eventView';
import { FilterBar } from './filterBar';
import { FindingsList } from './findingsList';
import { HoverCard } from './hoverCard';
import { Rpc, type VsCodeApi } from './rpc';
import { SessionList } from './sessionList';
import { StreamList } from './streamList';
import { wireStreamActions } from './streamActions';

type Notice = Exclude<HostMessage, { kind: 'response' }>;

/** The Reasoning panel in the webview: layout, state, and one small handler per host message kind. */
export class Panel {
  readonly rpc: Rpc;
  readonly stream: StreamList;
  readonly sessions: SessionList;
  readonly filters: FilterBar;
  readonly findingsList: FindingsList;
  readonly card: HoverCard;
  private readonly banner = h('div', { class: 'banner', role: 'status', hidden: true });
  private readonly status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly followBtn = h('button', { type: 'button', class: 'follow', 'aria-pressed': 'true' }, 'Following live');
  private readonly showAllBtn = h('button', { type: 'button', class: 'show-all', 'aria-pressed': 'false' }, 'Show all sessions');
  private readonly exportBtn = h('button', { type: 'button', class: 'export' }, 'Export report');
  private readonly parentBtn = h('button', { type: 'button', class: 'parent link', 'data-action': 'selectSession', hidden: true }, '← Parent session');
  settings: PanelSettings = { showAll: false, monitorsReasoning: true, monitorsAction: true };
  sessionList: PanelSession[] = [];
  selected: string | undefined;
  scope: string[] = [];
  filter: ViewFilter = DEFAULT_FILTER;
  private findings = new Map<string, Finding>();
  private byEvent = new Map<string, Finding[]>();
  private byRelated = new Map<string, Finding[]>();
  readonly expanded = new Set<string>();

  private readonly handlers: { [K in Notice['kind']]: (m: HostMessageOf<K>) => void } = {
    init: (m) => this.onInit(m),
    sessions: (m) => this.onSessions(m),
    appended: (m) => this.onAppended(m),
    selected: (m) => {
      if (m.sessionId && m.sessionId !== this.selected) void this.select(m.sessionId);
    },
    reset: (m) => this.onReset(m),
  };

  constructor(
    root: HTMLElement,
    private readonly api: VsCodeApi,
  ) {
    this.rpc = new Rpc(api, (m) => (this.handlers[m.kind] as (x: Notice) => void)(m));
    this.sessions = new SessionList((id) => void this.select(id));
    this.filters = new FilterBar((f) => void this.setFilter(f));
    this.findingsList = new FindingsList((f) => void this.jumpTo(f.eventId, f.id));
    this.card = new HoverCard({ finding: (id) => this.findings.get(id), jumpToEvent: (id) => void this.jumpTo(id) });
    this.stream = new StreamList({
      loadRange: (start, count) => (this.selected ? this.rpc.request('loadRange', { sessionId: this.selected, start, count }).catch((e: Error) => {
              this.say(`Could not load events: ${e.message}`);
              return undefined;
            }) : Promise.resolve(undefined)),
      renderRow: (row, total) => renderRow(row, total, this.renderCtx),
      onFollowChange: (follow) => this.onFollowChange(follow),
      onScrolled: (row) => this.selected && api.setState({ sessionId: this.selected, row }),
    });
    const header = h('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Panel actions' }, this.showAllBtn, this.exportBtn, this.followBtn, this.parentBtn);
    const sessionsBox = h('section', { class: 'sessions-box', 'aria-label': 'Sessions' }, this.sessions.el);
    root.append(header, sessionsBox, this.banner, this.filters.el, this.findingsList.el, this.status, this.stream.el, this.card.el);
    this.card.attach(root);
    wireStreamActions(root, this);
    this.followBtn.addEventListener('click', () => this.stream.setFollow(!this.stream.follow));
    this.showAllBtn.addEventListener('click', () => void this.rpc.request('toggleShowAll', {}).catch((e: Error) => this.say(e.message)));
    this.exportBtn.addEventListener('click', () => {
      if (this.selected) void this.rpc.request('exportReport', { sessionId: this.selected }).catch((e: Error) => this.say(`Export failed: ${e.message}`));
    });
  }

  get renderCtx(): RenderCtx {
    const merged = this.scope.length > 1 || (this.scope.length === 1 && this.scope[0] !== this.selected);
    const current = this.sessions.get(this.selected);
    return {
      findingsFor: (id) => this.byEvent.get(id),
      relatedTo: (id) => this.byRelated.get(id),
      expanded: this.expanded,
      agent: current?.session.agent,
      sessionLabel: (sid) => (merged && sid !== this.selected ? (this.sessions.get(sid)?.session.agentName ?? 'subagent') : undefined),
      monitorsSeeReasoning: this.settings.monitorsReasoning,
    };
  }

  start(): void {
    this.rpc.send({ kind: 'ready' });
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  private onInit(m: HostMessageOf<'init'>): void {
    this.settings = m.settings;
    this.filter = m.state.filter;
    this.filters.set(this.filter);
    this.stream.follow = m.state.follow;
    this.onFollowChange(m.state.follow);
    this.onSessions(m);
    const id = m.selected ?? m.state.sessionId;
    // The webview is not retained when hidden: scroll back to where the user was reading.
    const saved = this.api.getState() as { sessionId?: unknown; row?: unknown } | undefined;
    const row = !m.state.follow && saved?.sessionId === id && typeof saved?.row === 'number' ? saved.row : undefined;
    if (id) void this.select(id, true).then(() => row !== undefined && this.stream.scrollToRow(row));
    document.body.dataset.ready = '1';
  }

  private onSessions(m: { sessions: PanelSession[]; settings?: PanelSettings }): void {
    if (m.settings) this.settings = m.settings;
    this.sessionList = m.sessions;
    this.sessions.setSessions(m.sessions, this.selected);
    this.showAllBtn.setAttribute('aria-pressed', String(this.settings.showAll));
    this.showAllBtn.textContent = this.settings.showAll ? 'Showing all sessions' : 'Show all sessions';
    this.refreshSessionUi();
  }

  private refreshSessionUi(): void {
    const cur = this.sessions.get(this.selected);
    renderBanner(this.banner, cur, this.settings);
    this.exportBtn.disabled = !cur;
    const parent = cur?.session.parentSessionId;
    this.parentBtn.hidden = !parent || !this.sessions.get(parent);
    if (parent) this.parentBtn.dataset.session = parent;
    if (cur) {
      const subs = cur.children.map((id) => ({ id, label: `subagent ${this.sessions.get(id)?.session.agentName ?? id.slice(0, 8)}` }));
      this.filters.setSubagents(cur.session.id, subs, this.scope);
    }
  }

  private onAppended(m: HostMessageOf<'appended'>): void {
    if (!this.selected || !this.scope.includes(m.sessionId)) return;
    if (m.findings.length) {
      this.addFindings(m.findings);
      this.findingsList.set([...this.findings.values()]);
      this.stream.invalidate();
    }
    if (m.reindexed) {
      this.stream.reset(m.total);
      return;
    }
    if (m.updated?.length) this.stream.update(m.updated);
    this.stream.append(m.rows, m.total);
  }

  private onReset(m: HostMessageOf<'reset'>): void {
    this.say(`Stream reloaded: ${m.reason}.`);
    const id = m.sessionId ?? this.selected;
    if (id && this.sessions.get(id)) void this.select(id, true);
    else {
      this.selected = undefined;
      this.scope = [];
      this.applyResult(undefined);
    }
  }

  private onFollowChange(follow: boolean): void {
    this.followBtn.setAttribute('aria-pressed', String(follow));
    this.followBtn.textContent = follow ? 'Following live' : 'Resume live ↓';
    this.followBtn.classList.toggle('paused', !follow);
    void this.rpc.request('setFollow', { follow }).catch(() => undefined);
  }

  async select(id: string, force = false): Promise<void> {
    if (id === this.selected && !force) return;
    this.selected = id;
    this.sessions.setSelected(id);
    try {
      this.applyResult(await this.rpc.request('selectSession', { sessionId: id }));
    } catch (e) {
      this.say(`Cannot show session: ${(e as Error).message}`);
    }
  }

  async openSubagent(id: string): Promise<void> {
    this.selected = id;
    this.sessions.setSelected(id);
    this.applyResult(await this.rpc.request('openSubagent', { sessionId: id }));
  }

  private async setFilter(f: ViewFilter): Promise<void> {
    this.filter = f;
    if (!this.selected) return;
    this.applyResult(await this.rpc.request('setFilter', { filter: f }));
  }

  private addFindings(fs: readonly Finding[]): void {
    for (const f of fs) {
      if (this.findings.has(f.id)) continue;
      this.findings.set(f.id, f);
      this.byEvent.set(f.eventId, [...(this.byEvent.get(f.eventId) ?? []), f]);
      if (f.relatedEventId) this.byRelated.set(f.relatedEventId, [...(this.byRelated.get(f.relatedEventId) ?? []), f]);
    }
  }

  private applyResult(res: SelectResult | undefined): void {
    this.findings.clear();
    this.byEvent.clear();
    this.byRelated.clear();
    this.scope = res?.sessions ?? [];
    if (res) this.addFindings(res.findings);
    this.findingsList.set([...this.findings.values()]);
    this.card.hide();
    this.stream.reset(res?.total ?? 0);
    this.refreshSessionUi();
    this.say(res && res.total === 0 ? 'No events match.' : '');
  }

  /** Scrolls to an event (and focuses the flagged span `findingId` in it, when given). */
  async jumpTo(eventId: string, findingId?: string): Promise<void> {
    if (!this.selected) return;
    const { row } = await this.rpc.request('locateEvent', { sessionId: this.selected, eventId });
    if (row === null) return this.say('That event is hidden by the current filter.');
    this.focusRow(row, findingId);
  }

  focusRow(row: number, findingId?: string): void {
    this.stream.focusRow(row);
    let tries = 0;
    const tick = () => {
      const el = this.stream.rowElement(row);
      if (el && !el.classList.contains('placeholder')) {
        const mark = findingId ? el.querySelector<HTMLElement>(`mark.flag[data-findings~="${CSS.escape(findingId)}"]`) : null;
        (mark ?? el).focus();
        return;
      }
      if (tries++ < 60) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
}
