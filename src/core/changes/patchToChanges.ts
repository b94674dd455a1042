import type { FileChange } from '../model/fileChange';
import { changePath } from './changePath';
import { parseApplyPatch, type PatchOp } from './applyPatchParser';

/** Where a patch path points: resolved against `baseDir` (the directory apply_patch ran in), shown relative to `cwd`. */
function where(p: string, cwd: string | undefined, baseDir: string | undefined): { path: string; absPath?: string } {
  const abs = baseDir && baseDir !== cwd ? changePath(p, baseDir).absPath : undefined;
  return changePath(abs ?? p, cwd);
}

/**
 * apply_patch ops → the model's FileChange shape, paths relative to `cwd` when inside it.
 * `baseDir`: directory the patch was applied in when it differs from cwd (`cd sub && apply_patch`, workdir).
 */
export function patchOpsToChanges(ops: readonly PatchOp[], cwd: string | undefined, baseDir?: string): FileChange[] {
  return ops.map((op): FileChange => {
    const { path, absPath } = where(op.path, cwd, baseDir);
    const base = absPath ? { path, absPath } : { path };
    switch (op.type) {
      case 'add':
        return { ...base, kind: 'add', after: op.content };
      case 'delete':
        return { ...base, kind: 'delete' };
      case 'update':
        if (op.movePath) return { ...base, kind: 'move', movePath: where(op.movePath, cwd, baseDir).path, hunks: op.hunks };
        return { ...base, kind: 'update', hunks: op.hunks };
    }
  });
}

/** Parses a patch text into FileChanges; `error` is set (and `changes` empty) when it is malformed. */
export function patchToChanges(patch: string, cwd: string | undefined, baseDir?: string): { changes: FileChange[]; error?: string } {
  const parsed = parseApplyPatch(patch);
  if (!parsed.ok) return { changes: [], error: parsed.error };
  return { changes: patchOpsToChanges(parsed.ops, cwd, baseDir) };
}
