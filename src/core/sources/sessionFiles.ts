import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** A transcript file found by a discovery (Claude Code, Codex): the shape session lists use. */
export interface SessionFileDescriptor {
  path: string;
  sessionId: string;
  /** Parent session of a subagent / forked session. */
  parentSessionId?: string;
  /** Subagent id or nickname. */
  agentName?: string;
  /** Working directory from the file's head (undefined when not found). */
  cwd?: string;
  mtimeMs: number;
  size: number;
}

/** Normalised absolute path without trailing separators (except a root). */
function norm(p: string): string {
  const r = path.resolve(p);
  const root = path.parse(r).root;
  return r.length > root.length ? r.replace(/[\\/]+$/, '') : r;
}

/** True when `cwd` equals `folder` or lies inside it. */
export function isInsideFolder(cwd: string, folder: string): boolean {
  const c = norm(cwd);
  const f = norm(folder);
  if (c === f) return true;
  const prefix = f.endsWith(path.sep) ? f : f + path.sep;
  return c.startsWith(prefix);
}

/** `~` and `~/…` → under `homeDir`; anything else resolved to an absolute path. */
export function expandHome(p: string, homeDir: string): string {
  return p === '~' || p.startsWith('~/') || p.startsWith('~\\') ? path.join(homeDir, p.slice(1)) : path.resolve(p);
}

/** Up to `maxBytes` from the start of a file as text ('' when unreadable). Never throws. */
export async function readFileHead(file: string, maxBytes: number): Promise<{ text: string; complete: boolean }> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(file, 'r');
    const buf = Buffer.alloc(maxBytes);
    const { bytesRead } = await handle.read(buf, 0, maxBytes, 0);
    return { text: buf.toString('utf8', 0, bytesRead), complete: bytesRead < maxBytes };
  } catch {
    return { text: '', complete: true };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const fieldRes = new Map<string, RegExp>();

/** The first `"name": "value"` string field in (possibly cut) JSON text, unescaped; bounded, linear-time. */
export function jsonStringField(text: string, name: string): string | undefined {
  let re = fieldRes.get(name);
  if (!re) {
    re = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,4096})"`);
    fieldRes.set(name, re);
  }
  const raw = re.exec(text)?.[1];
  if (raw === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(`"${raw}"`);
    return typeof v === 'string' && v.trim() ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the sessions whose cwd lies in a workspace folder (all with `showAll`), newest first. */
export function selectSessionFiles<T extends { cwd?: string; mtimeMs: number }>(files: readonly T[], workspaceFolders: readonly string[], showAll = false): T[] {
  return files
    .filter((d) => showAll || (d.cwd !== undefined && workspaceFolders.some((f) => isInsideFolder(d.cwd as string, f))))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
}
