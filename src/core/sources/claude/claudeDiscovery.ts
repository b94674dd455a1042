import { promises as fsp, type Dirent, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandHome, isInsideFolder, type SessionFileDescriptor } from '../sessionFiles';
import { claudeSubagentSessionId, sessionIdFromFileName, subagentFromPath } from './claudeSessionMeta';

/** A Claude Code transcript file found on disk (sessionId of subagents: `claudeSubagentSessionId(parent, agentId)`). */
export type ClaudeSessionFile = SessionFileDescriptor;

export interface ClaudeDiscoveryOptions {
  /** The `vigil.claude.configDir` setting; empty -> $CLAUDE_CONFIG_DIR, else ~/.claude. */
  configDir?: string;
  /** Workspace folder paths; a session is listed when its cwd equals or lies inside one. */
  workspaceFolders: readonly string[];
  /** List every project's sessions (cwd filter off). */
  showAll?: boolean;
  /** Skip files last written longer ago than this (days). */
  maxAgeDays?: number;
  /** Clock for tests (ms). */
  now?: number;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/** Bytes read from the start of a file to find its cwd. */
export const HEAD_BYTES = 64 * 1024;

export { isInsideFolder };

/** The Claude Code config folder: explicit setting, else $CLAUDE_CONFIG_DIR, else ~/.claude. */
export function claudeConfigDir(setting?: string, env: NodeJS.ProcessEnv = process.env, homeDir: string = os.homedir()): string {
  const explicit = setting?.trim();
  if (explicit) return expandHome(explicit, homeDir);
  const fromEnv = env.CLAUDE_CONFIG_DIR?.trim();
  if (fromEnv) return expandHome(fromEnv, homeDir);
  return path.join(homeDir, '.claude');
}

const JSON_STR = '"((?:[^"\\\\]|\\\\.){0,4096})"';
const CWD_RE = new RegExp(`"cwd"\\s*:\\s*${JSON_STR}`);
const SESSION_RE = new RegExp(`"sessionId"\\s*:\\s*${JSON_STR}`);

function unquote(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(`"${s}"`);
    return typeof v === 'string' && v.trim() ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * cwd and sessionId from the first records of a transcript (bounded read). Complete lines are
 * parsed as JSON; a first line longer than the head is searched textually for its fields.
 */
export async function readClaudeHead(file: string, maxBytes = HEAD_BYTES): Promise<{ cwd?: string; sessionId?: string }> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(file, 'r');
    const buf = Buffer.alloc(maxBytes);
    const { bytesRead } = await handle.read(buf, 0, maxBytes, 0);
    const text = buf.toString('utf8', 0, bytesRead);
    const out: { cwd?: string; sessionId?: string } = {};
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let rec: Record<string, unknown> | undefined;
      if (i < lines.length - 1 || bytesRead < maxBytes) {
        try {
          const v: unknown = JSON.parse(line);
          if (v && typeof v === 'object') rec = v as Record<string, unknown>;
        } catch {
          rec = undefined;
        }
      }
      const cwd = rec ? (typeof rec.cwd === 'string' && rec.cwd.trim() ? rec.cwd : undefined) : unquote(CWD_RE.exec(line)?.[1]);
      const sid = rec ? (typeof rec.sessionId === 'string' && rec.sessionId ? rec.sessionId : undefined) : unquote(SESSION_RE.exec(line)?.[1]);
      out.sessionId ??= sid;
      if (cwd) {
        out.cwd = cwd;
        break;
      }
    }
    return out;
  } catch {
    return {};
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

interface CacheEntry {
  size: number;
  mtimeMs: number;
  cwd?: string;
  sessionId?: string;
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Finds Claude Code transcripts: `projects/<project>/<session>.jsonl` and
 * `projects/<project>/<session>/subagents/agent-*.jsonl`. Cheap to call repeatedly: a file's head
 * is read again only when its size or mtime changed and its cwd is still unknown.
 */
export class ClaudeDiscovery {
  private readonly cache = new Map<string, CacheEntry>();

  async list(options: ClaudeDiscoveryOptions): Promise<ClaudeSessionFile[]> {
    const root = path.join(claudeConfigDir(options.configDir, options.env, options.homeDir), 'projects');
    const now = options.now ?? Date.now();
    const minMtime = options.maxAgeDays !== undefined ? now - options.maxAgeDays * 86_400_000 : -Infinity;
    const files: string[] = [];
    for (const project of await listDir(root)) {
      if (!project.isDirectory()) continue;
      const pdir = path.join(root, project.name);
      for (const entry of await listDir(pdir)) {
        if (entry.isFile() && entry.name.endsWith('.jsonl')) files.push(path.join(pdir, entry.name));
        else if (entry.isDirectory()) {
          const sub = path.join(pdir, entry.name, 'subagents');
          for (const a of await listDir(sub)) {
            if (a.isFile() && a.name.startsWith('agent-') && a.name.endsWith('.jsonl')) files.push(path.join(sub, a.name));
          }
        }
      }
    }
    const out: ClaudeSessionFile[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      seen.add(file);
      const d = await this.describe(file, minMtime);
      if (!d) continue;
      if (!options.showAll && !(d.cwd && options.workspaceFolders.some((f) => isInsideFolder(d.cwd!, f)))) continue;
      out.push(d);
    }
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    return out.sort((a, b) => b.mtimeMs - a.mtimeMs);
  }

  private async describe(file: string, minMtime: number): Promise<ClaudeSessionFile | undefined> {
    let st: Stats;
    try {
      st = await fsp.stat(file);
    } catch {
      return undefined;
    }
    if (st.mtimeMs < minMtime) return undefined;
    let entry = this.cache.get(file);
    const changed = !entry || entry.size !== st.size || entry.mtimeMs !== st.mtimeMs;
    if (!entry || (changed && (!entry.cwd || !entry.sessionId))) {
      const head = await readClaudeHead(file);
      entry = { size: st.size, mtimeMs: st.mtimeMs, ...head };
    } else {
      entry = { ...entry, size: st.size, mtimeMs: st.mtimeMs };
    }
    this.cache.set(file, entry);
    const sub = subagentFromPath(file);
    const base: ClaudeSessionFile = { path: file, sessionId: '', mtimeMs: st.mtimeMs, size: st.size };
    if (entry.cwd) base.cwd = entry.cwd;
    if (sub) {
      const parent = entry.sessionId ?? sub.parentSessionId;
      base.sessionId = claudeSubagentSessionId(parent, sub.agentId);
      base.parentSessionId = parent;
      base.agentName = sub.agentId;
    } else {
      base.sessionId = sessionIdFromFileName(file) ?? entry.sessionId ?? path.basename(file, '.jsonl');
    }
    return base;
  }
}
