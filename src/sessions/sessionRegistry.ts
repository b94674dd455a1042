import * as vscode from 'vscode';
import type { Agent, DraftEvent, Session, ToolCallEvent, VigilEvent } from '../core/model/events';
import type { Analyzer } from '../core/monitors/types';
import { SessionLog, type AppendOptions } from '../core/session/sessionLog';
import type { SessionAppend, SessionState, SessionSummary } from '../core/session/types';
import type { Config } from '../config';
import { isInside, isListed } from './sessionFilter';

/** What the gate hands over after parsing a hook payload (see H2's hook payload parser). */
export interface HookIngest {
  agent: Agent;
  sessionId: string;
  cwd?: string;
  transcriptPath?: string;
  events: readonly DraftEvent[];
}

export interface StaticOptions {
  source: 'report' | 'replay';
  readOnly: boolean;
}

export interface RegistryDeps {
  config: Config;
  log: vscode.LogOutputChannel;
  /** A fresh analyzer with the current settings and team rules; undefined = no monitors. */
  analyzer: () => Analyzer | undefined;
  /** Workspace folder paths; default `vscode.workspace.workspaceFolders`. */
  folders?: () => readonly string[];
  /** How often session states (live/idle/ended) are re-checked, ms. */
  stateTickMs?: number;
}

/**
 * All sessions Vigil knows, by id. Sources (transcript watchers, the gate, replays, opened
 * reports) add to it; views read from it and listen to `onDidAppend` / `onDidChangeSessions`.
 */
export class SessionRegistry implements vscode.Disposable {
  private readonly logs = new Map<string, SessionLog>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly appended = new vscode.EventEmitter<SessionAppend>();
  readonly onDidChangeSessions: vscode.Event<void> = this.changed.event;
  readonly onDidAppend: vscode.Event<SessionAppend> = this.appended.event;
  private readonly resetEmitter = new vscode.EventEmitter<string>();
  /** A session's events or findings were replaced (source truncated/rewritten, re-analyzed): reload it. */
  readonly onDidReset: vscode.Event<string> = this.resetEmitter.event;
  private readonly filterChanged = new vscode.EventEmitter<void>();
  /** Show-all, the workspace folders or the age limit changed: sources re-check what they tail. */
  readonly onDidChangeFilter: vscode.Event<void> = this.filterChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.appended, this.resetEmitter, this.filterChanged];
  private showAll: boolean;
  private changeTimer: NodeJS.Timeout | undefined;
  private lastStates = new Map<string, SessionState>();

  constructor(private readonly deps: RegistryDeps) {
    this.showAll = deps.config.get('sessions.showAll');
    this.disposables.push(
      deps.config.onDidChange(['sessions.showAll'], () => this.setShowAll(deps.config.get('sessions.showAll'))),
      deps.config.onDidChange(['sessions.maxAgeDays'], () => this.filterChangedNow()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.filterChangedNow()),
    );
    const tick = setInterval(() => this.checkStates(), deps.stateTickMs ?? 5000);
    this.disposables.push({ dispose: () => clearInterval(tick) });
  }

  /** Listed sessions (workspace filter unless show-all, max age), most recently active first. */
  list(): SessionSummary[] {
    const folders = this.folders();
    const maxAgeMs = this.deps.config.get('sessions.maxAgeDays') * 86_400_000;
    const now = Date.now();
    const out: { s: SessionSummary; at: number }[] = [];
    for (const log of this.logs.values()) {
      const s = log.summary();
      const at = log.lastAppendAt() ?? 0;
      if (!isListed({ summary: s, lastAppendAt: at, now, maxAgeMs, folders, showAll: this.showAll })) continue;
      out.push({ s, at });
    }
    return out.sort((a, b) => b.at - a.at).map((x) => x.s);
  }

  /** Every session, listed or not (for tests and the gate). */
  all(): SessionLog[] {
    return [...this.logs.values()];
  }

  get(id: string): SessionLog | undefined {
    return this.logs.get(id);
  }

  isShowAll(): boolean {
    return this.showAll;
  }

  setShowAll(value: boolean): void {
    if (value === this.showAll) return;
    this.showAll = value;
    this.filterChangedNow();
  }

  maxAgeDays(): number {
    return this.deps.config.get('sessions.maxAgeDays');
  }

  /** Whether a source should follow a transcript with this cwd and mtime (same rule as `list()`). */
  wants(cwd: string | undefined, mtimeMs: number | undefined): boolean {
    if (mtimeMs !== undefined && Date.now() - mtimeMs > this.deps.config.get('sessions.maxAgeDays') * 86_400_000) return false;
    if (this.showAll || !cwd) return true;
    return this.folders().some((f) => isInside(cwd, f));
  }

  /** The log for `session.id`, created when unknown; known fields are refreshed. */
  ensure(session: Session, source: SessionSummary['source'], readOnly = false): SessionLog {
    let log = this.logs.get(session.id);
    if (log) {
      log.updateSession(session);
      if (log.source === 'hook' && source === 'transcript') log.source = 'transcript';
      return log;
    }
    log = new SessionLog({ session, source, readOnly, analyzer: this.deps.analyzer });
    this.logs.set(session.id, log);
    this.link(log);
    this.fireChanged();
    return log;
  }

  /** Adds a finished session (an opened report, a replay); a taken id gets a suffix. Returns the log.
   *  Report findings must come as `finding` events among `events`. */
  addStatic(session: Session, events: readonly (VigilEvent | DraftEvent)[], opts: StaticOptions): SessionLog {
    let id = session.id;
    for (let n = 2; this.logs.has(id); n++) id = `${session.id}~${opts.source}${n > 2 ? n - 1 : ''}`;
    // A report carries its findings as `finding` events (none = none found): the monitors do not run
    // again. A replay is analysed like a live session unless it already carries findings.
    const analyzer = opts.source === 'report' || events.some((e) => e.kind === 'finding') ? undefined : this.deps.analyzer;
    const log = new SessionLog({ session: { ...session, id }, source: opts.source, readOnly: opts.readOnly, analyzer });
    this.logs.set(id, log);
    this.link(log);
    const res = log.append(events);
    if (opts.source === 'report') log.end();
    this.fireChanged();
    if (res.events.length) this.appended.fire(res);
    return log;
  }

  /** Appends drafts to a known session and tells listeners; undefined when the id is unknown. */
  appendTo(sessionId: string, drafts: readonly (DraftEvent | VigilEvent)[], opts?: AppendOptions): SessionAppend | undefined {
    const log = this.logs.get(sessionId);
    if (!log) return undefined;
    const before = log.state();
    const res = log.append(drafts, opts);
    if (res.events.length) this.appended.fire(res);
    if (res.events.length || log.state() !== before) this.fireChanged();
    return res;
  }

  /** Feeds a parsed hook payload: creates the session when unknown, appends/merges its events.
   *  Returns the stored tool call (merged with the transcript's when both were seen). */
  ingestHook(parsed: HookIngest): ToolCallEvent | undefined {
    const log = this.ensure(
      { id: parsed.sessionId, agent: parsed.agent, ...(parsed.cwd ? { cwd: parsed.cwd } : {}), ...(parsed.transcriptPath ? { transcriptPath: parsed.transcriptPath } : {}) },
      'hook',
    );
    this.appendTo(log.session.id, parsed.events);
    const call = parsed.events.find((e) => e.kind === 'tool_call');
    return call?.kind === 'tool_call' ? log.toolCall(call.toolUseId) : undefined;
  }

  /** The source was truncated or replaced: drop its events (listeners get a sessions change). */
  reset(sessionId: string): void {
    const log = this.logs.get(sessionId);
    if (!log) return;
    log.reset();
    this.resetEmitter.fire(sessionId);
    this.fireChanged();
  }

  /** Re-runs the monitors (with the analyzer as built now) over every session that has them. */
  reanalyzeAll(): void {
    for (const [id, log] of this.logs) {
      if (log.source === 'report') continue;
      const gen = log.generation;
      log.reanalyze();
      if (log.generation !== gen) this.resetEmitter.fire(id);
    }
    this.fireChanged();
  }

  /** The source is gone (file deleted) or said it ended. */
  end(sessionId: string): void {
    const log = this.logs.get(sessionId);
    if (!log || log.state() === 'ended') return;
    log.end();
    this.fireChanged();
  }

  remove(sessionId: string): void {
    if (this.logs.delete(sessionId)) this.fireChanged();
  }

  dispose(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    for (const d of this.disposables) d.dispose();
    this.logs.clear();
  }

  /** Absolute paths of the workspace folders sessions are filtered by. */
  folders(): readonly string[] {
    return this.deps.folders?.() ?? (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  }

  private link(log: SessionLog): void {
    const parent = log.session.parentSessionId;
    if (parent) this.logs.get(parent)?.addChild(log.session.id);
    for (const other of this.logs.values()) {
      if (other.session.parentSessionId === log.session.id) log.addChild(other.session.id);
    }
  }

  private filterChangedNow(): void {
    this.filterChanged.fire();
    this.fireChanged();
  }

  private checkStates(): void {
    let diff = false;
    for (const [id, log] of this.logs) {
      const s = log.state();
      if (this.lastStates.get(id) !== s) diff = true;
      this.lastStates.set(id, s);
    }
    if (diff) this.fireChanged();
  }

  /** Coalesces list changes: one `onDidChangeSessions` per 50 ms at most. */
  private fireChanged(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      for (const [id, log] of this.logs) this.lastStates.set(id, log.state());
      this.changed.fire();
    }, 50);
  }
}
