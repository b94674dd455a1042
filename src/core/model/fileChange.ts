import { z } from 'zod';

/** One unified-diff hunk; `lines` start with ' ', '-' or '+'. Line numbers are 1-based and optional
 *  (Codex patches locate hunks by context, so they have none until applied to the file). */
export const HunkSchema = z.object({
  oldStart: z.number().int().nonnegative().optional(),
  oldLines: z.number().int().nonnegative().optional(),
  newStart: z.number().int().nonnegative().optional(),
  newLines: z.number().int().nonnegative().optional(),
  /** Codex `@@ def foo` anchor text, when present. */
  header: z.string().optional(),
  /** Hunk is anchored to the end of the file (`*** End of File`). */
  endOfFile: z.boolean().optional(),
  lines: z.array(z.string()),
});
export type Hunk = z.infer<typeof HunkSchema>;

/** A string replacement as proposed by Claude's Edit/MultiEdit. */
export const StringEditSchema = z.object({
  oldString: z.string(),
  newString: z.string(),
  replaceAll: z.boolean().optional(),
});
export type StringEdit = z.infer<typeof StringEditSchema>;

/**
 * The one shape every agent's file change becomes (Claude Edit/MultiEdit/Write/NotebookEdit,
 * Codex apply_patch, hook payloads). Monitors, risk and review see only this shape.
 */
export const FileChangeSchema = z.object({
  /** Path relative to the workspace/session cwd when it lies inside it, else absolute as given. */
  path: z.string(),
  /** Absolute path when known. */
  absPath: z.string().optional(),
  kind: z.enum(['add', 'delete', 'update', 'move']),
  /** Destination for `move` (relative like `path`). */
  movePath: z.string().optional(),
  /** Whole new content (Write, apply_patch Add File, or after applying). */
  after: z.string().optional(),
  /** Whole old content when known (from disk or the transcript's originalFile). */
  before: z.string().optional(),
  /** String replacements (Claude Edit/MultiEdit). */
  edits: z.array(StringEditSchema).optional(),
  /** Diff hunks (apply_patch, or Claude's structuredPatch). */
  hunks: z.array(HunkSchema).optional(),
  /** Notebook cell edits keep their cell id. */
  cellId: z.string().optional(),
});
export type FileChange = z.infer<typeof FileChangeSchema>;
