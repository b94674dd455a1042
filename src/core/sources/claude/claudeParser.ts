import type { DraftEvent, Session, ToolCallEvent, VigilEvent } from '../../model/events';
import type { ParseStats, TranscriptParser } from '../types';
import {
  ClaudeBlockSchema,
  ClaudeConversationSchema,
  ClaudeEnvelopeSchema,
  ClaudeQueueOperationSchema,
  ClaudeSystemSchema,
  ClaudeTitleSchema,
  IGNORED_RECORD_TYPES,
  type ClaudeEnvelope,
} from './claudeRecords';
import { enrichCallFromResult } from './claudeEnrich';
import { ClaudeSessionMeta } from './claudeSessionMeta';
import { claudeSystemNotice } from './claudeSystemNotice';
import { claudeToolToCall } from './claudeTools';
import { classifyUserText, contentText, isUserRejection, splitIdeContext, truncateOutput } from './claudeUserText';

export interface ClaudeParserOptions {
  /** Path of the transcript: gives the session id of subagent files and a fallback id. */
  transcriptPath?: string;
}

/** Tool calls waiting for their result (bounded so a transcript of unanswered calls cannot grow it forever). */
const MAX_PENDING_CALLS = 2000;

type Conversation = ReturnType<typeof ClaudeConversationSchema.parse>;

/**
 * Incremental parser for Claude Code transcripts (one JSON record per line, see
 * research/agent-formats.md §1.2). Never throws on input: malformed lines, records that fail
 * validation and unknown record types are skipped and counted in `stats().skippedByReason`.
 */
class ClaudeParser implements TranscriptParser {
  readonly format = 'claude-code' as const;
  private readonly meta: ClaudeSessionMeta;
  private readonly counters: ParseStats = { lines: 0, records: 0, skipped: 0, skippedByReason: {} };
  private readonly ids = new Set<string>();
  private readonly pending = new Map<string, ToolCallEvent>();
  private seq = 0;

  constructor(options: ClaudeParserOptions) {
    this.meta = new ClaudeSessionMeta(options.transcriptPath);
  }

  session(): Session | undefined {
    return this.meta.session();
  }

  stats(): ParseStats {
    return { ...this.counters, skippedByReason: { ...this.counters.skippedByReason } };
  }

  pushLine(line: string, lineNo: number): VigilEvent[] {
    this.counters.lines++;
    if (typeof line !== 'string' || line.trim() === '') return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return this.skip('malformed-json');
    }
    const env = ClaudeEnvelopeSchema.safeParse(raw);
    if (!env.success) return this.skip('invalid-record');
    this.counters.records++;
    try {
      return this.dispatch(env.data, raw as Record<string, unknown>, lineNo);
    } catch {
      // Defensive: a record shape nobody foresaw must not break the session.
      return this.skip('invalid-record');
    }
  }

  private skip(reason: string, countLine = true): [] {
    if (countLine) this.counters.skipped++;
    this.counters.skippedByReason[reason] = (this.counters.skippedByReason[reason] ?? 0) + 1;
    return [];
  }

  private dispatch(env: ClaudeEnvelope, raw: Record<string, unknown>, lineNo: number): VigilEvent[] {
    this.meta.note(env);
    const out: VigilEvent[] = [];
    const ctx = { env, lineNo, out };
    switch (env.type) {
      case 'user':
        this.onUser(ctx, raw);
        break;
      case 'assistant':
        this.onAssistant(ctx, raw);
        break;
      case 'system':
        this.onSystem(ctx, raw);
        break;
      case 'summary':
      case 'custom-title':
      case 'ai-title': {
        const t = ClaudeTitleSchema.parse(raw);
        if (env.type === 'custom-title') this.meta.noteTitle('custom', t.customTitle);
        else if (env.type === 'ai-title') this.meta.noteTitle('ai', t.aiTitle);
        else this.meta.noteTitle('summary', t.summary);
        break;
      }
      case 'queue-operation':
        this.onQueue(ctx, raw);
        break;
      default:
        if (!IGNORED_RECORD_TYPES.has(env.type)) this.skip(`unknown-type:${env.type}`);
    }
    return out;
  }

  private emit(ctx: Ctx, draft: DraftEvent, baseId: string | undefined): void {
    const sessionId = this.meta.sessionId();
    const seq = this.seq++;
    let id = baseId ?? `${sessionId}#${seq}`;
    if (this.ids.has(id)) id = `${id}~${seq}`;
    this.ids.add(id);
    const ev = { ...draft, id, sessionId, seq, line: ctx.lineNo } as VigilEvent;
    if (ctx.env.timestamp && !Number.isNaN(Date.parse(ctx.env.timestamp))) ev.ts = ctx.env.timestamp;
    ctx.out.push(ev);
  }

  private blockId(env: ClaudeEnvelope, i: number): string | undefined {
    return env.uuid ? `${env.uuid}.${i}` : undefined;
  }

  private notice(ctx: Ctx, subtype: string, text: string, id: string | undefined): void {
    this.emit(ctx, { kind: 'notice', id: '', subtype, text: truncateOutput(text) }, id);
  }

  private conversation(raw: Record<string, unknown>): Conversation | undefined {
    const r = ClaudeConversationSchema.safeParse(raw);
    if (!r.success) {
      this.skip('invalid-message');
      return undefined;
    }
    return r.data;
  }

  private onUser(ctx: Ctx, raw: Record<string, unknown>): void {
    const conv = this.conversation(raw);
    if (!conv) return;
    const { env } = ctx;
    const content = conv.message.content;
    if (conv.isCompactSummary) {
      this.notice(ctx, 'compaction_summary', contentText(content), env.uuid);
      return;
    }
    const blocks = Array.isArray(content) ? content : [];
    const results = blocks.filter((b) => isBlockType(b, 'tool_result'));
    blocks.forEach((b, i) => {
      if (isBlockType(b, 'tool_result')) this.onToolResult(ctx, conv, b, i, results.length);
    });
    if (env.isMeta) return; // skill bodies, reminders and other text injected for the model
    const typed = typeof content === 'string' ? content : contentText(blocks.filter((b) => !isBlockType(b, 'tool_result')));
    const { context, rest: text } = splitIdeContext(typed);
    if (context.length) this.notice(ctx, 'ide_context', context.join('\n'), env.uuid ? `${env.uuid}.ide` : undefined);
    if (!text.trim()) return;
    const cls = classifyUserText(text);
    if (cls.kind === 'prompt' && results.length > 0) {
      // Text riding along with tool results is attached by Claude Code, not typed as a prompt.
      this.notice(ctx, 'attached_text', cls.text, env.uuid);
    } else if (cls.kind === 'prompt' && env.isSidechain === true && !this.meta.isSubagent) {
      // Claude Code 1.0.x wrote Task subagents into the main file as sidechain records: their first
      // user message is the task the agent wrote for the subagent, not what the person typed.
      this.notice(ctx, 'subagent_prompt', cls.text, env.uuid);
    } else if (cls.kind === 'prompt') {
      this.meta.noteTitle('prompt', cls.text);
      this.emit(ctx, { kind: 'user_prompt', id: '', text: cls.text }, env.uuid);
    } else if (cls.kind !== 'injected') {
      this.notice(ctx, cls.kind, cls.text, env.uuid);
    }
  }

  private onToolResult(ctx: Ctx, conv: Conversation, block: unknown, i: number, resultCount: number): void {
    const parsed = ClaudeBlockSchema.safeParse(block);
    if (!parsed.success || parsed.data.type !== 'tool_result') {
      this.skip('invalid-block', false);
      return;
    }
    const b = parsed.data;
    const toolUseId = b.tool_use_id ?? conv.sourceToolUseID ?? `${ctx.env.uuid ?? 'result'}.${i}`;
    const output = truncateOutput(contentText(b.content));
    const isError = b.is_error === true;
    const draft: DraftEvent = { kind: 'tool_result', id: '', toolUseId, isError, output };
    if (isError && isUserRejection(output, conv.toolUseResult, conv.toolDenialKind)) draft.rejected = true;
    this.emit(ctx, draft, this.blockId(ctx.env, i));
    const call = this.pending.get(toolUseId);
    if (!call) return;
    this.pending.delete(toolUseId);
    if (!isError && resultCount === 1) enrichCallFromResult(call, conv.toolUseResult, this.meta.sessionId());
  }

  private onAssistant(ctx: Ctx, raw: Record<string, unknown>): void {
    const conv = this.conversation(raw);
    if (!conv) return;
    const { env } = ctx;
    this.meta.noteModel(conv.message.model);
    const content = conv.message.content;
    const blocks = typeof content === 'string' ? [{ type: 'text', text: content }] : (content ?? []);
    const synthetic = conv.message.model === '<synthetic>' || raw.isApiErrorMessage === true;
    blocks.forEach((block, i) => {
      const r = ClaudeBlockSchema.safeParse(block);
      if (!r.success) {
        const t = block && typeof block === 'object' ? (block as { type?: unknown }).type : undefined;
        this.skip(typeof t === 'string' ? `unknown-block:${t}` : 'invalid-block', false);
        return;
      }
      const b = r.data;
      const id = this.blockId(env, i);
      switch (b.type) {
        case 'text':
          if (!b.text.trim()) return;
          if (synthetic) this.notice(ctx, 'api_error', b.text, id);
          else this.emit(ctx, { kind: 'assistant_message', id: '', text: b.text }, id);
          return;
        case 'thinking':
          // Claude's visible thinking is a summary written by another model, never the raw chain of
          // thought (research §1.3); an empty string means the text was withheld (signature only).
          this.emit(ctx, { kind: 'reasoning', id: '', text: b.thinking, visibility: b.thinking.trim() ? 'summary' : 'hidden' }, id);
          return;
        case 'redacted_thinking':
          this.emit(ctx, { kind: 'reasoning', id: '', text: '', visibility: 'hidden' }, id);
          return;
        case 'tool_use':
        case 'server_tool_use':
          this.onToolUse(ctx, b.id ?? id ?? `${this.meta.sessionId()}#call${this.seq}`, b.name, b.input, id);
          return;
        case 'fallback':
          this.notice(ctx, 'model_fallback', `Model fallback${b.from?.model ? ` from ${b.from.model}` : ''}${b.to?.model ? ` to ${b.to.model}` : ''}`, id);
          return;
        default:
          return; // images / tool results inside assistant content: nothing to show
      }
    });
  }

  private onToolUse(ctx: Ctx, toolUseId: string, name: string, input: unknown, id: string | undefined): void {
    const info = claudeToolToCall(name, input, this.meta.currentCwd);
    this.emit(ctx, { kind: 'tool_call', id: '', toolUseId, name, input, origin: 'transcript', ...info }, id);
    const call = ctx.out[ctx.out.length - 1] as ToolCallEvent;
    this.pending.set(toolUseId, call);
    if (this.pending.size > MAX_PENDING_CALLS) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
  }

  private onSystem(ctx: Ctx, raw: Record<string, unknown>): void {
    const r = ClaudeSystemSchema.safeParse(raw);
    if (!r.success) {
      this.skip('invalid-system');
      return;
    }
    const m = claudeSystemNotice(r.data);
    if ('notice' in m) this.notice(ctx, m.notice.subtype, m.notice.text, ctx.env.uuid);
    else if ('unknown' in m) this.skip(`unknown-type:system/${m.unknown}`);
  }

  private onQueue(ctx: Ctx, raw: Record<string, unknown>): void {
    // A prompt typed while the agent was busy; it reaches the model mid-turn and often never
    // appears as a `user` record, so it is shown as a notice (not a prompt, to avoid doubles).
    const q = ClaudeQueueOperationSchema.safeParse(raw);
    if (!q.success || q.data.operation !== 'enqueue' || typeof q.data.content !== 'string') return;
    const cls = classifyUserText(q.data.content);
    if (cls.kind === 'prompt' && cls.text) this.notice(ctx, 'queued_prompt', cls.text, `${this.meta.sessionId()}#queue-L${ctx.lineNo}`);
  }
}

interface Ctx {
  env: ClaudeEnvelope;
  lineNo: number;
  out: VigilEvent[];
}

function isBlockType(b: unknown, type: string): boolean {
  return !!b && typeof b === 'object' && (b as { type?: unknown }).type === type;
}

/** Creates a Claude Code transcript parser. */
export function createClaudeParser(options: ClaudeParserOptions = {}): TranscriptParser {
  return new ClaudeParser(options);
}
