import { describe, expect, it } from 'vitest';
import { preToolUseReply } from '../../../src/core/gate/hookResponse';

const out = (s: string) => JSON.parse(s) as { hookSpecificOutput: Record<string, unknown> };

describe('agent-format hook replies', () => {
  it('Claude Code: explicit allow / deny JSON on stdout, exit 0, never ask', () => {
    const a = preToolUseReply('claude-code', { decision: 'allow', reason: 'low risk' });
    expect(a.exitCode).toBe(0);
    expect(out(a.stdout)).toEqual({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow', permissionDecisionReason: 'low risk' } });
    const d = preToolUseReply('claude-code', { decision: 'deny', reason: 'deletes an assertion' });
    expect(out(d.stdout).hookSpecificOutput).toEqual({ hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'deletes an assertion' });
    expect(a.stdout + d.stdout).not.toContain('"ask"');
  });

  it('Claude Code: updatedInput when the reviewer edited the proposal', () => {
    const r = preToolUseReply('claude-code', { decision: 'allow', reason: 'ok', updatedInput: { file_path: '/a', content: 'x' } });
    expect(out(r.stdout).hookSpecificOutput.updatedInput).toEqual({ file_path: '/a', content: 'x' });
  });

  it('Codex: empty output to proceed, deny with a non-empty reason, allow only with updatedInput', () => {
    expect(preToolUseReply('codex', { decision: 'allow', reason: 'fine' })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const d = preToolUseReply('codex', { decision: 'deny', reason: '   ' });
    expect(out(d.stdout).hookSpecificOutput).toMatchObject({ permissionDecision: 'deny' });
    expect(String(out(d.stdout).hookSpecificOutput.permissionDecisionReason).length).toBeGreaterThan(0);
    const u = preToolUseReply('codex', { decision: 'allow', reason: 'edited', updatedInput: { command: 'ls' } });
    expect(out(u.stdout).hookSpecificOutput).toMatchObject({ permissionDecision: 'allow', updatedInput: { command: 'ls' } });
  });

  it('VS Code agent hooks: the same hookSpecificOutput form', () => {
    const d = preToolUseReply('vscode', { decision: 'deny', reason: 'no' });
    expect(out(d.stdout).hookSpecificOutput).toEqual({ hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'no' });
  });
});
