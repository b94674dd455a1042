import type { DraftEvent } from '../../model/events';
import type { FileChange } from '../../model/fileChange';
import { codexToolToCall, parseArguments } from './codexTools';
import { contentText, isInjectedContext, isRecord, isRejectedOutput, partTexts, str, toolOutput } from './codexText';
import { flushPendingUser, userItem } from './codexPrompts';
import type { CodexState, Emit } from './codexState';

export interface RecordCtx {
  line: number;
  ts: string | undefined;
}

/** Outcome of one record: handled (maybe no event) or skipped with a reason. */
export type Handled = { skip?: string };

function lineId(state: CodexState, ctx: RecordCtx, suffix = ''): string {
  return `${state.session.id}:L${ctx.line}${suffix}`;
}

function tsLine(ctx: RecordCtx): { ts?: string; line: number } {
  return ctx.ts ? { ts: ctx.ts, line: ctx.line } : { line: ctx.line };
}

/** Emits a tool call once per call id; later copies (resumed/duplicated lines) are skipped. */
export function emitToolCall(
  state: CodexState,
  emit: Emit,
  ctx: RecordCtx,
  callId: string | undefined,
  name: string,
  input: unknown,
  namespace?: string,
  changes?: FileChange[],
): Handled {
  const toolUseId = callId || lineId(state, ctx);
  if (state.calls.has(toolUseId)) return { skip: 'duplicate-call' };
  state.calls.add(toolUseId);
  flushPendingUser(state, emit);
  const call = codexToolToCall(name, input, state.cwd, namespace);
  if (changes?.length) {
    call.changes = changes;
    call.paths = changes.map((c) => c.path);
  }
  const draft: DraftEvent = {
    id: callId ? `call:${callId}` : lineId(state, ctx),
    kind: 'tool_call',
    toolUseId,
    name: call.name,
    toolKind: call.toolKind,
    input,
    origin: 'transcript',
    ...tsLine(ctx),
  };
  if (call.command !== undefined) draft.command = call.command;
  if (call.paths) draft.paths = call.paths;
  if (call.changes) draft.changes = call.changes;
  emit(draft);
  return {};
}

export function emitToolResult(state: CodexState, emit: Emit, ctx: RecordCtx, callId: string | undefined, output: unknown): Handled {
  const toolUseId = callId || lineId(state, ctx);
  if (state.results.has(toolUseId)) return { skip: 'duplicate-output' };
  state.results.add(toolUseId);
  const { text, isError } = toolOutput(output);
  const draft: DraftEvent = { id: callId ? `result:${callId}` : lineId(state, ctx, ':result'), kind: 'tool_result', toolUseId, isError, output: text, ...tsLine(ctx) };
  if (isRejectedOutput(text)) draft.rejected = true;
  emit(draft);
  return {};
}

export function emitReasoning(state: CodexState, emit: Emit, ctx: RecordCtx, text: string, visibility: 'full' | 'summary' | 'hidden', suffix = ''): void {
  flushPendingUser(state, emit);
  emit({ id: lineId(state, ctx, suffix), kind: 'reasoning', text, visibility, ...tsLine(ctx) });
}

export function emitAssistant(state: CodexState, emit: Emit, ctx: RecordCtx, text: string): void {
  flushPendingUser(state, emit);
  emit({ id: lineId(state, ctx), kind: 'assistant_message', text, ...tsLine(ctx) });
}

function reasoning(state: CodexState, emit: Emit, ctx: RecordCtx, p: Record<string, unknown>): Handled {
  const summary = partTexts(p.summary);
  const raw = partTexts(p.content);
  if (raw.length) {
    // Raw reasoning is richer than a summary copy shown before: shown unless the raw text itself was.
    if (state.dedup.accept('reasoning', raw, 'response')) emitReasoning(state, emit, ctx, raw.join('\n\n'), 'full');
    return {};
  }
  if (!state.dedup.accept('reasoning', summary, 'response')) return {};
  emitReasoning(state, emit, ctx, summary.join('\n\n'), summary.length ? 'summary' : 'hidden');
  return {};
}

function message(state: CodexState, emit: Emit, ctx: RecordCtx, p: Record<string, unknown>): Handled {
  const role = str(p.role);
  const text = contentText(p.content);
  if (role === 'assistant') {
    if (!text.trim()) return {};
    if (state.dedup.accept('assistant', [text], 'response')) emitAssistant(state, emit, ctx, text);
    return {};
  }
  if (role === 'user') {
    if (!text.trim()) return {};
    if (isInjectedContext(p.content)) {
      // Rollouts written before session_meta had a cwd name it only in <environment_context>.
      const cwd = state.cwd ? undefined : /<cwd>([^<\n]{1,1000})<\/cwd>/.exec(text)?.[1]?.trim();
      if (cwd) {
        state.cwd = cwd;
        state.session.cwd ??= cwd;
      }
      return {};
    }
    userItem(state, emit, text, ctx.line, ctx.ts);
    return {};
  }
  // developer / system instructions are not shown.
  return {};
}

/** Handles one `response_item` payload. */
export function handleResponseItem(state: CodexState, emit: Emit, ctx: RecordCtx, p: Record<string, unknown>): Handled {
  const type = str(p.type);
  const callId = str(p.call_id) ?? str(p.id);
  switch (type) {
    case 'message':
      return message(state, emit, ctx, p);
    case 'reasoning':
      return reasoning(state, emit, ctx, p);
    case 'function_call':
      state.responseToolCalls = true;
      return emitToolCall(state, emit, ctx, str(p.call_id), str(p.name) ?? 'unknown', parseArguments(p.arguments), str(p.namespace));
    case 'custom_tool_call': {
      state.responseToolCalls = true;
      const name = str(p.name) ?? 'unknown';
      const input = name === 'apply_patch' || name === 'applypatch' ? p.input : parseArguments(p.input);
      return emitToolCall(state, emit, ctx, str(p.call_id), name, input);
    }
    case 'local_shell_call':
      state.responseToolCalls = true;
      return emitToolCall(state, emit, ctx, callId, 'local_shell_call', { action: p.action });
    case 'web_search_call': {
      // Written once the search is over, with no output item of its own: its status is the result.
      const r = emitToolCall(state, emit, ctx, callId, 'web_search_call', isRecord(p.action) ? p.action : {});
      const status = str(p.status);
      if (r.skip || (status !== 'completed' && status !== 'failed')) return r;
      return emitToolResult(state, emit, ctx, callId, { content: status, success: status === 'completed' });
    }
    case 'tool_search_call':
      return emitToolCall(state, emit, ctx, callId, 'tool_search', p.arguments ?? {});
    case 'image_generation_call':
      return emitToolCall(state, emit, ctx, callId, 'image_generation', { revised_prompt: p.revised_prompt });
    case 'function_call_output':
    case 'custom_tool_call_output':
      return emitToolResult(state, emit, ctx, str(p.call_id), p.output);
    case 'tool_search_output':
      return emitToolResult(state, emit, ctx, callId, { content: [], success: p.status !== 'failed' });
    case 'agent_message': {
      // Inter-agent message (multi-agent sessions): neither this agent's own words nor the person's.
      const text = contentText(p.content);
      const author = str(p.author);
      if (text.trim()) {
        flushPendingUser(state, emit);
        emit({ id: lineId(state, ctx), kind: 'notice', subtype: 'agent_message', text: author ? `${author}: ${text}` : text, ...tsLine(ctx) });
      }
      return {};
    }
    case 'ghost_snapshot':
    case 'compaction':
    case 'compaction_summary':
      return {};
    default:
      return { skip: `unknown-item:${String(type).slice(0, 40)}` };
  }
}
