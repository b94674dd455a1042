/**
 * The local channel between the hook shim (`dist/hook.js`) and a Vigil window: where the socket is
 * found and what goes over it. Node built-ins only: the shim bundles this file and must start fast.
 *
 * Wire format: the shim sends one line `{"v":1,"token":…,"payload":"<raw stdin>"}\n` and the server
 * answers one line `{"exitCode":0|2,"stdout":…,"stderr":…}\n`, which the shim writes out verbatim.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CHANNEL_VERSION = 1;
/** Env vars Vigil puts into its integrated terminals (and tests use). */
export const ENV_SOCKET = 'VIGIL_GATE';
export const ENV_TOKEN = 'VIGIL_GATE_TOKEN';
export const ENV_FAIL_OPEN = 'VIGIL_FAIL_OPEN';
/** Overrides the discovery folder (tests, unusual setups). */
export const ENV_RUNTIME_DIR = 'VIGIL_RUNTIME_DIR';
/** Marker argument on every hook command Vigil installs; uninstall recognises entries by it. */
export const HOOK_MARKER = '--vigil-gate';
/** Largest request the server accepts (hook payloads carry whole files for Write). */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** What a Vigil window writes per workspace folder so a shim started anywhere can find it. */
export interface DiscoveryInfo {
  v: number;
  /** Socket / named pipe path; null when Vigil is not running (the file then only carries failOpen). */
  socket: string | null;
  token: string;
  pid: number;
  failOpen: boolean;
  workspace: string;
}

export interface ShimRequest {
  v: number;
  token: string;
  /** Raw hook stdin, validated by the server. */
  payload: string;
}

/** The exact output the shim must produce for the calling agent. */
export interface HookReply {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function uid(): string {
  try {
    return String(os.userInfo().uid);
  } catch {
    return 'user';
  }
}

/**
 * Owner-only folder holding discovery files and sockets: `$VIGIL_RUNTIME_DIR`, else
 * `$XDG_RUNTIME_DIR/vigil-<uid>`, else `/tmp/vigil-<uid>` (not os.tmpdir(): VS Code and the agent may
 * run with different TMPDIRs, and socket paths must stay short).
 */
export function runtimeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env[ENV_RUNTIME_DIR]) return env[ENV_RUNTIME_DIR] as string;
  if (process.platform === 'win32') return path.join(os.tmpdir(), `vigil-${uid()}`);
  const base = env.XDG_RUNTIME_DIR || '/tmp';
  return path.join(base, `vigil-${uid()}`);
}

export function workspaceKey(folder: string): string {
  let p = path.resolve(folder);
  if (process.platform === 'win32') p = p.toLowerCase();
  return createHash('sha256').update(p).digest('hex');
}

export function discoveryFile(folder: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(runtimeDir(env), `${workspaceKey(folder)}.json`);
}

/** A fresh socket path (Unix socket in the runtime dir, or a named pipe on Windows). */
export function socketPath(id: string, env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return `\\\\.\\pipe\\vigil-${uid()}-${id}`;
  return path.join(runtimeDir(env), `g-${id}.sock`);
}

/** Every folder from `start` up to the root (the nearest first). */
export function ancestors(start: string): string[] {
  const out: string[] = [];
  let cur = path.resolve(start);
  for (;;) {
    out.push(cur);
    const up = path.dirname(cur);
    if (up === cur) return out;
    cur = up;
  }
}

/**
 * Whether a runtime dir can be trusted: owned by us and not writable by group/others (else another
 * local user could plant a discovery file pointing at their own socket that answers "allow").
 */
export function privateDirOk(dir: string): boolean {
  if (process.platform === 'win32') return true;
  try {
    const st = fs.statSync(dir);
    return st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
