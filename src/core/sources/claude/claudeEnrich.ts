import { z } from 'zod';
import type { ToolCallEvent } from '../../model/events';
import type { FileChange, Hunk } from '../../model/fileChange';
import { claudeSubagentSessionId } from './claudeSessionMeta';

/** Largest `originalFile` copied onto a change as `before` (characters); bigger ones are left out. */
export const MAX_BEFORE_CHARS = 512 * 1024;

const nonNeg = z.number().int().nonnegative();
const PatchHunkSchema = z.object({
  oldStart: nonNeg.optional(),
  oldLines: nonNeg.optional(),
  newStart: nonNeg.optional(),
  newLines: nonNeg.optional(),
  lines: z.array(z.string()),
});

/** Claude Code's `toolUseResult` for Edit/MultiEdit/Write (loose: only what Vigil reads). */
const FileResultSchema = z.looseObject({
  type: z.string().optional().catch(undefined),
  filePath: z.string().optional().catch(undefined),
  originalFile: z.string().nullable().optional().catch(undefined),
  structuredPatch: z.array(z.unknown()).optional().catch(undefined),
});

const SubagentResultSchema = z.looseObject({ agentId: z.string().min(1) });

const FILE_TOOLS = new Set(['edit', 'multiedit', 'write']);

function hunksFrom(raw: unknown[]): Hunk[] {
  const out: Hunk[] = [];
  for (const h of raw) {
    const r = PatchHunkSchema.safeParse(h);
    if (r.success) out.push(r.data);
  }
  return out;
}

function targetChange(call: ToolCallEvent, filePath: string | undefined): FileChange | undefined {
  const changes = call.changes ?? [];
  if (filePath) {
    const match = changes.find((c) => c.absPath === filePath || c.path === filePath);
    if (match) return match;
  }
  return changes.length === 1 ? changes[0] : undefined;
}

/**
 * Adds what a successful tool result tells about its call: for Edit/MultiEdit/Write the applied
 * diff hunks (`structuredPatch`), the file's previous content (`originalFile`) and whether Write
 * created or overwrote the file; for Task/Agent the subagent session id. The call event is updated
 * in place (it was emitted earlier, when the `tool_use` line was read); returns whether it changed.
 */
export function enrichCallFromResult(call: ToolCallEvent, toolUseResult: unknown, sessionId: string): boolean {
  if (!toolUseResult || typeof toolUseResult !== 'object') return false;
  const name = call.name.toLowerCase();
  if (call.toolKind === 'subagent') {
    const r = SubagentResultSchema.safeParse(toolUseResult);
    if (!r.success) return false;
    call.subagentSessionId = claudeSubagentSessionId(sessionId, r.data.agentId);
    return true;
  }
  if (!FILE_TOOLS.has(name)) return false;
  const parsed = FileResultSchema.safeParse(toolUseResult);
  if (!parsed.success) return false;
  const res = parsed.data;
  const change = targetChange(call, res.filePath);
  if (!change) return false;
  if (res.structuredPatch) {
    const hunks = hunksFrom(res.structuredPatch);
    if (hunks.length) change.hunks = hunks;
  }
  if (typeof res.originalFile === 'string' && res.originalFile.length <= MAX_BEFORE_CHARS) change.before = res.originalFile;
  if (name === 'write') {
    if (res.type === 'create') change.kind = 'add';
    else if (res.type === 'update') change.kind = 'update';
  }
  return true;
}
