import type { z } from 'zod';
import type { ClaudeSystemSchema } from './claudeRecords';
import { IGNORED_SYSTEM_SUBTYPES } from './claudeRecords';
import { classifyUserText } from './claudeUserText';

type ClaudeSystem = z.infer<typeof ClaudeSystemSchema>;

export type SystemMapping = { notice: { subtype: string; text: string } } | { ignore: true } | { unknown: string };

const ESC = String.fromCharCode(27);
/** Terminal colour codes (ESC [ … m) Claude Code 1.0.x left in hook messages. */
const ANSI_RE = new RegExp(`${ESC}\\[[0-9;]{0,20}[A-Za-z]`, 'g');
const HOOK_EVENT_RE = /\b(?:PreToolUse|PostToolUse|PostToolUseFailure|UserPromptSubmit|Stop|SubagentStop|SessionStart|SessionEnd|Notification|PreCompact)\b/;

/**
 * A `system` record without a subtype (Claude Code 1.0.x): hook progress ("Running PostToolUse:Bash..."),
 * hook failures and other warnings as plain `content` with a `level`. Progress lines are ignored.
 */
function legacySystemNotice(content: string, level: string | undefined): SystemMapping {
  const text = content.replace(ANSI_RE, '').trim();
  if (!text) return { unknown: '(none)' };
  if (level === 'info' && /^Running\s[^\n]{1,200}\.\.\.$/.test(text)) return { ignore: true };
  return { notice: { subtype: HOOK_EVENT_RE.test(text) ? 'hook' : 'system', text } };
}

function errorText(err: unknown): string | undefined {
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object') {
    const e = err as { message?: unknown; formatted?: unknown; status?: unknown };
    if (typeof e.message === 'string' && e.message) return e.message;
    if (typeof e.formatted === 'string' && e.formatted) return e.formatted;
    if (typeof e.status === 'number') return `status ${e.status}`;
  }
  return undefined;
}

/** Maps a `system` record to a notice, to nothing (known but uninteresting), or to "unknown subtype". */
export function claudeSystemNotice(sys: ClaudeSystem): SystemMapping {
  const subtype = sys.subtype ?? '';
  const content = typeof sys.content === 'string' ? sys.content : '';
  switch (subtype) {
    case 'compact_boundary': {
      const m = sys.compactMetadata;
      const detail = [m?.trigger ? `trigger ${m.trigger}` : '', m?.preTokens !== undefined ? `${m.preTokens} tokens before` : ''].filter(Boolean).join(', ');
      return { notice: { subtype: 'compaction', text: `Conversation compacted${detail ? ` (${detail})` : ''}` } };
    }
    case 'turn_duration': {
      const secs = sys.durationMs !== undefined ? ` in ${(sys.durationMs / 1000).toFixed(1)} s` : '';
      return { notice: { subtype: 'turn_end', text: `Turn finished${secs}` } };
    }
    case 'local_command': {
      const text = classifyUserText(content).text;
      return text ? { notice: { subtype: 'local_command', text } } : { ignore: true };
    }
    case 'stop_hook_summary': {
      const errors = sys.hookErrors?.length ?? 0;
      if (!sys.preventedContinuation && errors === 0) return { ignore: true };
      const why = sys.stopReason ? `: ${sys.stopReason}` : '';
      return { notice: { subtype: 'stop_hook', text: sys.preventedContinuation ? `Stop hook prevented continuation${why}` : `Stop hook reported ${errors} error(s)` } };
    }
    case 'api_error':
    case 'error':
      return { notice: { subtype: 'api_error', text: `API error: ${errorText(sys.error) ?? (content || 'unknown')}` } };
    case 'api_refusal':
    case 'model_refusal_fallback': {
      const models = sys.originalModel && sys.fallbackModel ? ` (${sys.originalModel} -> ${sys.fallbackModel})` : '';
      return { notice: { subtype: 'refusal', text: `Model refused${models}${sys.apiRefusalExplanation ? `: ${sys.apiRefusalExplanation}` : ''}` } };
    }
    case '':
      return legacySystemNotice(content, sys.level);
    default:
      if (IGNORED_SYSTEM_SUBTYPES.has(subtype)) return { ignore: true };
      return { unknown: subtype || '(none)' };
  }
}
