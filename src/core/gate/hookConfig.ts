/**
 * Which hook entries Vigil installs for each agent, and how they are recognised again (every command
 * carries HOOK_MARKER). Shapes: shared/research/agent-formats.md §1.5 (Claude Code; also read by
 * VS Code agent hooks, §3.1) and §2.3 (Codex `hooks.json`).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { HOOK_MARKER } from './gateChannel';

export type HookTarget = 'claude-project' | 'claude-user' | 'codex-project';

export interface HookCommandSpec {
  /** Absolute path of dist/hook.js. */
  shimPath: string;
  /** Seconds a PreToolUse hook may wait for a human (the agent's own hook timeout). */
  timeoutSeconds: number;
  /** Node executable to run the shim with (default `node` from PATH). */
  node?: string;
}

export interface HookHandler {
  type: 'command';
  command: string;
  timeout: number;
  statusMessage?: string;
}
export interface HookGroup {
  matcher?: string;
  hooks: HookHandler[];
}

export const CLAUDE_GATED_TOOLS = 'Edit|Write|MultiEdit|NotebookEdit|Bash|PowerShell|mcp__.*';
export const CODEX_GATED_TOOLS = 'apply_patch|Bash|mcp__.*';
/** Non-gating events are answered at once; a short timeout keeps a stuck Vigil from holding the agent. */
const STREAM_TIMEOUT_S = 10;

function quote(p: string): string {
  return process.platform === 'win32' ? `"${p}"` : `'${p.replace(/'/g, `'\\''`)}'`;
}

export function hookCommand(spec: HookCommandSpec, gating: boolean): string {
  const node = spec.node ? quote(spec.node) : 'node';
  // The shim answers (deny) a little before the agent would kill it and fail open.
  const timeout = gating ? ` --timeout=${Math.max(5, spec.timeoutSeconds - 10)}` : '';
  return `${node} ${quote(spec.shimPath)} ${HOOK_MARKER}${timeout}`;
}

export function isVigilCommand(command: unknown): boolean {
  return typeof command === 'string' && command.includes(HOOK_MARKER);
}

/** The groups Vigil adds, per hook event, for one target. */
export function vigilHookGroups(target: HookTarget, spec: HookCommandSpec): Record<string, HookGroup[]> {
  const gate: HookHandler = { type: 'command', command: hookCommand(spec, true), timeout: spec.timeoutSeconds, statusMessage: 'Waiting for Vigil review' };
  const stream: HookHandler = { type: 'command', command: hookCommand(spec, false), timeout: STREAM_TIMEOUT_S };
  const tools = target === 'codex-project' ? CODEX_GATED_TOOLS : CLAUDE_GATED_TOOLS;
  return {
    PreToolUse: [{ matcher: tools, hooks: [gate] }],
    PostToolUse: [{ matcher: tools, hooks: [stream] }],
    UserPromptSubmit: [{ hooks: [stream] }],
    Stop: [{ hooks: [stream] }],
  };
}

/** Settings file for a target. */
export function hookConfigPath(target: HookTarget, opts: { workspace?: string; claudeConfigDir?: string }): string {
  if (target === 'claude-user') return path.join(opts.claudeConfigDir || process.env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), '.claude'), 'settings.json');
  if (!opts.workspace) throw new Error('no workspace folder open');
  if (target === 'claude-project') return path.join(opts.workspace, '.claude', 'settings.local.json');
  return path.join(opts.workspace, '.codex', 'hooks.json');
}
