/**
 * When the reviewer edits the proposed file before approving, the agent must apply the reviewed
 * content. Agents take a replacement input for the *same* tool (Claude `updatedInput` replaces the
 * whole input; Codex takes `updatedInput.command` for apply_patch), so this rebuilds that input:
 * Write → new content; Edit/MultiEdit → one unique old_string/new_string pair that turns the current
 * file into the reviewed text; apply_patch → a patch producing the reviewed file.
 */
import type { FileChange } from '../model/fileChange';

export type Reviewable = { ok: true } | { ok: false; why: string };

/** Whether edits on the proposed side can be passed back for this call. */
export function canPassEdits(tool: string, input: unknown, changes: readonly FileChange[] | undefined): Reviewable {
  if (!changes || changes.length !== 1) return { ok: false, why: 'only single-file proposals can be edited before approval' };
  const c = changes[0] as FileChange;
  if (c.kind === 'delete' || c.kind === 'move') return { ok: false, why: 'deletes and moves cannot be edited' };
  if (!input || typeof input !== 'object') return { ok: false, why: 'unknown tool input' };
  if (tool === 'Write' || tool === 'Edit' || tool === 'MultiEdit') return { ok: true };
  if (tool === 'apply_patch' && typeof (input as { command?: unknown }).command === 'string') return { ok: true };
  return { ok: false, why: `edits to ${tool} proposals cannot be passed back to the agent` };
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (++n > 1) return n;
  }
  return n;
}

/** The smallest whole-line region that differs, widened until its old text occurs exactly once. */
export function uniqueReplacement(before: string, after: string): { oldString: string; newString: string } | undefined {
  if (before === after || before === '') return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before[p] === after[p]) p++;
  let sfx = 0;
  while (sfx < max - p && before[before.length - 1 - sfx] === after[after.length - 1 - sfx]) sfx++;
  // Both texts share before[0:start] and the last `sfx` chars; the region between them differs.
  // Start of the line holding index i (lastIndexOf clamps a negative start to 0, so guard it).
  const lineStart = (i: number): number => (i <= 0 ? 0 : before.lastIndexOf('\n', i - 1) + 1);
  let start = lineStart(p);
  const toLineEnd = (end: number): number => {
    if (end === before.length || (end > 0 && before[end - 1] === '\n')) return end;
    const nl = before.indexOf('\n', end);
    return nl < 0 ? before.length : nl + 1;
  };
  sfx = before.length - toLineEnd(before.length - sfx);
  for (;;) {
    const oldString = before.slice(start, before.length - sfx);
    const newString = after.slice(start, after.length - sfx);
    if ((oldString !== '' && count(before, oldString) === 1) || (start === 0 && sfx === 0)) return { oldString, newString };
    // Widen by one line on each side.
    if (start > 0) start = lineStart(start - 1);
    if (sfx > 0) {
      const end = before.length - sfx;
      const nl = before.indexOf('\n', end);
      sfx = before.length - (nl < 0 ? before.length : nl + 1);
    }
  }
}

function patchLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The replacement input, or undefined when nothing changed. `before` = current file text. */
export function reviewedInput(tool: string, input: unknown, change: FileChange, before: string | undefined, proposed: string, reviewed: string): unknown {
  if (reviewed === proposed) return undefined;
  const inp = input as Record<string, unknown>;
  if (tool === 'Write') return { ...inp, content: reviewed };
  if (tool === 'Edit' || tool === 'MultiEdit') {
    const r = uniqueReplacement(before ?? '', reviewed);
    if (!r) return undefined;
    if (tool === 'Edit') return { file_path: inp.file_path, old_string: r.oldString, new_string: r.newString, replace_all: false };
    return { file_path: inp.file_path, edits: [{ old_string: r.oldString, new_string: r.newString, replace_all: false }] };
  }
  if (tool === 'apply_patch') {
    const head = change.kind === 'add' || before === undefined ? `*** Add File: ${change.path}` : `*** Update File: ${change.path}`;
    const body =
      change.kind === 'add' || before === undefined
        ? patchLines(reviewed).map((l) => `+${l}`)
        : ['@@', ...patchLines(before).map((l) => `-${l}`), ...patchLines(reviewed).map((l) => `+${l}`)];
    return { ...inp, command: ['*** Begin Patch', head, ...body, '*** End Patch', ''].join('\n') };
  }
  return undefined;
}
