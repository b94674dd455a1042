import * as path from 'node:path';
import type { SessionSummary } from '../core/session/types';

export interface FilterInput {
  summary: SessionSummary;
  /** Epoch ms of the last activity (0 when unknown). */
  lastAppendAt: number;
  now: number;
  maxAgeMs: number;
  /** Absolute workspace folder paths. */
  folders: readonly string[];
  showAll: boolean;
}

/** Whether `dir` is `folder` or lies inside it. */
export function isInside(dir: string, folder: string): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Whether a session is listed: replays and opened reports always are; others only when recent
 * enough and (unless show-all) when their working directory, if known, is inside a workspace folder.
 */
export function isListed(i: FilterInput): boolean {
  const { summary } = i;
  if (summary.source === 'report' || summary.source === 'replay') return true;
  if (summary.state !== 'live' && i.lastAppendAt > 0 && i.now - i.lastAppendAt > i.maxAgeMs) return false;
  if (i.showAll) return true;
  const cwd = summary.session.cwd;
  // No working directory (a Vigil JSONL file from a configured folder): nothing to filter on.
  if (!cwd) return true;
  return i.folders.some((f) => isInside(cwd, f));
}
