import type { Finding, ToolCallEvent, VigilEvent } from '../model/events';
import type { FileChange } from '../model/fileChange';

export const OMITTED_REASONING = '[reasoning left out of this report]';
export const OMITTED_CONTENT = '[file contents left out of this report]';

/** Keys of tool inputs that carry file contents (Claude Write/Edit/MultiEdit/NotebookEdit, Codex apply_patch). */
const CONTENT_KEYS = new Set(['content', 'old_string', 'new_string', 'new_source', 'edits', 'patch', 'input', 'text', 'diff', 'contents', 'file_text', 'old_str', 'new_str']);

export interface OmitOptions {
  includeReasoning: boolean;
  includeFileContents: boolean;
}

function isContentCall(e: VigilEvent | undefined): e is ToolCallEvent {
  return e?.kind === 'tool_call' && (e.toolKind === 'edit' || e.toolKind === 'write' || e.toolKind === 'read');
}

function stripChange(c: FileChange): FileChange {
  const out: FileChange = { path: c.path, kind: c.kind };
  if (c.absPath !== undefined) out.absPath = c.absPath;
  if (c.movePath !== undefined) out.movePath = c.movePath;
  if (c.cellId !== undefined) out.cellId = c.cellId;
  return out;
}

/** Keeps the short, single-line scalar fields of a tool input (paths, flags); drops contents. */
function stripInput(input: unknown): unknown {
  if (typeof input === 'string') return OMITTED_CONTENT;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return OMITTED_CONTENT;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (CONTENT_KEYS.has(k)) out[k] = OMITTED_CONTENT;
    else if (typeof v === 'string') out[k] = v.length <= 300 && !v.includes('\n') ? v : OMITTED_CONTENT;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) out[k] = v;
    else out[k] = OMITTED_CONTENT;
  }
  return out;
}

/**
 * Leaves reasoning text and/or file contents out of events and findings. Events stay in place (same
 * ids and seq) with their text replaced by a marker, so timelines and links still line up.
 */
export function omitContent(events: readonly VigilEvent[], findings: readonly Finding[], opts: OmitOptions): { events: VigilEvent[]; findings: Finding[] } {
  if (opts.includeReasoning && opts.includeFileContents) return { events: [...events], findings: [...findings] };
  const byToolUse = new Map<string, ToolCallEvent>();
  const byId = new Map<string, VigilEvent>();
  for (const e of events) {
    byId.set(e.id, e);
    if (e.kind === 'tool_call') byToolUse.set(e.toolUseId, e);
  }
  const outEvents = events.map((e): VigilEvent => {
    if (!opts.includeReasoning && e.kind === 'reasoning') return { ...e, text: e.text ? OMITTED_REASONING : '' };
    if (!opts.includeFileContents) {
      if (isContentCall(e)) {
        const r: ToolCallEvent = { ...e, input: e.toolKind === 'read' ? e.input : stripInput(e.input) };
        if (e.changes) r.changes = e.changes.map(stripChange);
        return r;
      }
      if (e.kind === 'tool_result' && isContentCall(byToolUse.get(e.toolUseId))) return { ...e, output: OMITTED_CONTENT };
    }
    return e;
  });
  const outFindings = findings.map((f): Finding => {
    const e = byId.get(f.eventId);
    const dropReasoning = !opts.includeReasoning && e?.kind === 'reasoning';
    const dropContent = !opts.includeFileContents && (f.field === 'content' || f.field === 'input' || (isContentCall(e) && f.field !== 'path' && f.field !== 'command') || (e?.kind === 'tool_result' && isContentCall(byToolUse.get(e.toolUseId))));
    if (!dropReasoning && !dropContent) return f;
    const { span: _span, ...rest } = f;
    return { ...rest, quote: dropReasoning ? OMITTED_REASONING : OMITTED_CONTENT };
  });
  return { events: outEvents, findings: outFindings };
}
