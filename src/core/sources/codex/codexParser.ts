import { z } from 'zod';
import type { DraftEvent, Session, VigilEvent } from '../../model/events';
import type { ParseStats, TranscriptParser } from '../types';
import { handleEventMsg } from './codexEventMsg';
import { handleResponseItem, type Handled, type RecordCtx } from './codexResponseItem';
import { newState, startTurn, type CodexState } from './codexState';
import { isRecord, str } from './codexText';

/** Lines longer than this are dropped (counted as `too-long`), bounding memory on hostile input. */
export const CODEX_MAX_LINE_CHARS = 8 * 1024 * 1024;

const EnvelopeSchema = z.looseObject({ timestamp: z.unknown().optional(), type: z.string(), payload: z.unknown().optional() });

const RESPONSE_ITEM_TYPES = new Set(['message', 'reasoning', 'function_call', 'function_call_output', 'custom_tool_call', 'custom_tool_call_output', 'local_shell_call', 'web_search_call']);
const IGNORED_ENVELOPES = new Set(['world_state', 'inter_agent_communication_metadata']);

export interface CodexParserOptions {
  /** Session id used until (and unless) a session_meta record names one; e.g. the rollout file's uuid. */
  sessionId?: string;
  transcriptPath?: string;
}

const ROLLOUT_UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i;

function isoTs(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? v : undefined;
}

/** Parent thread and nickname of a sub-agent session (`source.subagent.thread_spawn`). */
function subagentInfo(p: Record<string, unknown>): { parent?: string; name?: string } {
  const sub = isRecord(p.source) && isRecord(p.source.subagent) ? p.source.subagent : undefined;
  const spawn = sub && isRecord(sub.thread_spawn) ? sub.thread_spawn : undefined;
  const parent = str(p.parent_thread_id) ?? str(p.forked_from_id) ?? (spawn ? str(spawn.parent_thread_id) : undefined);
  const name = spawn ? (str(spawn.agent_nickname) ?? str(spawn.agent_role)) : sub ? str(sub.other) : undefined;
  return { ...(parent ? { parent } : {}), ...(name ? { name } : {}) };
}

function sessionMeta(state: CodexState, p: Record<string, unknown>, ts: string | undefined, emitted: boolean): void {
  if (state.haveMeta) return; // later metas: forked/sub-agent history copies
  state.haveMeta = true;
  const s: Session = state.session;
  const id = str(p.id) ?? str(p.session_id);
  if (id && !emitted) s.id = id;
  const cwd = str(p.cwd);
  if (cwd) {
    s.cwd = cwd;
    state.cwd = cwd;
  }
  const started = isoTs(p.timestamp) ?? ts;
  if (started) s.startedAt = started;
  const version = str(p.cli_version);
  if (version) s.agentVersion = version;
  const model = str(p.model);
  if (model) s.model = model;
  const { parent, name } = subagentInfo(p);
  if (parent) s.parentSessionId = parent;
  if (name) s.agentName = name;
}

function turnContext(state: CodexState, p: Record<string, unknown>): void {
  const turnId = str(p.turn_id);
  if (turnId) startTurn(state, turnId);
  const cwd = str(p.cwd);
  if (cwd && !cwd.startsWith('[')) {
    state.cwd = cwd;
    state.session.cwd ??= cwd;
  }
  const settings = isRecord(p.collaboration_mode) && isRecord(p.collaboration_mode.settings) ? p.collaboration_mode.settings : {};
  const model = str(p.model) ?? str(settings.model);
  if (model) state.session.model = model;
}

/** Tolerant, incremental parser for Codex rollout files (`~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl`). */
export function createCodexParser(options: CodexParserOptions = {}): TranscriptParser {
  const fallback = options.sessionId ?? (options.transcriptPath ? ROLLOUT_UUID.exec(options.transcriptPath)?.[1] : undefined) ?? 'codex-session';
  const state = newState(fallback);
  if (options.transcriptPath) state.session.transcriptPath = options.transcriptPath;
  const stats: ParseStats = { lines: 0, records: 0, skipped: 0, skippedByReason: {} };
  let seq = 0;
  let named = false;

  function skip(reason: string): void {
    stats.skipped++;
    stats.skippedByReason[reason] = (stats.skippedByReason[reason] ?? 0) + 1;
  }

  function dispatch(type: string, payload: Record<string, unknown>, ctx: RecordCtx, emit: (d: DraftEvent) => void): Handled {
    switch (type) {
      case 'session_meta':
        sessionMeta(state, payload, ctx.ts, seq > 0);
        return {};
      case 'turn_context':
        turnContext(state, payload);
        return {};
      case 'response_item':
        return handleResponseItem(state, emit, ctx, payload);
      case 'event_msg':
        return handleEventMsg(state, emit, ctx, payload);
      case 'compacted':
        emit({ id: `${state.session.id}:L${ctx.line}`, kind: 'notice', subtype: 'compaction', text: 'Context compacted', ...(ctx.ts ? { ts: ctx.ts } : {}), line: ctx.line });
        return {};
      default:
        if (IGNORED_ENVELOPES.has(type)) return {};
        return { skip: `unknown-type:${type.slice(0, 40)}` };
    }
  }

  function pushLine(line: string, lineNo: number): VigilEvent[] {
    stats.lines++;
    if (typeof line !== 'string' || line.length > CODEX_MAX_LINE_CHARS) {
      skip('too-long');
      return [];
    }
    const text = line.trim();
    if (!text) return []; // blank lines are counted in `lines` only
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      skip('malformed-json');
      return [];
    }
    const out: VigilEvent[] = [];
    const emit = (d: DraftEvent): void => {
      out.push({ ...d, sessionId: state.session.id, seq: seq++ } as VigilEvent);
    };
    const ctx: RecordCtx = { line: Number.isInteger(lineNo) && lineNo > 0 ? lineNo : stats.lines, ts: undefined };
    try {
      const env = EnvelopeSchema.safeParse(json);
      let type: string;
      let payload: Record<string, unknown>;
      if (env.success && isRecord(env.data.payload)) {
        type = env.data.type;
        payload = env.data.payload;
        ctx.ts = isoTs(env.data.timestamp);
      } else if (isRecord(json) && typeof json.type === 'string' && RESPONSE_ITEM_TYPES.has(json.type)) {
        // Early rollouts: bare response items, no envelope.
        type = 'response_item';
        payload = json;
      } else if (isRecord(json) && !('type' in json) && typeof json.id === 'string' && typeof json.timestamp === 'string') {
        type = 'session_meta'; // early rollouts: first line is the bare session meta
        payload = json;
      } else if (isRecord(json) && json.record_type === 'state') {
        stats.records++;
        return out;
      } else {
        skip(env.success ? 'invalid-payload' : 'invalid-envelope');
        return out;
      }
      stats.records++;
      const r = dispatch(type, payload, ctx, emit);
      if (r.skip) {
        stats.records--;
        skip(r.skip);
      }
      if (out.length) named = true;
    } catch {
      stats.records = Math.max(0, stats.records - 1);
      skip('handler-error');
      return [];
    }
    return out;
  }

  return {
    format: 'codex',
    pushLine,
    session: () => (state.haveMeta || named ? { ...state.session } : undefined),
    stats: () => ({ ...stats, skippedByReason: { ...stats.skippedByReason } }),
  };
}
