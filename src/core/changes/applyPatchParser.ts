import type { Hunk } from '../model/fileChange';

/**
 * Parser for Codex's apply_patch format (codex-rs/apply-patch, lenient mode):
 *
 *   *** Begin Patch
 *   *** Add File: path        then "+line" lines
 *   *** Delete File: path
 *   *** Update File: path     then optional "*** Move to: path", then hunks:
 *   @@ [anchor]               then " ctx" / "-old" / "+new" lines, optional "*** End of File"
 *   *** End Patch
 *
 * Tolerates a heredoc wrapper (`<<'EOF'` … `EOF`), CRLF, surrounding whitespace and a missing
 * trailing newline. Anything else malformed gives `{ ok: false, error }` and no ops at all.
 */

export type PatchOp =
  | { type: 'add'; path: string; content: string }
  | { type: 'delete'; path: string }
  | { type: 'update'; path: string; movePath?: string; hunks: Hunk[] };

export type ParsePatchResult = { ok: true; ops: PatchOp[] } | { ok: false; error: string; line?: number };

const BEGIN = '*** Begin Patch';
const END = '*** End Patch';
const ADD = '*** Add File:';
const DELETE = '*** Delete File:';
const UPDATE = '*** Update File:';
const MOVE = '*** Move to:';
const EOF_MARKER = '*** End of File';

class PatchError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Strips a shell heredoc wrapper (`<<'EOF'` / `<<EOF` / `<<"EOF"` … `EOF`) around the patch body. */
function stripHeredoc(lines: string[]): string[] {
  const first = lines[0]?.trim() ?? '';
  const m = /^(?:apply_patch\s+)?<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?$/.exec(first);
  if (!m) return lines;
  const tag = m[1];
  let last = lines.length - 1;
  while (last > 0 && (lines[last] ?? '').trim() === '') last--;
  if (last > 0 && (lines[last] ?? '').trim() === tag) return lines.slice(1, last);
  return lines.slice(1);
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when the text looks like an apply_patch body (used to spot patches inside shell commands). */
export function looksLikePatch(text: string): boolean {
  return text.includes(BEGIN);
}

export function parseApplyPatch(text: string): ParsePatchResult {
  if (typeof text !== 'string') return { ok: false, error: 'patch is not a string' };
  let lines = stripHeredoc(splitLines(text.trim()));
  // Trim blank lines around the body.
  while (lines.length && (lines[0] ?? '').trim() === '') lines = lines.slice(1);
  while (lines.length && (lines[lines.length - 1] ?? '').trim() === '') lines = lines.slice(0, -1);
  if ((lines[0] ?? '').trim() !== BEGIN) return { ok: false, error: `The first line of the patch must be '${BEGIN}'`, line: 1 };
  if (lines.length < 2 || (lines[lines.length - 1] ?? '').trim() !== END) {
    return { ok: false, error: `The last line of the patch must be '${END}'`, line: lines.length };
  }
  const body = lines.slice(1, -1);
  try {
    return { ok: true, ops: parseBody(body) };
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, error: e.message, line: e.line };
    return { ok: false, error: String(e) };
  }
}

function parseBody(body: string[]): PatchOp[] {
  const ops: PatchOp[] = [];
  let i = 0;
  while (i < body.length) {
    const raw = body[i] ?? '';
    const head = raw.trim();
    const lineNo = i + 2; // 1-based, after "*** Begin Patch"
    if (head === '') {
      i++;
      continue;
    }
    if (head.startsWith(ADD)) {
      const path = requirePath(head.slice(ADD.length), lineNo);
      const content: string[] = [];
      i++;
      while (i < body.length && (body[i] ?? '').startsWith('+')) {
        content.push((body[i] ?? '').slice(1));
        i++;
      }
      ops.push({ type: 'add', path, content: content.length ? content.join('\n') + '\n' : '' });
    } else if (head.startsWith(DELETE)) {
      ops.push({ type: 'delete', path: requirePath(head.slice(DELETE.length), lineNo) });
      i++;
    } else if (head.startsWith(UPDATE)) {
      const path = requirePath(head.slice(UPDATE.length), lineNo);
      i++;
      let movePath: string | undefined;
      if (i < body.length && (body[i] ?? '').trim().startsWith(MOVE)) {
        movePath = requirePath((body[i] ?? '').trim().slice(MOVE.length), i + 2);
        i++;
      }
      const hunks: Hunk[] = [];
      while (i < body.length) {
        const line = body[i] ?? '';
        if (line.trim() === '') {
          // Blank lines between hunks separate them.
          i++;
          continue;
        }
        if (line.startsWith('***') && line.trim() !== EOF_MARKER) break;
        i = parseHunk(body, i, hunks);
      }
      if (!hunks.length) throw new PatchError(`Update file hunk for path '${path}' is empty`, lineNo);
      ops.push(movePath ? { type: 'update', path, movePath, hunks } : { type: 'update', path, hunks });
    } else {
      throw new PatchError(
        `'${head.slice(0, 120)}' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'`,
        lineNo,
      );
    }
  }
  return ops;
}

function requirePath(p: string, line: number): string {
  const path = p.trim();
  if (!path) throw new PatchError('missing file path', line);
  return path;
}

/** Parses one hunk starting at body[i]; pushes it and returns the index after it. */
function parseHunk(body: string[], start: number, hunks: Hunk[]): number {
  let i = start;
  const first = body[i] ?? '';
  const hunk: Hunk = { lines: [] };
  if (first.trim() === '@@') {
    i++;
  } else if (first.startsWith('@@ ')) {
    const header = first.slice(3).trim();
    if (header) hunk.header = header;
    i++;
  } else if (hunks.length) {
    throw new PatchError(`Expected update hunk to start with a @@ context marker, got: '${first.slice(0, 120)}'`, start + 2);
  }
  let parsed = 0;
  while (i < body.length) {
    const line = body[i] ?? '';
    if (line.trim() === EOF_MARKER) {
      hunk.endOfFile = true;
      i++;
      break;
    }
    const c = line[0];
    if (line === '') hunk.lines.push(' ');
    else if (c === ' ' || c === '+' || c === '-') hunk.lines.push(line);
    else if (parsed === 0) {
      throw new PatchError(
        `Unexpected line found in update hunk: '${line.slice(0, 120)}'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)`,
        i + 2,
      );
    } else break;
    parsed++;
    i++;
  }
  if (!hunk.lines.length && !hunk.endOfFile) {
    throw new PatchError('Update hunk does not contain any lines', start + 2);
  }
  // Trailing blank lines before the next hunk or op are separators, not context.
  if (!hunk.endOfFile && nextIsHeader(body, i)) while (hunk.lines.length && hunk.lines[hunk.lines.length - 1] === ' ') hunk.lines.pop();
  hunks.push(hunk);
  return i;
}

function nextIsHeader(body: string[], i: number): boolean {
  const next = body[i] ?? '';
  return i >= body.length || next.startsWith('***') || next.startsWith('@@');
}

/** Old (context + removed) and new (context + added) line sequences of a hunk. */
export function hunkSides(hunk: Hunk): { oldLines: string[]; newLines: string[] } {
  const oldLines: string[] = [];
  const newLines: string[] = [];
  for (const l of hunk.lines) {
    const c = l[0];
    const rest = l.slice(1);
    if (c === '-') oldLines.push(rest);
    else if (c === '+') newLines.push(rest);
    else {
      oldLines.push(rest);
      newLines.push(rest);
    }
  }
  return { oldLines, newLines };
}
