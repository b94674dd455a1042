import { promises as fsp, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandHome, jsonStringField, readFileHead, selectSessionFiles, type SessionFileDescriptor } from '../sessionFiles';

/** A Codex rollout file found on disk; `sessionId` is the thread id from session_meta, else the uuid in the file name. */
export type CodexSessionFile = SessionFileDescriptor;

export interface CodexDiscoveryOptions {
  /** The `vigil.codex.home` setting; empty → $CODEX_HOME, else ~/.codex. */
  home?: string;
  /** Workspace folder paths; a session is listed when its cwd equals or lies inside one. */
  workspaceFolders: readonly string[];
  showAll?: boolean;
  /** Skip files last written longer ago than this (days). */
  maxAgeDays?: number;
  /** Most files described per call (newest day folders first). Default 500. */
  maxFiles?: number;
  now?: number;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/** Bytes read from the start of a rollout to find its session_meta. */
export const CODEX_HEAD_BYTES = 256 * 1024;

/** Codex home: explicit setting, else $CODEX_HOME, else ~/.codex. */
export function codexHome(setting?: string, env: NodeJS.ProcessEnv = process.env, homeDir: string = os.homedir()): string {
  const explicit = setting?.trim();
  if (explicit) return expandHome(explicit, homeDir);
  const fromEnv = env.CODEX_HOME?.trim();
  if (fromEnv) return expandHome(fromEnv, homeDir);
  return path.join(homeDir, '.codex');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Day folders a watcher should watch so rollouts created later are picked up: today and yesterday,
 * in local time and in UTC (Codex names folders by local date; a machine's clock settings vary).
 * The folders may not exist yet.
 */
export function codexDayFoldersToWatch(home: string, now: number = Date.now()): string[] {
  const out = new Set<string>();
  for (const t of [now, now - 86_400_000]) {
    const d = new Date(t);
    out.add(path.join(home, 'sessions', String(d.getFullYear()), pad(d.getMonth() + 1), pad(d.getDate())));
    out.add(path.join(home, 'sessions', String(d.getUTCFullYear()), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())));
  }
  return [...out];
}

const UUID_RE = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i;

export interface CodexHead {
  sessionId?: string;
  cwd?: string;
  parentSessionId?: string;
  agentName?: string;
}

/** session_meta fields from the first line of a rollout (bounded read; a long first line is searched textually). */
export async function readCodexHead(file: string, maxBytes = CODEX_HEAD_BYTES): Promise<CodexHead> {
  const { text } = await readFileHead(file, maxBytes);
  const nl = text.indexOf('\n');
  const first = nl >= 0 ? text.slice(0, nl) : text;
  // Only the session_meta record (first line) is searched, textually: it may be longer than the head.
  const metaStart = first.indexOf('"session_meta"');
  if (metaStart < 0 && !/^\s*\{\s*"id"/.test(first)) return {};
  const scope = first.slice(Math.max(0, metaStart));
  const out: CodexHead = {};
  const fields: [keyof CodexHead, string][] = [['sessionId', 'id'], ['cwd', 'cwd'], ['parentSessionId', 'parent_thread_id'], ['agentName', 'agent_nickname']];
  for (const [key, name] of fields) {
    const v = jsonStringField(scope, name);
    if (v) out[key] = v;
  }
  return out;
}

async function listNames(dir: string, re: RegExp): Promise<string[]> {
  try {
    const names = (await fsp.readdir(dir)).filter((n) => re.test(n));
    return names.sort().reverse();
  } catch {
    return [];
  }
}

/**
 * Finds Codex rollouts under `<home>/sessions/YYYY/MM/DD/rollout-*.jsonl`, newest day folders first,
 * bounded by `maxFiles` and `maxAgeDays`. A file's head is re-read only when it changed and its
 * cwd is still unknown.
 */
export class CodexDiscovery {
  private readonly cache = new Map<string, { size: number; mtimeMs: number; head: CodexHead }>();

  async list(options: CodexDiscoveryOptions): Promise<CodexSessionFile[]> {
    const root = path.join(codexHome(options.home, options.env, options.homeDir), 'sessions');
    const now = options.now ?? Date.now();
    const maxFiles = options.maxFiles ?? 500;
    const minMtime = options.maxAgeDays !== undefined ? now - options.maxAgeDays * 86_400_000 : -Infinity;
    // Folder dates can lag mtimes by a day (time zones, sessions running past midnight).
    const minDay = Number.isFinite(minMtime) ? dayKey(new Date(minMtime - 2 * 86_400_000)) : '';
    const files: string[] = [];
    outer: for (const y of await listNames(root, /^\d{4}$/)) {
      for (const m of await listNames(path.join(root, y), /^\d{2}$/)) {
        for (const d of await listNames(path.join(root, y, m), /^\d{2}$/)) {
          if (`${y}${m}${d}` < minDay) break outer;
          for (const f of await listNames(path.join(root, y, m, d), /^rollout-.*\.jsonl$/)) {
            files.push(path.join(root, y, m, d, f));
            if (files.length >= maxFiles) break outer;
          }
        }
      }
    }
    const found: CodexSessionFile[] = [];
    for (const file of files) {
      const desc = await this.describe(file, minMtime);
      if (desc) found.push(desc);
    }
    const listed = new Set(files);
    for (const key of this.cache.keys()) if (!listed.has(key)) this.cache.delete(key);
    return selectSessionFiles(found, options.workspaceFolders, options.showAll);
  }

  async describe(file: string, minMtime = -Infinity): Promise<CodexSessionFile | undefined> {
    let st: Stats;
    try {
      st = await fsp.stat(file);
    } catch {
      return undefined;
    }
    if (!st.isFile() || st.mtimeMs < minMtime) return undefined;
    let entry = this.cache.get(file);
    if (!entry || ((entry.size !== st.size || entry.mtimeMs !== st.mtimeMs) && !entry.head.cwd)) {
      entry = { size: st.size, mtimeMs: st.mtimeMs, head: await readCodexHead(file) };
    } else entry = { ...entry, size: st.size, mtimeMs: st.mtimeMs };
    this.cache.set(file, entry);
    const h = entry.head;
    const sessionId = h.sessionId ?? UUID_RE.exec(file)?.[1] ?? path.basename(file, '.jsonl');
    const desc: CodexSessionFile = { path: file, sessionId, mtimeMs: st.mtimeMs, size: st.size };
    if (h.cwd) desc.cwd = h.cwd;
    if (h.parentSessionId) desc.parentSessionId = h.parentSessionId;
    if (h.agentName) desc.agentName = h.agentName;
    return desc;
  }
}

function dayKey(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}
