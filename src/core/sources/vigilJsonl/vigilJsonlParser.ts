import { SessionSchema, type Session, type VigilEvent } from '../../model/events';
import type { ParseStats, TranscriptParser } from '../types';
import { majorVersion, VIGIL_JSONL_MAGIC, VIGIL_JSONL_VERSION, VigilJsonlEventSchema } from './vigilJsonlFormat';

/** Lines longer than this are dropped (`too-long`). */
export const VIGIL_JSONL_MAX_LINE_CHARS = 32 * 1024 * 1024;

const KNOWN_KINDS = new Set(['user_prompt', 'reasoning', 'assistant_message', 'tool_call', 'tool_result', 'notice', 'finding', 'gate_decision']);

export interface VigilJsonlParserOptions {
  /** Session id when the file has no header (or a header without a usable session). */
  sessionId?: string;
  transcriptPath?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Salvages a session from a header whose session object does not fully validate (e.g. a future agent name). */
function headerSession(raw: unknown, fallbackId: string): Session {
  const parsed = SessionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const r = isRecord(raw) ? raw : {};
  const salvage = SessionSchema.safeParse({ ...r, agent: 'other' });
  if (salvage.success) return salvage.data;
  return { id: typeof r.id === 'string' && r.id ? r.id : fallbackId, agent: 'vigil-jsonl' };
}

/**
 * Tolerant reader of Vigil JSONL: the header names the session; each further line is validated
 * against the event schema (unknown fields are dropped, unknown kinds skipped and counted);
 * `sessionId` and `seq` are (re)assigned in file order. A header of a newer major version makes
 * every line a skip with reason `unsupported-version:N`.
 */
export function createVigilJsonlParser(options: VigilJsonlParserOptions = {}): TranscriptParser {
  const fallbackId = options.sessionId ?? 'vigil-jsonl-session';
  const stats: ParseStats = { lines: 0, records: 0, skipped: 0, skippedByReason: {} };
  let session: Session | undefined;
  let unsupported: string | undefined;
  let seq = 0;

  function skip(reason: string): [] {
    stats.skipped++;
    stats.skippedByReason[reason] = (stats.skippedByReason[reason] ?? 0) + 1;
    return [];
  }

  function ensureSession(eventSessionId: unknown): Session {
    if (!session) {
      const id = typeof eventSessionId === 'string' && eventSessionId ? eventSessionId : fallbackId;
      session = { id, agent: 'vigil-jsonl' };
      if (options.transcriptPath) session.transcriptPath = options.transcriptPath;
    }
    return session;
  }

  function header(json: Record<string, unknown>): VigilEvent[] {
    const major = majorVersion(json.version);
    if (!(major >= 1 && major <= VIGIL_JSONL_VERSION)) {
      unsupported = Number.isNaN(major) ? 'unsupported-version:unknown' : `unsupported-version:${major}`;
      return skip(unsupported);
    }
    if (session && seq > 0) return skip('late-header');
    session = headerSession(json.session, fallbackId);
    if (options.transcriptPath && !session.transcriptPath) session.transcriptPath = options.transcriptPath;
    stats.records++;
    return [];
  }

  function pushLine(line: string, _lineNo: number): VigilEvent[] {
    stats.lines++;
    if (typeof line !== 'string') return skip('invalid-line');
    if (line.length > VIGIL_JSONL_MAX_LINE_CHARS) return skip('too-long');
    const text = line.trim();
    if (!text) return [];
    if (unsupported) return skip(unsupported);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return skip('malformed-json');
    }
    if (!isRecord(json)) return skip('invalid-record');
    if (json.vigil === VIGIL_JSONL_MAGIC) return header(json);
    if (typeof json.kind === 'string' && !KNOWN_KINDS.has(json.kind)) return skip(`unknown-kind:${json.kind.slice(0, 40)}`);
    const parsed = VigilJsonlEventSchema.safeParse(json);
    if (!parsed.success) return skip('invalid-event');
    const s = ensureSession(json.sessionId);
    const id = parsed.data.id;
    const event = { ...parsed.data, id, sessionId: s.id, seq: seq++ } as VigilEvent;
    stats.records++;
    return [event];
  }

  return {
    format: 'vigil-jsonl',
    pushLine,
    session: () => (session ? { ...session } : undefined),
    stats: () => ({ ...stats, skippedByReason: { ...stats.skippedByReason } }),
  };
}
