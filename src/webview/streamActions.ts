import type { Panel } from './panel';

type Action = (el: HTMLElement, panel: Panel) => void | Promise<void>;

function fail(panel: Panel): (e: Error) => void {
  return (e) => panel.say(e.message);
}

/** What the buttons inside rows and the banner do, keyed by their `data-action`. */
const ACTIONS: Record<string, Action> = {
  open: (el, p) => {
    if (!p.selected || !el.dataset.path) return;
    const line = Number(el.dataset.line) || undefined;
    void p.rpc.request('openLocation', { sessionId: p.selected, path: el.dataset.path, ...(line ? { line } : {}) }).catch(fail(p));
  },
  openSubagent: (el, p) => {
    if (el.dataset.session) void p.openSubagent(el.dataset.session).catch(fail(p));
  },
  selectSession: (el, p) => {
    if (el.dataset.session) void p.select(el.dataset.session);
  },
  jump: (el, p) => {
    if (el.dataset.event) void p.jumpTo(el.dataset.event);
  },
  reveal: async (el, p) => {
    if (!p.selected || !el.dataset.tool) return;
    const { row } = await p.rpc.request('revealToolCall', { sessionId: p.selected, toolUseId: el.dataset.tool });
    if (row === null) p.say('That tool call is hidden by the current filter.');
    else p.focusRow(row);
  },
  toggle: (el, p) => {
    const key = el.dataset.key;
    if (!key) return;
    if (p.expanded.has(key)) p.expanded.delete(key);
    else p.expanded.add(key);
    const row = el.closest<HTMLElement>('article.row');
    p.stream.invalidate(row ? Number(row.dataset.row) : undefined);
    p.stream.renderNow();
    const again = row ? p.stream.rowElement(Number(row.dataset.row)) : undefined;
    again?.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus();
  },
  loadFull: async (el, p) => {
    const row = el.closest<HTMLElement>('article.row');
    if (!p.selected || !el.dataset.event || !row) return;
    const { event } = await p.rpc.request('loadEvent', { sessionId: p.selected, eventId: el.dataset.event });
    const n = Number(row.dataset.row);
    const cached = p.stream.cache.get(n);
    if (!cached) return;
    p.stream.cache.put([{ row: n, event: event.kind === 'tool_call' ? { ...event, input: null } : event, ...(cached.inputPreview ? { inputPreview: cached.inputPreview } : {}) }]);
    p.stream.invalidate(n);
  },
  enableSummaries: (_el, p) => {
    void p.rpc
      .request('enableThinkingSummaries', {})
      .then(() => p.say('Thinking summaries enabled for new Claude Code sessions.'))
      .catch(fail(p));
  },
};

/** One delegated click listener for every `[data-action]` button in the panel. */
export function wireStreamActions(root: HTMLElement, panel: Panel): void {
  root.addEventListener('click', (ev) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = el?.dataset.action ? ACTIONS[el.dataset.action] : undefined;
    if (!el || !action) return;
    ev.preventDefault();
    void Promise.resolve(action(el, panel)).catch(fail(panel));
  });
}
