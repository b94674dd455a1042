import * as path from 'node:path';
import { unifiedDiff } from '../core/changes/unifiedDiff';
import type { FileChange } from '../core/model/fileChange';
import type { Finding, ToolCallEvent } from '../core/model/events';
import type { SessionLogApi } from '../core/session/types';

/** Lines of one file changed by one flagged edit, with the findings that flag it. */
export interface FlaggedEdit {
  absPath: string;
  /** 1-based line numbers in the file's current text. */
  lines: number[];
  findings: Finding[];
  /** Reasoning the flagged edit follows (quotes of correlated reasoning findings / thoughts). */
  quotes: string[];
  callId: string;
  sessionId: string;
}

const MAX_QUOTE = 240;

/**
 * The flagged edits of a session and the lines they changed. Lines come from the finding's own
 * `lines` when it has them, else from the change: a before/after diff, the hunks' new-side line
 * numbers, or where each `newString` of a string edit sits in the file's current text.
 */
/**
 * `lineCache` (optional) keeps the changed lines computed from disk per call and file, so a
 * recompute after every append does not read each flagged file again; drop a file's entries when it
 * changes (`forgetLines`).
 */
export function flaggedEdits(log: SessionLogApi, readText: (absPath: string) => string | undefined, lineCache?: Map<string, number[]>): FlaggedEdit[] {
  const byCall = new Map<string, Finding[]>();
  for (const f of log.findings) {
    for (const id of [f.eventId, f.relatedEventId]) {
      const e = id ? log.event(id) : undefined;
      if (e?.kind === 'tool_call' && e.changes?.length) {
        const list = byCall.get(e.id) ?? [];
        if (!list.includes(f)) list.push(f);
        byCall.set(e.id, list);
      }
    }
  }
  const out: FlaggedEdit[] = [];
  for (const [callId, findings] of byCall) {
    const call = log.event(callId) as ToolCallEvent;
    const quotes = quotesFor(log, findings);
    for (const change of call.changes ?? []) {
      const absPath = change.absPath ?? path.resolve(log.session.cwd ?? '', change.path);
      const own = findings.filter((f) => f.lines?.length && f.path && samePath(f.path, change, absPath));
      const key = `${log.session.id}\u0000${callId}\u0000${absPath}`;
      let lines = own.length ? own.flatMap((f) => f.lines ?? []) : lineCache?.get(key);
      if (!lines) {
        lines = changedLines(change, () => readText(absPath));
        lineCache?.set(key, lines);
      }
      if (lines.length) out.push({ absPath, lines: [...new Set(lines)].sort((a, b) => a - b), findings, quotes, callId, sessionId: log.session.id });
    }
  }
  return out;
}

function samePath(p: string, change: FileChange, absPath: string): boolean {
  return p === change.path || p === change.absPath || p === absPath;
}

function quotesFor(log: SessionLogApi, findings: readonly Finding[]): string[] {
  const quotes = new Set<string>();
  for (const f of findings) {
    if (f.channel === 'reasoning') quotes.add(clip(f.quote));
    const rel = f.relatedEventId ? log.event(f.relatedEventId) : undefined;
    if (rel?.kind === 'reasoning' && rel.text.trim()) quotes.add(clip(rel.text));
  }
  // A flagged span is usually part of the thought the edit follows: show it once.
  const all = [...quotes];
  return all.filter((q, i) => !all.some((o, j) => j !== i && o.length > q.length && o.includes(q.replace(/…$/, ''))));
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

/** 1-based changed lines of one change in the file as it is now. */
export function changedLines(change: FileChange, current: () => string | undefined): number[] {
  if (change.kind === 'delete') return [];
  if (change.before !== undefined && change.after !== undefined) {
    return unifiedDiff({ newPath: change.path, before: change.before, after: change.after }).changedLines;
  }
  const hunkLines = fromHunks(change);
  if (hunkLines.length) return hunkLines;
  const text = current();
  if (change.edits?.length && text !== undefined) return fromEdits(text, change.edits.map((e) => e.newString));
  if (change.after !== undefined) return range(1, lineCount(change.after));
  return [];
}

function fromHunks(change: FileChange): number[] {
  const out: number[] = [];
  for (const h of change.hunks ?? []) {
    if (!h.newStart) continue;
    let line = h.newStart;
    for (const l of h.lines) {
      if (l.startsWith('+')) out.push(line++);
      else if (!l.startsWith('-')) line++;
    }
  }
  return out;
}

function fromEdits(text: string, inserted: readonly string[]): number[] {
  const out: number[] = [];
  for (const s of inserted) {
    if (!s) continue;
    const at = text.indexOf(s);
    if (at < 0) continue;
    const start = text.slice(0, at).split('\n').length;
    out.push(...range(start, start + lineCount(s.replace(/\n$/, '')) - 1));
  }
  return out;
}

function lineCount(s: string): number {
  if (!s) return 0;
  const n = s.split('\n').length;
  return s.endsWith('\n') ? n - 1 : n;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Drops cached changed lines of one file (after it was saved or changed on disk). */
export function forgetLines(lineCache: Map<string, number[]>, absPath: string): void {
  for (const key of lineCache.keys()) if (key.endsWith(`\u0000${absPath}`)) lineCache.delete(key);
}
