import type { DraftEvent, Finding, GateDecision, Risk, Session, ToolCallEvent, VigilEvent } from '../model/events';
import { maxSeverity, type Severity } from '../model/taxonomy';
import type { Analyzer } from '../monitors/types';
import { DuplicateIndex } from './duplicateIndex';
import type { SessionAppend, SessionLogApi, SessionState, SessionSummary } from './types';

/** Appended for less than this long ago: live. */
export const LIVE_MS = 60_000;
/** Appended for less than this long ago (and not live): idle. After that: ended. */
export const IDLE_MS = 10 * 60_000;

/** True when the agent wrote reasoning blocks but withheld all their text (e.g. Claude's empty thinking). */
export function reasoningHidden(counts: SessionSummary['counts']): boolean {
  return counts.reasoning > 0 && counts.reasoningVisible === 0;
}

/** Notice subtypes that end a session explicitly. */
const END_SUBTYPES = new Set(['session_end', 'session-end', 'SessionEnd', 'end']);

export interface SessionLogOptions {
  session: Session;
  source: SessionSummary['source'];
  readOnly?: boolean;
  /** Builds a fresh analyzer (also after `reset()`); none = findings come only from `finding` events. */
  analyzer?: () => Analyzer | undefined;
  /** Clock, for tests. */
  now?: () => number;
}

export interface AppendOptions {
  /** When the appended records were written (e.g. the file's mtime on a first read); default now. */
  at?: number;
}

type Incoming = DraftEvent | VigilEvent;

/**
 * The one compact per-session store: events in order with unique ids and log-assigned `seq`,
 * indexes by id and tool-use id, the analyzer run once per new event, findings, state, summary.
 *
 * An event delivered twice (hook payload and transcript line) is stored once (see `DuplicateIndex`):
 * a tool call becomes `mergeToolCall(existing, incoming)`, a tool result or prompt keeps its first
 * copy; the stored event keeps its id and seq. A changed stored event is reported again in
 * `SessionAppend.events`: listeners upsert by `id`.
 */
export class SessionLog implements SessionLogApi {
  private _session: Session;
  /** Where it comes from; a hook-created session becomes 'transcript' once its file is found. */
  source: SessionSummary['source'];
  readonly readOnly: boolean;
  private readonly makeAnalyzer: (() => Analyzer | undefined) | undefined;
  private readonly now: () => number;

  private _events: VigilEvent[] = [];
  private byId = new Map<string, number>();
  private readonly dupes = new DuplicateIndex();
  private _findings: Finding[] = [];
  private analyzer: Analyzer | undefined;
  private lastAt: number | undefined;
  private endedExplicitly = false;
  private decisions = 0;
  /** Ids skipped because they repeated an already stored, different event. */
  private _duplicates = 0;
  private readonly _children = new Set<string>();
  private _generation = 0;
  /** Running tallies for `summary()`, kept on append so listing many sessions stays cheap. */
  private tally = emptyTally();

  constructor(opts: SessionLogOptions) {
    this._session = { ...opts.session };
    this.source = opts.source;
    this.readOnly = opts.readOnly ?? false;
    this.makeAnalyzer = opts.analyzer;
    this.now = opts.now ?? Date.now;
    this.analyzer = this.makeAnalyzer?.();
  }

  get session(): Session {
    return this._session;
  }
  get events(): readonly VigilEvent[] {
    return this._events;
  }
  get findings(): readonly Finding[] {
    return this._findings;
  }
  get duplicates(): number {
    return this._duplicates;
  }
  /** Bumped by `reset()` and `reanalyze()`: views holding rows of this log must reload it. */
  get generation(): number {
    return this._generation;
  }
  get children(): readonly string[] {
    return [...this._children];
  }

  /** Fills in what a source learned later (title, model, cwd…); known fields win over undefined. */
  updateSession(patch: Partial<Session>): void {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this._session = { ...this._session, ...defined, id: this._session.id };
  }

  addChild(sessionId: string): void {
    this._children.add(sessionId);
  }

  event(id: string): VigilEvent | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this._events[i];
  }

  toolCall(toolUseId: string): ToolCallEvent | undefined {
    const i = this.dupes.toolCallAt(toolUseId);
    const e = i === undefined ? undefined : this._events[i];
    return e?.kind === 'tool_call' ? e : undefined;
  }

  append(items: readonly Incoming[], opts: AppendOptions = {}): SessionAppend {
    const events: VigilEvent[] = [];
    const findings: Finding[] = [];
    for (const item of items) {
      const stored = this.appendOne(item, findings);
      if (stored) events.push(stored);
    }
    if (items.length) this.lastAt = Math.max(this.lastAt ?? 0, opts.at ?? this.now());
    return { sessionId: this._session.id, events, findings };
  }

  /** Marks the session ended (transcript deleted, replay finished, explicit end). */
  end(): void {
    this.endedExplicitly = true;
  }

  /** Forget everything (the transcript was truncated or replaced); the session itself stays. */
  reset(): void {
    this._events = [];
    this.byId.clear();
    this.dupes.clear();
    this._findings = [];
    this.tally = emptyTally();
    this._duplicates = 0;
    this.decisions = 0;
    this.endedExplicitly = false;
    this.analyzer = this.makeAnalyzer?.();
    this._generation++;
  }

  /** Runs a fresh analyzer (new settings or team rules) over the stored events; findings are rebuilt. */
  reanalyze(): void {
    if (!this.makeAnalyzer) return;
    this.analyzer = this.makeAnalyzer();
    this._findings = [];
    for (const e of this._events) {
      if (e.kind === 'finding') this._findings.push(e.finding);
      else if (this.analyzer) this._findings.push(...this.analyzer.push(e));
    }
    this._generation++;
  }

  riskFor(call: ToolCallEvent): Risk {
    return this.analyzer ? this.analyzer.riskFor(call) : { score: 0, reasons: [] };
  }

  addDecision(decision: GateDecision): void {
    this.recordDecision(decision);
  }

  /** Like `addDecision`, returning the stored `gate_decision` event. */
  recordDecision(decision: GateDecision): VigilEvent {
    const id = `${this._session.id}#gate-${++this.decisions}`;
    const related = decision.toolUseId ? this.toolCall(decision.toolUseId) : undefined;
    const draft: Incoming = { id, kind: 'gate_decision', decision, ...(related?.ts ? { ts: related.ts } : {}) };
    const res = this.append([draft]);
    return res.events[0] ?? this.event(id)!;
  }

  state(): SessionState {
    if (this.endedExplicitly || this.source === 'report') return 'ended';
    if (this.lastAt === undefined) return 'idle';
    const age = this.now() - this.lastAt;
    if (age < LIVE_MS) return 'live';
    if (age < IDLE_MS) return 'idle';
    return 'ended';
  }

  /** Epoch ms of the last append (or the time passed with it); undefined before any. */
  lastAppendAt(): number | undefined {
    return this.lastAt;
  }

  summary(): SessionSummary {
    const t = this.tally;
    const maxRisk = Math.max(this.analyzer?.maxRisk() ?? 0, t.maxDecision);
    let sev: Severity | undefined;
    for (const f of this._findings) sev = maxSeverity(sev, f.severity);
    const title = this._session.title ?? (t.firstPrompt ? oneLine(t.firstPrompt, 80) : undefined);
    return {
      session: title ? { ...this._session, title } : this._session,
      state: this.state(),
      source: this.source,
      readOnly: this.readOnly,
      counts: { events: this._events.length, reasoning: t.reasoning, reasoningVisible: t.reasoningVisible, toolCalls: t.toolCalls, findings: this._findings.length },
      ...(sev ? { maxSeverity: sev } : {}),
      maxRisk,
      lastEventAt: t.lastTs ?? (this.lastAt !== undefined ? new Date(this.lastAt).toISOString() : undefined),
      children: this.children.slice(),
    };
  }

  private appendOne(item: Incoming, findings: Finding[]): VigilEvent | undefined {
    const seq = this._events.length;
    const id = item.id || `${this._session.id}#${seq}`;
    const event = { ...item, id, sessionId: this._session.id, seq } as VigilEvent;

    const dup = this.dupes.find(event, this._events);
    if (dup) {
      const before = this._events[dup.at];
      this._events[dup.at] = dup.merged;
      if (dup.merged.kind === 'tool_call' && dup.merged.subagentSessionId) this._children.add(dup.merged.subagentSessionId);
      return dup.merged === before ? undefined : dup.merged;
    }
    if (this.byId.has(id)) {
      this._duplicates++;
      return undefined;
    }
    this.byId.set(id, seq);
    this.dupes.add(event, seq);
    if (event.kind === 'tool_call' && event.subagentSessionId) this._children.add(event.subagentSessionId);
    this._events.push(event);
    count(this.tally, event);
    if (event.kind === 'notice' && END_SUBTYPES.has(event.subtype)) this.endedExplicitly = true;

    if (event.kind === 'finding') {
      this._findings.push(event.finding);
      findings.push(event.finding);
    } else if (this.analyzer) {
      for (const f of this.analyzer.push(event)) {
        this._findings.push(f);
        findings.push(f);
      }
    }
    return event;
  }
}

interface Tally {
  reasoning: number;
  reasoningVisible: number;
  toolCalls: number;
  maxDecision: number;
  lastTs: string | undefined;
  firstPrompt: string | undefined;
}

function emptyTally(): Tally {
  return { reasoning: 0, reasoningVisible: 0, toolCalls: 0, maxDecision: 0, lastTs: undefined, firstPrompt: undefined };
}

function count(t: Tally, e: VigilEvent): void {
  if (e.ts) t.lastTs = e.ts;
  if (e.kind === 'reasoning') {
    t.reasoning++;
    if (e.visibility !== 'hidden' && e.text.trim() !== '') t.reasoningVisible++;
  } else if (e.kind === 'tool_call') t.toolCalls++;
  else if (e.kind === 'gate_decision') t.maxDecision = Math.max(t.maxDecision, e.decision.score);
  else if (e.kind === 'user_prompt' && t.firstPrompt === undefined) t.firstPrompt = e.text;
}

function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
