import { createTwoFilesPatch, diffLines } from 'diff';
import type { FileChange } from '../model/fileChange';
import { materializeChange } from './materializeChange';

export interface DiffInput {
  /** Path shown in the `---` header (a/ prefix is added). Defaults to `newPath`. */
  oldPath?: string;
  /** Path shown in the `+++` header. */
  newPath: string;
  /** Old content; undefined = the file did not exist. */
  before: string | undefined;
  /** New content; undefined = the file is deleted. */
  after: string | undefined;
  /** Context lines around each hunk (default 3). */
  context?: number;
}

export interface DiffResult {
  /** Unified diff text (`--- a/…`, `+++ b/…`, `@@ … @@` hunks); empty when nothing changed. */
  diff: string;
  /** 1-based line numbers in the new text that were added or modified (for editor decorations). */
  changedLines: number[];
  /** 1-based lines in the new text right after which lines were deleted (0 = at the top). */
  deletedAfter: number[];
  added: number;
  removed: number;
}

function countLines(s: string): number {
  if (!s) return 0;
  const n = s.split('\n').length;
  return s.endsWith('\n') ? n - 1 : n;
}

/** Unified diff between two versions of a file, plus the changed line numbers in the new one. */
export function unifiedDiff(input: DiffInput): DiffResult {
  const before = input.before ?? '';
  const after = input.after ?? '';
  const changedLines: number[] = [];
  const deletedAfter: number[] = [];
  let added = 0;
  let removed = 0;
  if (before === after && input.before !== undefined && input.after !== undefined) {
    return { diff: '', changedLines, deletedAfter, added, removed };
  }
  let line = 0;
  const parts = diffLines(before, after);
  for (const [i, part] of parts.entries()) {
    const n = part.count ?? countLines(part.value);
    if (part.added) {
      for (let k = 1; k <= n; k++) changedLines.push(line + k);
      added += n;
      line += n;
    } else if (part.removed) {
      // A removal directly followed by an addition is a modification, not a pure deletion.
      if (!parts[i + 1]?.added) deletedAfter.push(line);
      removed += n;
    } else line += n;
  }
  const oldName = input.before === undefined ? '/dev/null' : `a/${input.oldPath ?? input.newPath}`;
  const newName = input.after === undefined ? '/dev/null' : `b/${input.newPath}`;
  const diff = createTwoFilesPatch(oldName, newName, before, after, undefined, undefined, { context: input.context ?? 3 });
  // Drop the "Index:"/"====" preamble some versions add; keep from the '---' header on.
  const start = diff.indexOf('--- ');
  return { diff: start > 0 ? diff.slice(start) : diff, changedLines, deletedAfter, added, removed };
}

/** Materializes `change` against the current file text and diffs it; `error` when it cannot be applied. */
export function diffChange(change: FileChange, current: string | undefined, context?: number): (DiffResult & { ok: true; before: string | undefined; after: string | undefined }) | { ok: false; error: string } {
  const m = materializeChange(change, current);
  if (!m.ok) return m;
  const d = unifiedDiff({ oldPath: change.path, newPath: m.path, before: m.before, after: m.after, context });
  return { ok: true, before: m.before, after: m.after, ...d };
}
