import type { FileChange } from '../../model/fileChange';
import { changePath } from '../../changes/changePath';
import { unifiedDiffToHunks } from '../../changes/diffToHunks';
import { contentText, isRecord, partTexts, str } from './codexText';
import { userEvent, flushPendingUser } from './codexPrompts';
import { emitAssistant, emitReasoning, emitToolCall, emitToolResult, type Handled, type RecordCtx } from './codexResponseItem';
import { startTurn, type CodexState, type Emit } from './codexState';

/** event_msg types that carry nothing to show (or only duplicate response items); counted, not skipped. */
const IGNORED = new Set([
  'token_count', 'task_started', 'turn_started', 'thread_settings_applied', 'thread_goal_updated',
  'exec_command_begin', 'exec_command_output_delta', 'patch_apply_begin', 'mcp_tool_call_begin', 'web_search_begin',
  'image_generation_begin', 'item_started', 'sub_agent_activity', 'collab_agent_spawn_begin', 'collab_waiting_begin',
  'collab_close_begin', 'collab_agent_interaction_begin', 'collab_waiting_end', 'collab_close_end', 'collab_agent_interaction_end',
  'dynamic_tool_call_request', 'view_image_tool_call', 'guardian_assessment', 'undo_started', 'session_configured',
  'mcp_list_tools_response', 'list_custom_prompts_response', 'plan_update', 'background_event', 'shutdown_complete',
  'get_history_entry_response', 'turn_diff', 'agent_message_delta', 'agent_reasoning_delta', 'agent_reasoning_raw_content_delta',
  'agent_reasoning_section_break', 'stream_error', 'deprecation_notice', 'raw_response_item',
]);

function notice(state: CodexState, emit: Emit, ctx: RecordCtx, subtype: string, text: string): void {
  flushPendingUser(state, emit);
  emit({ id: `${state.session.id}:L${ctx.line}`, kind: 'notice', subtype, text, ...(ctx.ts ? { ts: ctx.ts } : {}), line: ctx.line });
}

/** Kind of a change entry: "update" or {type: "update", move_path} (rollouts), or app-server {kind: {type}}. */
function changeKind(c: Record<string, unknown>): { kind: FileChange['kind']; move?: string } {
  const k = isRecord(c.kind) ? c.kind : c;
  const t = str(k.type) ?? str(c.kind);
  const move = str(k.move_path) ?? str(c.move_path);
  if (move) return { kind: 'move', move };
  return { kind: t === 'add' ? 'add' : t === 'delete' ? 'delete' : 'update' };
}

/**
 * Changes of a patch_apply_end / FileChange item: a map `{path: {type, unified_diff, move_path,
 * content}}` or a list `[{path, kind, diff}]`. Unified diffs become hunks with line numbers.
 */
function endChanges(state: CodexState, changes: unknown): FileChange[] {
  const entries: [string, Record<string, unknown>][] = Array.isArray(changes)
    ? changes.filter(isRecord).flatMap((c) => (str(c.path) ? [[str(c.path) ?? '', c] as [string, Record<string, unknown>]] : []))
    : isRecord(changes)
      ? Object.entries(changes).map(([p, c]) => [p, isRecord(c) ? c : {}] as [string, Record<string, unknown>])
      : [];
  return entries.slice(0, 1000).map(([p, c]) => {
    const { kind, move } = changeKind(c);
    const { path, absPath } = changePath(p, state.cwd);
    const change: FileChange = absPath ? { path, absPath, kind } : { path, kind };
    if (move) change.movePath = changePath(move, state.cwd).path;
    if (kind === 'add' && typeof c.content === 'string') change.after = c.content;
    if (kind === 'delete' && typeof c.content === 'string') change.before = c.content;
    const hunks = unifiedDiffToHunks(c.unified_diff ?? c.diff);
    if (hunks.length) change.hunks = hunks;
    return change;
  });
}

/**
 * Newer records that report a finished call (`exec_command_end`, `patch_apply_end`,
 * `mcp_tool_call_end`, item_completed CommandExecution/FileChange/McpToolCall). They follow the
 * response item of the same call, so they only produce events for a call id not seen before.
 * item_completed ids need not be call ids: those count only in files without response-item calls.
 */
function finishedCall(state: CodexState, emit: Emit, ctx: RecordCtx, callId: string | undefined, name: string, input: unknown, output: unknown, changes?: FileChange[]): Handled {
  if (callId && state.calls.has(callId)) return {};
  const r = emitToolCall(state, emit, ctx, callId, name, input, undefined, changes);
  return r.skip ? r : emitToolResult(state, emit, ctx, callId, output);
}

function itemCompleted(state: CodexState, emit: Emit, ctx: RecordCtx, item: Record<string, unknown>): Handled {
  const t = str(item.type);
  const id = str(item.id);
  if (state.responseToolCalls && (t === 'CommandExecution' || t === 'FileChange' || t === 'McpToolCall')) return {};
  switch (t) {
    case 'UserMessage':
      userEvent(state, emit, contentText(item.content), ctx.line, ctx.ts, 'item_completed');
      return {};
    case 'AgentMessage': {
      const text = contentText(item.content);
      if (text.trim() && state.dedup.accept('assistant', [text], 'item_completed')) emitAssistant(state, emit, ctx, text);
      return {};
    }
    case 'Reasoning': {
      const raw = partTexts(item.raw_content);
      const summary = partTexts(item.summary_text);
      const parts = raw.length ? raw : summary;
      if (parts.length && state.dedup.accept('reasoning', parts, 'item_completed')) emitReasoning(state, emit, ctx, parts.join('\n\n'), raw.length ? 'full' : 'summary');
      return {};
    }
    case 'CommandExecution':
      return finishedCall(state, emit, ctx, id, 'exec_command', { command: item.command, workdir: item.cwd }, { content: str(item.aggregated_output) ?? '', success: item.exit_code === undefined || item.exit_code === 0 });
    case 'FileChange':
      return finishedCall(state, emit, ctx, id, 'apply_patch', { changes: item.changes }, { content: str(item.stdout) ?? '', success: item.status !== 'failed' }, endChanges(state, item.changes));
    case 'McpToolCall':
      return finishedCall(state, emit, ctx, id, `mcp__${str(item.server) ?? 'server'}__${str(item.tool) ?? 'tool'}`, item.arguments, { content: '', success: !(isRecord(item.result) && item.result.isError === true) });
    case 'Plan':
    case 'Extension':
    case 'WebSearch':
      return {};
    default:
      return { skip: `unknown-item-completed:${String(t).slice(0, 40)}` };
  }
}

/** Handles one `event_msg` payload. */
export function handleEventMsg(state: CodexState, emit: Emit, ctx: RecordCtx, p: Record<string, unknown>): Handled {
  const type = str(p.type) ?? '';
  switch (type) {
    case 'user_message':
      userEvent(state, emit, str(p.message) ?? contentText(p.content), ctx.line, ctx.ts, 'user_message');
      return {};
    case 'agent_message': {
      const text = str(p.message) ?? '';
      if (text.trim() && state.dedup.accept('assistant', [text], 'event')) emitAssistant(state, emit, ctx, text);
      return {};
    }
    case 'agent_reasoning':
    case 'agent_reasoning_raw_content': {
      const text = str(p.text) ?? '';
      if (text.trim() && state.dedup.accept('reasoning', [text], 'event')) emitReasoning(state, emit, ctx, text, type === 'agent_reasoning' ? 'summary' : 'full');
      return {};
    }
    case 'task_started':
      startTurn(state, str(p.turn_id));
      return {};
    case 'thread_name_updated': {
      // The name the person (or Codex) gave the thread beats the first-prompt title.
      const name = str(p.thread_name)?.trim();
      if (name) state.session.title = name;
      return {};
    }
    case 'task_complete':
      notice(state, emit, ctx, 'turn_end', 'Turn complete');
      return {};
    case 'turn_aborted':
      notice(state, emit, ctx, 'interrupted', `Turn aborted${str(p.reason) ? `: ${str(p.reason)}` : ''}`);
      return {};
    case 'context_compacted':
      notice(state, emit, ctx, 'compaction', 'Context compacted');
      return {};
    case 'error':
      notice(state, emit, ctx, 'error', str(p.message) ?? 'Error');
      return {};
    case 'entered_review_mode':
      notice(state, emit, ctx, 'review', 'Entered review mode');
      return {};
    case 'exited_review_mode':
      notice(state, emit, ctx, 'review', 'Exited review mode');
      return {};
    case 'undo_completed':
      notice(state, emit, ctx, 'undo', p.success === false ? 'Undo failed' : 'Undo completed');
      return {};
    case 'exec_command_end':
      return finishedCall(state, emit, ctx, str(p.call_id), 'exec_command', { command: p.command, workdir: p.cwd }, { content: str(p.aggregated_output) ?? str(p.formatted_output) ?? '', success: p.exit_code === 0 });
    case 'patch_apply_end':
      return finishedCall(state, emit, ctx, str(p.call_id), 'apply_patch', { changes: p.changes }, { content: str(p.stdout) ?? '', success: p.success !== false }, endChanges(state, p.changes));
    case 'mcp_tool_call_end': {
      const inv = isRecord(p.invocation) ? p.invocation : {};
      return finishedCall(state, emit, ctx, str(p.call_id), `mcp__${str(inv.server) ?? 'server'}__${str(inv.tool) ?? 'tool'}`, inv.arguments, { content: '', success: !(isRecord(p.result) && 'Err' in p.result) });
    }
    case 'web_search_end':
    case 'image_generation_end':
    case 'collab_agent_spawn_end':
    case 'dynamic_tool_call_response':
      return {};
    case 'item_completed':
      return isRecord(p.item) ? itemCompleted(state, emit, ctx, p.item) : { skip: 'item-completed-without-item' };
    default:
      return IGNORED.has(type) ? {} : { skip: `unknown-event:${type.slice(0, 40)}` };
  }
}
