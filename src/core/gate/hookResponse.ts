/**
 * Turns a gate decision into the exact output each agent expects from a PreToolUse command hook
 * (see shared/research/agent-formats.md §1.5, §2.3, §3.1). Never answers `ask`: IDE hosts ignore it
 * and Codex rejects it (and a rejected output fails open).
 */
import type { HookReply } from './gateChannel';

export type HookCaller = 'claude-code' | 'codex' | 'vscode';

export interface HookVerdict {
  decision: 'allow' | 'deny';
  /** Shown to the agent on deny (must be non-empty for Codex); shown to the user on allow. */
  reason: string;
  /** Replacement tool input (the reviewer edited the proposal). */
  updatedInput?: unknown;
}

export const EMPTY_REPLY: HookReply = { exitCode: 0, stdout: '', stderr: '' };

function json(out: Record<string, unknown>): HookReply {
  return { exitCode: 0, stdout: JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', ...out } }) + '\n', stderr: '' };
}

export function preToolUseReply(caller: HookCaller, v: HookVerdict): HookReply {
  const reason = v.reason.trim() || (v.decision === 'deny' ? 'Denied by Vigil.' : 'Allowed by Vigil.');
  if (v.decision === 'deny') return json({ permissionDecision: 'deny', permissionDecisionReason: reason });
  if (caller === 'codex') {
    // Codex: `allow` is only accepted together with updatedInput; plain proceed = empty output.
    if (v.updatedInput === undefined) return EMPTY_REPLY;
    return json({ permissionDecision: 'allow', permissionDecisionReason: reason, updatedInput: v.updatedInput });
  }
  const out: Record<string, unknown> = { permissionDecision: 'allow', permissionDecisionReason: reason };
  if (v.updatedInput !== undefined) out.updatedInput = v.updatedInput;
  return json(out);
}
