import path from 'node:path';
import type { FileChange } from '../../model/fileChange';
import type { ToolKind } from '../../model/events';
import { patchToChanges } from '../../changes/patchToChanges';
import { looksLikePatch } from '../../changes/applyPatchParser';
import { findShellPatch, shellCommandText } from './codexShell';
import { isRecord, str } from './codexText';

/** What a Codex tool call means, independent of where it was seen (rollout line or hook payload). */
export interface CodexCall {
  name: string;
  toolKind: ToolKind;
  command?: string;
  paths?: string[];
  changes?: FileChange[];
  /** Set when the call carries a patch that could not be parsed (e.g. redacted or malformed). */
  patchError?: string;
}

const SHELL_TOOLS = new Set(['shell', 'shell_command', 'exec_command', 'local_shell', 'container.exec', 'unified_exec', 'Bash', 'bash']);
const PATCH_TOOLS = new Set(['apply_patch', 'applypatch', 'Edit', 'Write']);
const READ_TOOLS = new Set(['view_image', 'read_file', 'list_dir']);
const SEARCH_TOOLS = new Set(['grep_files', 'web_search', 'web_search_call', 'search']);
const SUBAGENT_TOOLS = new Set(['spawn_agent', 'spawn_sub_agent', 'delegate']);

/** Parses a function_call `arguments` string; non-JSON (e.g. redacted) stays the raw string. */
export function parseArguments(args: unknown): unknown {
  if (typeof args !== 'string') return args;
  const t = args.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return args;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return args;
  }
}

function joinDir(cwd: string | undefined, dir: unknown): string | undefined {
  if (typeof dir !== 'string' || !dir) return cwd;
  const mod = /^[A-Za-z]:[\\/]/.test(dir) || /^[A-Za-z]:[\\/]/.test(cwd ?? '') ? path.win32 : path.posix;
  if (mod.isAbsolute(dir)) return dir;
  return cwd ? mod.resolve(cwd, dir) : undefined;
}

function patchCall(name: string, patch: string, cwd: string | undefined, baseDir: string | undefined, command?: string): CodexCall {
  const { changes, error } = patchToChanges(patch, cwd, baseDir);
  const call: CodexCall = { name, toolKind: 'edit', changes };
  if (changes.length) call.paths = [...new Set(changes.flatMap((c) => (c.movePath ? [c.path, c.movePath] : [c.path])))];
  if (error) call.patchError = error;
  if (command !== undefined) call.command = command;
  return call;
}

/** The patch text of an apply_patch call: freeform string, `{input}`, `{patch}` or hook `{command}`. */
function patchText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (!isRecord(input)) return undefined;
  return str(input.input) ?? str(input.patch) ?? (typeof input.command === 'string' ? input.command : undefined);
}

function shellCall(name: string, cmd: unknown, cwd: string | undefined, workdir: unknown): CodexCall {
  const dir = joinDir(cwd, workdir);
  const sp = findShellPatch(cmd);
  const command = shellCommandText(cmd);
  if (sp) return patchCall(name, sp.patch, cwd, joinDir(dir, sp.cdDir), command);
  const call: CodexCall = { name, toolKind: 'shell' };
  if (command !== undefined) call.command = command;
  return call;
}

/**
 * Maps a Codex tool name + input to the normalised call. Accepts rollout names (`exec_command`
 * `{cmd}`, `shell` `{command: argv}`, `shell_command` `{command}`, `write_stdin`, `apply_patch`,
 * `update_plan`, `mcp__…`, local_shell_call actions) and hook names (`Bash`, `apply_patch` with
 * `{command}`). `input` is the parsed arguments or the freeform string. Never throws.
 */
export function codexToolToCall(name: string, input: unknown, cwd: string | undefined, namespace?: string): CodexCall {
  const args = isRecord(input) ? input : {};
  if (PATCH_TOOLS.has(name)) {
    const text = patchText(input);
    if (text !== undefined && (name.startsWith('apply') || looksLikePatch(text))) return patchCall(name, text, cwd, joinDir(cwd, args.workdir));
    if (name.startsWith('apply')) return { name, toolKind: 'edit', changes: [], patchError: 'no patch text' };
  }
  if (SHELL_TOOLS.has(name)) {
    const cmd = args.cmd ?? args.command ?? (typeof input === 'string' ? input : undefined);
    return shellCall(name, cmd, cwd, args.workdir ?? args.working_directory);
  }
  if (name === 'local_shell_call' || (isRecord(args.action) && Array.isArray(args.action.command))) {
    const action = isRecord(args.action) ? args.action : args;
    return shellCall(name, action.command, cwd, action.working_directory ?? action.workdir);
  }
  if (name === 'write_stdin') {
    const chars = str(args.chars) ?? str(args.input);
    return chars ? { name, toolKind: 'shell', command: chars } : { name, toolKind: 'shell' };
  }
  // Newer rollouts name MCP tools by namespace + name ({namespace: "mcp__node_repl__", name: "js"}): shown
  // as mcp__node_repl__js, the name hooks and Claude Code use.
  if (namespace?.startsWith('mcp__') && !name.startsWith('mcp__')) return { name: `${namespace.replace(/_+$/, '')}__${name}`, toolKind: 'mcp' };
  if (name.startsWith('mcp__') || (namespace && namespace.startsWith('mcp'))) return { name, toolKind: 'mcp' };
  if (READ_TOOLS.has(name)) {
    const p = str(args.path) ?? str(args.file_path) ?? str(args.dir_path);
    return p ? { name, toolKind: 'read', paths: [p] } : { name, toolKind: 'read' };
  }
  if (SEARCH_TOOLS.has(name)) return { name, toolKind: 'search' };
  if (SUBAGENT_TOOLS.has(name)) return { name, toolKind: 'subagent' };
  if (name.includes('__') && !name.startsWith('_')) return { name, toolKind: 'mcp' };
  return { name, toolKind: 'other' };
}
