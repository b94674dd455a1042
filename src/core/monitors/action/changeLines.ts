import type { FileChange } from '../../model/fileChange';

export interface ChangeLine {
  text: string;
  /** 1-based line in the new content, when known. */
  line?: number;
}

export interface ChangeLines {
  added: ChangeLine[];
  removed: string[];
}

const MAX_LINES = 20_000;

function splitLines(s: string): string[] {
  const lines = s.split('\n');
  return lines.length > MAX_LINES ? lines.slice(0, MAX_LINES) : lines;
}

/** Lines of `b` not in `a` (multiset difference), keeping order. */
function minus(b: string[], a: string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of a) counts.set(l, (counts.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of b) {
    const c = counts.get(l) ?? 0;
    if (c > 0) counts.set(l, c - 1);
    else out.push(l);
  }
  return out;
}

/** First 1-based line number of every distinct line. */
function linePositions(lines: string[]): Map<string, number> {
  const pos = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!pos.has(l)) pos.set(l, i + 1);
  });
  return pos;
}

/**
 * Added and removed lines of a normalised file change, from whichever representation it carries:
 * hunks, string edits, or whole before/after contents. Blank lines are dropped.
 */
export function changeLines(change: FileChange): ChangeLines {
  const cached = memo.get(change);
  if (cached) return cached;
  const computed = computeChangeLines(change);
  memo.set(change, computed);
  return computed;
}

/** Every action monitor reads the same change: compute its lines once per FileChange object. */
const memo = new WeakMap<FileChange, ChangeLines>();

function computeChangeLines(change: FileChange): ChangeLines {
  const added: ChangeLine[] = [];
  const removed: string[] = [];
  if (change.hunks && change.hunks.length > 0) {
    for (const h of change.hunks) {
      let newLine = h.newStart;
      for (const l of h.lines) {
        if (l.startsWith('+')) {
          added.push({ text: l.slice(1), line: newLine });
          if (newLine !== undefined) newLine++;
        } else if (l.startsWith('-')) removed.push(l.slice(1));
        else if (newLine !== undefined) newLine++;
      }
    }
  } else if (change.edits && change.edits.length > 0) {
    const pos = change.after !== undefined ? linePositions(splitLines(change.after)) : undefined;
    for (const e of change.edits) {
      const oldL = splitLines(e.oldString);
      const newL = splitLines(e.newString);
      for (const t of minus(newL, oldL)) added.push({ text: t, line: pos?.get(t) });
      removed.push(...minus(oldL, newL));
    }
  } else if (change.kind === 'delete') {
    removed.push(...splitLines(change.before ?? ''));
  } else if (change.after !== undefined) {
    const afterL = splitLines(change.after);
    const beforeL = change.before !== undefined ? splitLines(change.before) : [];
    const addedL = change.before !== undefined ? minus(afterL, beforeL) : afterL;
    const pos = linePositions(afterL);
    for (const t of addedL) added.push({ text: t, line: pos.get(t) });
    if (change.before !== undefined) removed.push(...minus(beforeL, afterL));
  }
  return {
    added: added.filter((l) => l.text.trim().length > 0),
    removed: removed.filter((l) => l.trim().length > 0),
  };
}

/** The new side of a change as text (string edits' new strings, hunk context + added lines, or the whole after). */
export function newSideText(change: FileChange): string {
  if (change.edits && change.edits.length > 0) return change.edits.map((e) => e.newString).join('\n');
  if (change.hunks && change.hunks.length > 0) return change.hunks.map((h) => h.lines.filter((l) => !l.startsWith('-')).map((l) => l.slice(1)).join('\n')).join('\n');
  return change.after ?? '';
}

/** The old side of a change as text, when known. */
export function oldSideText(change: FileChange): string {
  if (change.edits && change.edits.length > 0) return change.edits.map((e) => e.oldString).join('\n');
  if (change.hunks && change.hunks.length > 0) return change.hunks.map((h) => h.lines.filter((l) => !l.startsWith('+')).map((l) => l.slice(1)).join('\n')).join('\n');
  return change.before ?? '';
}

export function addedText(lines: ChangeLines): string {
  return lines.added.map((l) => l.text).join('\n');
}
