import type { Hunk } from '../model/fileChange';
import { hunkSides } from './applyPatchParser';

export type ApplyResult = { ok: true; text: string } | { ok: false; error: string };

/** Unicode punctuation Codex folds to ASCII when matching (dashes, quotes, odd spaces). */
function normalisePunctuation(s: string): string {
  return s
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g, ' ');
}

const PASSES: ((s: string) => string)[] = [(s) => s, (s) => s.trimEnd(), (s) => s.trim(), normalisePunctuation];

/** Line comparisons one search may make before giving up (bounds the time on hostile inputs). */
export const SEEK_BUDGET = 20_000_000;

/**
 * Finds `pattern` in `lines` at or after `start` (port of Codex's seek_sequence): exact, then
 * ignoring trailing whitespace, then trimmed, then with Unicode punctuation folded. With `eof`
 * only the end of the file is tried, as Codex does. Returns the index or -1 (also when the
 * comparison budget runs out).
 */
export function seekSequence(lines: readonly string[], pattern: readonly string[], start: number, eof: boolean): number {
  if (!pattern.length) return start;
  if (pattern.length > lines.length) return -1;
  const last = lines.length - pattern.length;
  const from = eof ? last : Math.max(0, start);
  let budget = SEEK_BUDGET;
  for (const norm of PASSES) {
    const pat = pattern.map(norm);
    // Normalise each file line once per pass, lazily.
    const cache = new Map<number, string>();
    const line = (k: number): string => {
      let v = cache.get(k);
      if (v === undefined) {
        v = norm(lines[k] ?? '');
        cache.set(k, v);
      }
      return v;
    };
    for (let i = from; i <= last; i++) {
      let ok = true;
      for (let j = 0; j < pat.length; j++) {
        if (--budget < 0) return -1;
        if (line(i + j) !== pat[j]) {
          ok = false;
          break;
        }
      }
      if (ok) return i;
    }
  }
  return -1;
}

/** New lines for a matched hunk; context lines keep the file's own text (whitespace the fuzzy match ignored). */
function withFileContext(lines: readonly string[], original: readonly string[], at: number): string[] {
  const out: string[] = [];
  let k = at;
  for (const l of lines) {
    const c = l[0];
    if (c === '+') out.push(l.slice(1));
    else if (c === '-') k++;
    else out.push(original[k++] ?? l.slice(1));
  }
  return out;
}

/** Splits file text into lines the way Codex does (a final newline does not make an extra line). */
function toLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Applies apply_patch hunks (located by context, `@@` anchors and `*** End of File`) to `text`.
 * The result always ends with a newline, as Codex writes it. Nothing is applied on error.
 */
export function applyHunks(text: string, hunks: readonly Hunk[], path = 'file'): ApplyResult {
  const crlf = text.includes('\r\n');
  const original = toLines(crlf ? text.replace(/\r\n/g, '\n') : text);
  const replacements: { start: number; remove: number; insert: string[] }[] = [];
  let index = 0;
  for (const [n, hunk] of hunks.entries()) {
    if (hunk.header) {
      const at = seekSequence(original, [hunk.header], index, false);
      if (at < 0) return { ok: false, error: `Failed to find context '${hunk.header}' in ${path} (hunk ${n + 1})` };
      index = at + 1;
    }
    let lines = hunk.lines;
    const sides = hunkSides(hunk);
    let oldLines = sides.oldLines;
    if (!oldLines.length) {
      // Pure addition: a numbered hunk inserts before line `oldStart` (jsdiff's convention for an empty old
      // side, as in Claude's structuredPatch and parsed unified diffs); a Codex hunk appends at the end.
      const after = hunk.oldStart !== undefined && !hunk.endOfFile ? Math.min(Math.max(hunk.oldStart - 1, 0), original.length) : original.length;
      replacements.push({ start: after, remove: 0, insert: sides.newLines });
      continue;
    }
    // Unified-diff hunks (Claude's structuredPatch, Codex's unified_diff) say where they start: look there first.
    const hint = hunk.oldStart !== undefined && hunk.oldStart - 1 > index ? hunk.oldStart - 1 : undefined;
    const seek = (pat: string[]): number => {
      const near = hint !== undefined ? seekSequence(original, pat, hint, hunk.endOfFile === true) : -1;
      return near >= 0 ? near : seekSequence(original, pat, index, hunk.endOfFile === true);
    };
    let at = seek(oldLines);
    if (at < 0 && lines[lines.length - 1] === ' ') {
      // A trailing empty context line often stands for the final newline: retry without it.
      lines = lines.slice(0, -1);
      oldLines = hunkSides({ lines }).oldLines;
      at = seek(oldLines);
    }
    if (at < 0) {
      const shown = oldLines.slice(0, 6).join('\n');
      return { ok: false, error: `Failed to find expected lines in ${path} (hunk ${n + 1}):\n${shown}` };
    }
    replacements.push({ start: at, remove: oldLines.length, insert: withFileContext(lines, original, at) });
    index = at + oldLines.length;
  }
  replacements.sort((a, b) => a.start - b.start);
  for (let k = 1; k < replacements.length; k++) {
    const prev = replacements[k - 1];
    const cur = replacements[k];
    if (prev && cur && cur.start < prev.start + prev.remove) return { ok: false, error: `Overlapping hunks in ${path}` };
  }
  const out = original.slice();
  for (let k = replacements.length - 1; k >= 0; k--) {
    const r = replacements[k];
    if (r) out.splice(r.start, r.remove, ...r.insert);
  }
  const joined = out.length ? out.join('\n') + '\n' : '';
  return { ok: true, text: crlf ? joined.replace(/\n/g, '\r\n') : joined };
}
