import { promises as fsp } from 'node:fs';
import { IGNORED_RECORD_TYPES } from './claude/claudeRecords';
import type { TranscriptFormat } from './types';

/** How many non-empty lines `detectFormat` looks at before giving up. */
export const SNIFF_LINES = 50;

const CLAUDE_TYPES: ReadonlySet<string> = new Set([
  'user',
  'assistant',
  'system',
  'summary',
  'custom-title',
  'ai-title',
  'queue-operation',
  ...IGNORED_RECORD_TYPES,
]);
/** Record types that only Claude Code writes (decisive on their own). */
const CLAUDE_ONLY_TYPES: ReadonlySet<string> = new Set(['file-history-snapshot', 'queue-operation', 'progress', 'summary', 'custom-title', 'ai-title', 'permission-mode', 'last-prompt']);
const CODEX_ENVELOPE_TYPES: ReadonlySet<string> = new Set([
  'session_meta',
  'turn_context',
  'response_item',
  'event_msg',
  'compacted',
  'world_state',
  'inter_agent_communication_metadata',
]);
/** Bare response items of early (2025) Codex rollouts, written without the envelope. */
const CODEX_LEGACY_ITEM_TYPES: ReadonlySet<string> = new Set(['message', 'reasoning', 'function_call', 'function_call_output', 'local_shell_call', 'custom_tool_call', 'custom_tool_call_output']);
const VIGIL_KINDS: ReadonlySet<string> = new Set(['session', 'user_prompt', 'reasoning', 'assistant_message', 'tool_call', 'tool_result', 'notice', 'finding', 'gate_decision']);

function has(o: Record<string, unknown>, key: string): boolean {
  return o[key] !== undefined && o[key] !== null;
}

/** Format of one parsed record, when it is decisive. */
export function detectRecordFormat(record: unknown): TranscriptFormat | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const o = record as Record<string, unknown>;
  const type = typeof o.type === 'string' ? o.type : undefined;
  if (type === undefined) {
    if (typeof o.kind === 'string' && VIGIL_KINDS.has(o.kind)) return 'vigil-jsonl';
    if (typeof o.vigil === 'number' || typeof o.vigil === 'string') return 'vigil-jsonl';
    // Early Codex rollouts start with {id, timestamp, instructions} and {record_type: "state"}.
    if (has(o, 'record_type') || (has(o, 'instructions') && has(o, 'id') && has(o, 'timestamp'))) return 'codex';
    return undefined;
  }
  if (CODEX_ENVELOPE_TYPES.has(type) && o.payload && typeof o.payload === 'object') return 'codex';
  if (CLAUDE_ONLY_TYPES.has(type)) return 'claude-code';
  if (CLAUDE_TYPES.has(type) && (has(o, 'sessionId') || has(o, 'uuid') || has(o, 'parentUuid'))) return 'claude-code';
  if (CODEX_LEGACY_ITEM_TYPES.has(type) && !has(o, 'sessionId') && !has(o, 'uuid')) return 'codex';
  if (typeof o.kind === 'string' && VIGIL_KINDS.has(o.kind)) return 'vigil-jsonl';
  return undefined;
}

/**
 * Sniffs the format of a transcript from its first lines (up to `SNIFF_LINES` non-empty ones):
 * the first record that is decisive wins. Malformed or undecided lines are passed over.
 */
export function detectFormat(lines: Iterable<string>): TranscriptFormat | undefined {
  let seen = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (++seen > SNIFF_LINES) break;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      continue;
    }
    const f = detectRecordFormat(rec);
    if (f) return f;
  }
  return undefined;
}

/**
 * Sniffs a file's format from its first `maxBytes` (default 256 KiB; a first line longer than that
 * is passed over). Never throws: unreadable files give undefined.
 */
export async function sniffFileFormat(path: string, maxBytes = 256 * 1024): Promise<TranscriptFormat | undefined> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(path, 'r');
    const buf = Buffer.alloc(maxBytes);
    const { bytesRead } = await handle.read(buf, 0, maxBytes, 0);
    const text = buf.toString('utf8', 0, bytesRead);
    const lines = text.split('\n');
    if (bytesRead === maxBytes) lines.pop(); // last line may be cut
    return detectFormat(lines);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
