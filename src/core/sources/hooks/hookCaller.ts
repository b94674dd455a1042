import type { HookPayload } from './hookPayloadSchemas';
import { isVscodeToolName } from './vscodeTools';

export type HookCaller = 'claude-code' | 'codex' | 'vscode';

/**
 * Which agent sent a hook payload. camelCase common fields (`hookEventName`) are VS Code's. Claude
 * Code, Codex (and some VS Code builds) share the snake_case shape: tell them apart by what only
 * one of them sends — the transcript location, tool-use id style, tool names, Codex's turn id.
 */
export function detectHookCaller(p: HookPayload): HookCaller {
  if (p.hookEventName !== undefined && p.hook_event_name === undefined) return 'vscode';
  const t = p.transcript_path ?? p.transcriptPath ?? '';
  if (/[\\/]\.codex[\\/]|[\\/]rollout-[^\\/]*\.jsonl$/.test(t)) return 'codex';
  if (/[\\/]workspaceStorage[\\/]|copilot/i.test(t)) return 'vscode';
  if (/[\\/]\.claude[\\/]|[\\/]projects[\\/][^\\/]+[\\/][^\\/]+\.jsonl$/.test(t)) return 'claude-code';
  const id = p.tool_use_id ?? '';
  if (id.startsWith('toolu_')) return 'claude-code';
  if (id.startsWith('call_') || id.startsWith('fc_')) return 'codex';
  const name = p.tool_name ?? '';
  if (name === 'apply_patch' || name === 'local_shell' || name === 'exec_command') return 'codex';
  if (typeof p.turn_id === 'string' && p.turn_id) return 'codex';
  if (isVscodeToolName(name) || p.sessionId !== undefined) return 'vscode';
  return 'claude-code';
}
