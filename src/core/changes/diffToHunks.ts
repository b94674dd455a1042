import { parsePatch } from 'diff';
import type { Hunk } from '../model/fileChange';

/**
 * Hunks of a unified diff text (e.g. Codex's `patch_apply_end.changes[path].unified_diff`), with
 * their line numbers. "\ No newline at end of file" markers are dropped. Malformed text gives [].
 */
export function unifiedDiffToHunks(text: unknown): Hunk[] {
  if (typeof text !== 'string' || !text.includes('@@')) return [];
  try {
    return parsePatch(text).flatMap((file) =>
      file.hunks.map((h) => ({
        oldStart: h.oldStart,
        oldLines: h.oldLines,
        newStart: h.newStart,
        newLines: h.newLines,
        lines: h.lines.filter((l) => l[0] === ' ' || l[0] === '-' || l[0] === '+'),
      })),
    );
  } catch {
    return [];
  }
}
