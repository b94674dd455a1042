import type { SnakeHookPayload } from './hookPayloadSchemas';

/**
 * Claude Code and Codex send the same snake_case payload shape; tell them apart by what only one of
 * them sends: the transcript location, tool-use id style, Codex's tool names and turn id.
 */
export function detectSnakeCaller(p: SnakeHookPayload): 'claude-code' | 'codex' {
  const t = p.transcript_path ?? '';
  if (/[\\/]\.codex[\\/]|[\\/]rollout-[^\\/]*\.jsonl$/.test(t)) return 'codex';
  if (/[\\/]\.claude[\\/]|[\\/]projects[\\/][^\\/]+[\\/][^\\/]+\.jsonl$/.test(t)) return 'claude-code';
  const id = p.tool_use_id ?? '';
  if (id.startsWith('toolu_')) return 'claude-code';
  if (id.startsWith('call_') || id.startsWith('fc_')) return 'codex';
  if (p.tool_name === 'apply_patch' || p.tool_name === 'local_shell' || p.tool_name === 'exec_command') return 'codex';
  if (typeof p.turn_id === 'string' && p.turn_id) return 'codex';
  return 'claude-code';
}
