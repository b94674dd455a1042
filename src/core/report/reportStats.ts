import { diffChange, unifiedDiff } from '../changes/unifiedDiff';
import type { Finding, VigilEvent } from '../model/events';
import type { FileChange } from '../model/fileChange';
import { CATEGORIES, SEVERITIES } from '../model/taxonomy';
import type { FileStat, ReportDecision, ReportRisk, ReportStats } from './reportSchema';

/** Lines added and removed by one change: from its full before/after when known, else its edits or hunks. */
export function changeLineCounts(c: FileChange): { added: number; removed: number } {
  if (c.before !== undefined || c.kind === 'add' || c.kind === 'delete') {
    const d = diffChange(c, undefined);
    if (d.ok) return { added: d.added, removed: d.removed };
  }
  if (c.edits?.length) {
    let added = 0;
    let removed = 0;
    for (const e of c.edits) {
      const d = unifiedDiff({ newPath: c.path, before: e.oldString, after: e.newString });
      added += d.added;
      removed += d.removed;
    }
    return { added, removed };
  }
  if (c.hunks?.length) {
    let added = 0;
    let removed = 0;
    for (const h of c.hunks) {
      for (const l of h.lines) {
        if (l.startsWith('+')) added++;
        else if (l.startsWith('-')) removed++;
      }
    }
    return { added, removed };
  }
  if (c.after !== undefined) return { added: unifiedDiff({ newPath: c.path, before: undefined, after: c.after }).added, removed: 0 };
  return { added: 0, removed: 0 };
}

/** Files changed by the session's tool calls, in first-touched order. */
export function filesChanged(events: readonly VigilEvent[]): FileStat[] {
  const byPath = new Map<string, FileStat>();
  for (const e of events) {
    if (e.kind !== 'tool_call' || !e.changes) continue;
    for (const c of e.changes) {
      const path = c.kind === 'move' && c.movePath ? c.movePath : c.path;
      const { added, removed } = changeLineCounts(c);
      const prev = byPath.get(path);
      if (prev) {
        prev.added += added;
        prev.removed += removed;
        prev.edits++;
        if (c.kind === 'delete') prev.kind = 'delete';
      } else byPath.set(path, { path, kind: c.kind, added, removed, edits: 1 });
    }
  }
  return [...byPath.values()];
}

export function computeStats(events: readonly VigilEvent[], findings: readonly Finding[], decisions: readonly ReportDecision[], risks: readonly ReportRisk[]): ReportStats {
  const eventsByKind: Record<string, number> = {};
  let first: string | undefined;
  let last: string | undefined;
  for (const e of events) {
    eventsByKind[e.kind] = (eventsByKind[e.kind] ?? 0) + 1;
    if (e.ts) {
      if (!first || e.ts < first) first = e.ts;
      if (!last || e.ts > last) last = e.ts;
    }
  }
  const findingsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as ReportStats['findingsBySeverity'];
  const findingsByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as ReportStats['findingsByCategory'];
  for (const f of findings) {
    findingsBySeverity[f.severity]++;
    findingsByCategory[f.category]++;
  }
  let maxRisk = 0;
  for (const r of risks) maxRisk = Math.max(maxRisk, r.score);
  for (const d of decisions) maxRisk = Math.max(maxRisk, d.score);
  const stats: ReportStats = {
    events: events.length,
    eventsByKind,
    toolCalls: eventsByKind.tool_call ?? 0,
    findings: findings.length,
    findingsBySeverity,
    findingsByCategory,
    decisions: decisions.length,
    denied: decisions.filter((d) => d.decision === 'deny').length,
    maxRisk,
    filesChanged: filesChanged(events),
  };
  if (first) stats.firstEventAt = first;
  if (last) stats.lastEventAt = last;
  return stats;
}
