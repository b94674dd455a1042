import type { FileChange, StringEdit } from '../model/fileChange';
import { applyHunks } from './applyPatchApply';

/**
 * Whole-file contents before and after a change. `before` is undefined when the file does not exist
 * yet (add), `after` is undefined when the change deletes it. `path` is where `after` lives (the
 * move destination for moves).
 */
export type Materialized = { ok: true; path: string; before: string | undefined; after: string | undefined };
export type MaterializeResult = Materialized | { ok: false; error: string };

function countOccurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Applies Claude-style string replacements in order (Edit / MultiEdit semantics). */
export function applyStringEdits(text: string, edits: readonly StringEdit[], path = 'file'): { ok: true; text: string } | { ok: false; error: string } {
  let out = text;
  for (const [n, e] of edits.entries()) {
    const which = edits.length > 1 ? ` (edit ${n + 1})` : '';
    if (e.oldString === '') {
      // Claude uses an empty old_string to create a file / fill an empty one.
      if (out !== '') return { ok: false, error: `old_string is empty but ${path} is not empty${which}` };
      out = e.newString;
      continue;
    }
    const count = countOccurrences(out, e.oldString);
    if (count === 0) return { ok: false, error: `old_string not found in ${path}${which}` };
    if (e.replaceAll) out = out.split(e.oldString).join(e.newString);
    else if (count > 1) return { ok: false, error: `old_string is ambiguous in ${path}: ${count} matches and replace_all is false${which}` };
    else {
      const i = out.indexOf(e.oldString);
      out = out.slice(0, i) + e.newString + out.slice(i + e.oldString.length);
    }
  }
  return { ok: true, text: out };
}

/** New content from a change's edits / hunks / `after`, starting from `base`. */
function newContent(change: FileChange, base: string | undefined): { ok: true; text: string } | { ok: false; error: string } {
  if (change.edits?.length) return applyStringEdits(base ?? '', change.edits, change.path);
  if (change.hunks?.length) {
    if (base === undefined) return { ok: false, error: `${change.path} does not exist, cannot apply hunks` };
    return applyHunks(base, change.hunks, change.path);
  }
  if (change.after !== undefined) return { ok: true, text: change.after };
  if (base !== undefined) return { ok: true, text: base };
  return { ok: false, error: `no content for ${change.path}` };
}

/**
 * Given a FileChange and the file's current text (undefined when the file does not exist), returns
 * the contents before and after the change, or a clear error. Never throws.
 * `current` falls back to `change.before` when the caller has no disk copy.
 */
export function materializeChange(change: FileChange, current: string | undefined): MaterializeResult {
  try {
    const before = current ?? change.before;
    if (/\.ipynb$/i.test(change.path) && change.hunks?.length && !change.edits?.length && change.after === undefined) {
      // Notebook cell edits carry the cell's new source, not positions in the .ipynb JSON.
      return { ok: false, error: `${change.path}: a notebook cell edit${change.cellId ? ` (cell ${change.cellId})` : ''} has no whole-file diff` };
    }
    switch (change.kind) {
      case 'delete':
        return { ok: true, path: change.path, before, after: undefined };
      case 'add': {
        // Add/Write: whole new content; an existing file is overwritten.
        const r = change.after !== undefined ? { ok: true as const, text: change.after } : newContent(change, before === undefined ? '' : before);
        return r.ok ? { ok: true, path: change.path, before, after: r.text } : r;
      }
      case 'update': {
        if (before === undefined && !change.edits?.some((e) => e.oldString === '') && change.after === undefined) {
          return { ok: false, error: `${change.path} does not exist` };
        }
        const r = newContent(change, before);
        return r.ok ? { ok: true, path: change.path, before, after: r.text } : r;
      }
      case 'move': {
        if (before === undefined && change.after === undefined) return { ok: false, error: `${change.path} does not exist, cannot move it` };
        const r = newContent(change, before);
        return r.ok ? { ok: true, path: change.movePath ?? change.path, before, after: r.text } : r;
      }
      default:
        return { ok: false, error: `unknown change kind` };
    }
  } catch (e) {
    return { ok: false, error: `cannot materialize ${change?.path ?? 'change'}: ${String(e)}` };
  }
}
