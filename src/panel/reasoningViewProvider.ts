import * as vscode from 'vscode';
import type { VigilContext } from '../context';
import type { VigilEvent } from '../core/model/events';
import type { SessionSummary } from '../core/session/types';
import { DEFAULT_FILTER, type HostMessage, type PanelSettings, type SelectResult } from '../shared/protocol';
import { panelHtml } from './html';
import { createRouter } from './messageRouter';
import { createHandlers, type PanelHost } from './panelHandlers';
import { SessionFeed } from './sessionFeed';
import { StreamView } from './streamView';

export const REASONING_VIEW_ID = 'vigil.reasoning';
/** At most this many new rows ride along with an `appended` post; the webview loads any others by range. */
export const MAX_PUSHED_ROWS = 200;

/**
 * The Reasoning panel (`vigil.reasoning`). The webview is not retained when hidden: its state
 * (selected session, filter, follow) lives here and is re-sent on every resolve. Posts wait for the
 * webview's `ready`; after the initial state only deltas are sent (batched appends).
 */
export class ReasoningViewProvider implements vscode.WebviewViewProvider, PanelHost, vscode.Disposable {
  readonly view: StreamView;
  follow = true;
  private webview: vscode.WebviewView | undefined;
  private ready = false;
  private readonly feed: SessionFeed;
  private readonly subs: vscode.Disposable[] = [];
  private viewSubs: vscode.Disposable[] = [];
  private sessionsTimer: ReturnType<typeof setTimeout> | undefined;
  private sessionsPostedAt = 0;

  constructor(readonly ctx: VigilContext) {
    this.view = new StreamView((id) => ctx.sessions.get(id));
    this.feed = new SessionFeed((sid, changed) => this.flushAppend(sid, changed as VigilEvent[]), 30);
    this.subs.push(
      ctx.sessions.onDidAppend((a) => this.feed.push(a.sessionId, a.events)),
      ctx.sessions.onDidChangeSessions(() => this.onSessionsChanged()),
      ctx.selection.onDidChange((id) => this.post({ kind: 'selected', ...(id ? { sessionId: id } : {}) })),
      ctx.config.onDidChange(['monitors.reasoning', 'monitors.action', 'sessions.showAll'], () => this.postSessions()),
      this.feed,
    );
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.disposeView();
    this.webview = webviewView;
    this.ready = false;
    const extUri = this.ctx.extension.extensionUri;
    webviewView.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extUri, 'dist'), vscode.Uri.joinPath(extUri, 'media')],
    };
    const router = createRouter({
      handlers: createHandlers(this),
      post: (m) => this.post(m, true),
      onReady: () => this.onReady(),
      log: (m) => this.ctx.log.warn(m),
    });
    this.viewSubs.push(
      webviewView.webview.onDidReceiveMessage((m) => void router(m)),
      webviewView.onDidDispose(() => {
        if (this.webview === webviewView) this.webview = undefined;
        this.ready = false;
        this.disposeView();
      }),
    );
    webviewView.webview.html = panelHtml(webviewView.webview, extUri, vscode.Uri.joinPath);
  }

  select(sessionId: string): SelectResult {
    if (!this.ctx.sessions.get(sessionId)) throw new Error(`unknown session ${sessionId}`);
    const keepScope = this.view.sessionId === sessionId;
    this.view.select(sessionId, keepScope ? this.view.currentFilter() : { ...this.view.currentFilter(), sessions: [] });
    this.ctx.selection.select(sessionId);
    return { sessionId, total: this.view.total, findings: this.view.findings(), sessions: this.view.scope() };
  }

  private settings(): PanelSettings {
    return {
      showAll: this.ctx.sessions.isShowAll(),
      monitorsReasoning: this.ctx.config.get('monitors.reasoning'),
      monitorsAction: this.ctx.config.get('monitors.action'),
    };
  }

  private list(): SessionSummary[] {
    return this.ctx.sessions.list();
  }

  private onReady(): void {
    this.ready = true;
    const sessions = this.list();
    const chosen = this.ctx.selection.current();
    const selected = (chosen && this.ctx.sessions.get(chosen) ? chosen : undefined) ?? this.view.sessionId ?? sessions.find((s) => !s.session.parentSessionId)?.session.id;
    this.post({
      kind: 'init',
      sessions,
      ...(selected ? { selected } : {}),
      settings: this.settings(),
      state: { ...(this.view.sessionId ? { sessionId: this.view.sessionId } : {}), filter: this.view.currentFilter() ?? DEFAULT_FILTER, follow: this.follow },
    });
  }

  /** Session summaries cost a pass over each log: at most one `sessions` post per 250 ms while streaming. */
  private postSessions(): void {
    if (this.sessionsTimer) return;
    const wait = Math.max(0, this.sessionsPostedAt + 250 - Date.now());
    this.sessionsTimer = setTimeout(() => {
      this.sessionsTimer = undefined;
      this.sessionsPostedAt = Date.now();
      this.post({ kind: 'sessions', sessions: this.list(), settings: this.settings() });
    }, wait);
  }

  private onSessionsChanged(): void {
    this.postSessions();
    const sid = this.view.sessionId;
    if (!sid) return;
    if (!this.ctx.sessions.get(sid)) {
      this.view.select(undefined);
      this.post({ kind: 'reset', reason: 'session removed' });
      return;
    }
    // A reset log (source truncated) shows up here, not as an append.
    if (this.view.resetIfShrunk(sid)) this.post({ kind: 'reset', reason: 'session source was rewritten', sessionId: sid });
  }

  private flushAppend(sid: string, changed: VigilEvent[]): void {
    const delta = this.view.append(sid, changed);
    if (delta === undefined) return;
    if (delta === 'reset') {
      this.post({ kind: 'reset', reason: 'session source was rewritten', sessionId: this.view.sessionId });
      return;
    }
    if (!delta.rows.length && !delta.updated.length && !delta.findings.length && !delta.reindexed) return;
    this.post({
      kind: 'appended',
      sessionId: sid,
      total: this.view.total,
      rows: delta.rows.slice(-MAX_PUSHED_ROWS),
      ...(delta.updated.length ? { updated: delta.updated } : {}),
      findings: delta.findings,
      ...(delta.reindexed ? { reindexed: true } : {}),
    });
  }

  /** Posts to the webview once it said `ready`; before that, state is sent with `init` instead. */
  private post(msg: HostMessage, evenIfNotReady = false): void {
    if (!this.webview || (!this.ready && !evenIfNotReady)) return;
    void this.webview.webview.postMessage(msg);
  }

  private disposeView(): void {
    for (const d of this.viewSubs) d.dispose();
    this.viewSubs = [];
  }

  dispose(): void {
    if (this.sessionsTimer) clearTimeout(this.sessionsTimer);
    this.disposeView();
    for (const d of this.subs) d.dispose();
  }
}

/** Registers the Reasoning panel view; called from `activate`. */
export function registerReasoningView(ctx: VigilContext): vscode.Disposable {
  const provider = new ReasoningViewProvider(ctx);
  const reg = vscode.window.registerWebviewViewProvider(REASONING_VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: false } });
  return vscode.Disposable.from(reg, provider);
}
