import type { Finding, VigilEvent } from '../core/model/events';
import { DEFAULT_FILTER, type PanelRow, type ViewFilter } from '../shared/protocol';
import { dependsOnFindings, eventPasses } from './eventFilter';
import { trimEvent } from './trimEvent';

/** The part of a session log the stream reads (SessionLog satisfies it). */
export interface LogLike {
  readonly events: readonly VigilEvent[];
  readonly findings: readonly Finding[];
  /** Tool call by tool-use id (results enrich their call in place: subagent id, applied hunks). */
  toolCall?(toolUseId: string): VigilEvent | undefined;
}

interface Ref {
  sid: string;
  idx: number;
}

export interface AppendDelta {
  rows: PanelRow[];
  updated: PanelRow[];
  findings: Finding[];
  reindexed: boolean;
}

/**
 * The filtered, possibly merged (session + subagents) stream one panel shows, held on the host as
 * references into the session logs. The webview only ever holds the rows it asks for by range.
 */
export class StreamView {
  private refs: Ref[] = [];
  private seen = new Map<string, number>();
  private findingsSeen = new Map<string, number>();
  private byEvent = new Map<string, Finding[]>();
  private filter: ViewFilter = DEFAULT_FILTER;
  private needle = '';
  sessionId: string | undefined;

  constructor(private readonly getLog: (id: string) => LogLike | undefined) {}

  /** Sessions merged into the stream: the selected one, or the filter's subagent scope. */
  scope(): string[] {
    if (!this.sessionId) return [];
    const s = this.filter.sessions.filter((id) => this.getLog(id));
    return s.length ? s : [this.sessionId];
  }

  get total(): number {
    return this.refs.length;
  }

  select(sessionId: string | undefined, filter: ViewFilter = this.filter): void {
    this.sessionId = sessionId;
    this.filter = filter;
    this.needle = filter.text.trim().toLowerCase();
    this.rebuild();
  }

  setFilter(filter: ViewFilter): void {
    this.select(this.sessionId, filter);
  }

  currentFilter(): ViewFilter {
    return this.filter;
  }

  findings(): Finding[] {
    return this.scope().flatMap((id) => [...(this.getLog(id)?.findings ?? [])]);
  }

  private indexFindings(sid: string, log: LogLike): Finding[] {
    const from = this.findingsSeen.get(sid) ?? 0;
    const fresh = log.findings.slice(from);
    for (const f of fresh) {
      const list = this.byEvent.get(f.eventId);
      if (list) list.push(f);
      else this.byEvent.set(f.eventId, [f]);
    }
    this.findingsSeen.set(sid, log.findings.length);
    return fresh;
  }

  private rebuild(): void {
    this.refs = [];
    this.seen.clear();
    this.findingsSeen.clear();
    this.byEvent.clear();
    const lists: Ref[][] = [];
    for (const sid of this.scope()) {
      const log = this.getLog(sid);
      if (!log) continue;
      this.indexFindings(sid, log);
      const list: Ref[] = [];
      log.events.forEach((e, idx) => {
        if (eventPasses(e, this.byEvent.get(e.id), this.filter, this.needle)) list.push({ sid, idx });
      });
      this.seen.set(sid, log.events.length);
      lists.push(list);
    }
    this.refs = lists.length === 1 ? lists[0] ?? [] : this.mergeByTime(lists);
  }

  private mergeByTime(lists: Ref[][]): Ref[] {
    const all = lists.flat();
    const ts = (r: Ref) => this.getLog(r.sid)?.events[r.idx]?.ts ?? '';
    return all.map((r, i) => ({ r, i, t: ts(r) })).sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.i - b.i)).map((x) => x.r);
  }

  eventAt(row: number): VigilEvent | undefined {
    const r = this.refs[row];
    return r ? this.getLog(r.sid)?.events[r.idx] : undefined;
  }

  range(start: number, count: number): PanelRow[] {
    const out: PanelRow[] = [];
    for (let row = start; row < Math.min(this.refs.length, start + count); row++) {
      const e = this.eventAt(row);
      if (e) out.push(trimEvent(e, row));
    }
    return out;
  }

  locate(pred: (e: VigilEvent) => boolean): number | null {
    for (let row = 0; row < this.refs.length; row++) {
      const e = this.eventAt(row);
      if (e && pred(e)) return row;
    }
    return null;
  }

  /** Find an event by id in the scope's logs (also when the filter hides it). */
  findEvent(eventId: string): VigilEvent | undefined {
    for (const sid of this.scope()) {
      const e = this.getLog(sid)?.events.find((x) => x.id === eventId);
      if (e) return e;
    }
    return undefined;
  }

  /** The log of `sid` lost events since we read it (its source was truncated and re-read): rebuilds and returns true. */
  resetIfShrunk(sid: string): boolean {
    const log = this.getLog(sid);
    if (!log || !this.scope().includes(sid) || log.events.length >= (this.seen.get(sid) ?? 0)) return false;
    this.rebuild();
    return true;
  }

  /**
   * Take in whatever the session's log gained since the last call. Returns undefined when the
   * session is outside the stream's scope, or 'reset' when the log shrank (rewritten source).
   */
  append(sid: string, changed: readonly VigilEvent[] = []): AppendDelta | 'reset' | undefined {
    if (!this.scope().includes(sid)) return undefined;
    const log = this.getLog(sid);
    if (!log) return 'reset';
    const from = this.seen.get(sid) ?? 0;
    if (log.events.length < from || log.findings.length < (this.findingsSeen.get(sid) ?? 0)) {
      this.rebuild();
      return 'reset';
    }
    const findings = this.indexFindings(sid, log);
    const fresh = new Set(log.events.slice(from).map((e) => e.id));
    const late = findings.some((f) => !fresh.has(f.eventId));
    if (late && (dependsOnFindings(this.filter) || this.needle)) {
      this.rebuild();
      return { rows: [], updated: [], findings, reindexed: true };
    }
    const rows: PanelRow[] = [];
    for (let idx = from; idx < log.events.length; idx++) {
      const e = log.events[idx];
      if (!e || !eventPasses(e, this.byEvent.get(e.id), this.filter, this.needle)) continue;
      this.refs.push({ sid, idx });
      rows.push(trimEvent(e, this.refs.length - 1));
    }
    this.seen.set(sid, log.events.length);
    const updated: PanelRow[] = [];
    const enriched = log.events.slice(from).flatMap((e) => (e.kind === 'tool_result' ? [log.toolCall?.(e.toolUseId)] : []));
    const seenIds = new Set<string>();
    for (const e of [...changed, ...enriched]) {
      if (!e || seenIds.has(e.id)) continue;
      seenIds.add(e.id);
      if (e.seq >= from) continue;
      const row = this.rowOf(sid, e.seq);
      const now = log.events[e.seq];
      if (row !== null && now) updated.push(trimEvent(now, row));
    }
    return { rows, updated, findings, reindexed: false };
  }

  /** Row of the event at `idx` in session `sid` (binary search: refs of one session are in order). */
  rowOf(sid: string, idx: number): number | null {
    if (this.scope().length === 1) {
      let lo = 0;
      let hi = this.refs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = this.refs[mid]!.idx;
        if (m === idx) return mid;
        if (m < idx) lo = mid + 1;
        else hi = mid - 1;
      }
      return null;
    }
    const at = this.refs.findIndex((r) => r.sid === sid && r.idx === idx);
    return at < 0 ? null : at;
  }
}
