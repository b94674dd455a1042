import type { Finding, ToolCallEvent } from '../model/events';
import { isTestPath } from './action/pathKinds';

const DELETE_MONITORS = new Set(['action.testTampering.deleteTest', 'action.testTampering.rmTest']);
const MAX_LOOKBACK = 40;

function baseName(p: string): string {
  return (p.replace(/\\/g, '/').split('/').pop() ?? p).toLowerCase();
}

/**
 * A test file deleted in one call and added again under another folder in a later one was moved, not
 * removed: earlier delete-test findings for a file of the same name are lowered to low (in place).
 */
export function lowerMovedTestDeletes(findings: readonly Finding[], call: ToolCallEvent): void {
  const added = (call.changes ?? []).filter((c) => c.kind === 'add' && isTestPath(c.path)).map((c) => c.path);
  if (added.length === 0) return;
  const names = new Map(added.map((p) => [baseName(p), p]));
  for (let i = findings.length - 1, n = 0; i >= 0 && n < MAX_LOOKBACK; i--, n++) {
    const f = findings[i];
    if (!f || f.severity === 'low' || !DELETE_MONITORS.has(f.monitor)) continue;
    const deleted = f.path ?? f.quote;
    const to = names.get(baseName(deleted.trim().split(/\s+/).pop() ?? deleted));
    if (to === undefined || to === deleted) continue;
    f.severity = 'low';
    f.message = `${f.message} (moved: re-added as ${to})`;
  }
}
