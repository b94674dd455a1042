/**
 * "Approve similar for this session": a signature of an approved call (tool + path glob, command
 * prefix, or tool name for MCP tools) that later calls are matched against. Commands that chain or
 * substitute (`;`, `&&`, `|`, `$(…)`, redirections…) never get or match a signature, so approving
 * `npm test` cannot let `npm test; rm -rf ~` through.
 */
import type { ToolCallEvent } from '../model/events';

export type SimilarSignature =
  | { tool: string; kind: 'path'; dir: string; ext: string }
  | { tool: string; kind: 'command'; prefix: string[]; exact?: boolean }
  | { tool: string; kind: 'tool' };

const SHELL_META = /[;&|`$<>()\n\r\\]/;
/** Programs where a prefix would approve far too much (`rm …`): only the exact same command matches. */
const EXACT_ONLY = new Set(['rm', 'rmdir', 'dd', 'mkfs', 'shred', 'truncate', 'chmod', 'chown', 'chgrp', 'sudo', 'su', 'doas', 'mv', 'kill', 'pkill', 'killall', 'shutdown', 'reboot', 'curl', 'wget', 'ssh', 'scp', 'rsync', 'find', 'xargs', 'eval', 'exec', 'git', 'docker', 'kubectl', 'sh', 'bash', 'zsh', 'node', 'python', 'python3', 'perl', 'ruby']);

function splitPath(p: string): { dir: string; ext: string } {
  const norm = p.replace(/\\/g, '/');
  const slash = norm.lastIndexOf('/');
  const dir = slash >= 0 ? norm.slice(0, slash) : '.';
  const base = slash >= 0 ? norm.slice(slash + 1) : norm;
  const dot = base.lastIndexOf('.');
  return { dir, ext: dot > 0 ? base.slice(dot) : '' };
}

function words(cmd: string): string[] {
  return cmd.trim().split(/\s+/).filter(Boolean);
}

export function signatureFor(call: ToolCallEvent): SimilarSignature | undefined {
  if (call.changes?.length) {
    const parts = call.changes.map((c) => splitPath(c.path));
    const first = parts[0];
    if (!first || parts.some((p) => p.dir !== first.dir || p.ext !== first.ext)) return undefined;
    if (call.changes.some((c) => c.kind === 'delete' || c.kind === 'move')) return undefined;
    return { tool: call.name, kind: 'path', dir: first.dir, ext: first.ext };
  }
  if (call.command !== undefined) {
    if (SHELL_META.test(call.command)) return undefined;
    const w = words(call.command);
    if (!w.length) return undefined;
    const first = (w[0] as string).replace(/^.*\//, '');
    if (EXACT_ONLY.has(first) || first.startsWith('mkfs')) return { tool: call.name, kind: 'command', prefix: w, exact: true };
    const second = w[1];
    const prefix = second && !second.startsWith('-') && !second.includes('/') ? w.slice(0, 2) : w.slice(0, 1);
    return { tool: call.name, kind: 'command', prefix };
  }
  if (call.toolKind === 'mcp') return { tool: call.name, kind: 'tool' };
  return undefined;
}

export function matchesSignature(sig: SimilarSignature, call: ToolCallEvent): boolean {
  if (sig.tool !== call.name) return false;
  if (sig.kind === 'tool') return call.toolKind === 'mcp' && !call.changes?.length && call.command === undefined;
  if (sig.kind === 'command') {
    if (call.command === undefined || SHELL_META.test(call.command)) return false;
    const w = words(call.command);
    if (sig.exact && w.length !== sig.prefix.length) return false;
    return sig.prefix.every((p, i) => w[i] === p);
  }
  if (!call.changes?.length) return false;
  return call.changes.every((c) => {
    if (c.kind === 'delete' || c.kind === 'move') return false;
    const p = splitPath(c.path);
    return p.dir === sig.dir && p.ext === sig.ext;
  });
}

export function describeSignature(sig: SimilarSignature): string {
  if (sig.kind === 'path') return `${sig.tool} on ${sig.dir}/*${sig.ext}`;
  if (sig.kind === 'command') return sig.exact ? `${sig.tool}: exactly "${sig.prefix.join(' ')}"` : `${sig.tool}: ${sig.prefix.join(' ')} …`;
  return sig.tool;
}
