/**
 * Discovery files: one per workspace folder, in the owner-only runtime dir, telling a shim started
 * by any agent (not only in Vigil's terminals) where this window's gate socket is. On shutdown they
 * are removed, or, with failOpen on, rewritten without a socket so the shim still knows to fail open.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHANNEL_VERSION, discoveryFile, privateDirOk, runtimeDir, type DiscoveryInfo } from './gateChannel';

export interface DiscoveryOwner {
  socket: string;
  token: string;
  failOpen: boolean;
}

function writePrivate(file: string, info: DiscoveryInfo): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  if (!privateDirOk(dir)) throw new Error(`${dir} is not a private folder owned by this user; not publishing the gate there`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

function read(file: string): DiscoveryInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DiscoveryInfo;
  } catch {
    return undefined;
  }
}

export class DiscoveryFiles {
  private folders: string[] = [];

  constructor(
    private owner: DiscoveryOwner,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  get dir(): string {
    return runtimeDir(this.env);
  }

  fileFor(folder: string): string {
    return discoveryFile(folder, this.env);
  }

  /** Writes files for `folders`, removes ours for folders no longer open. */
  update(folders: readonly string[], owner: DiscoveryOwner = this.owner): void {
    this.owner = owner;
    for (const gone of this.folders.filter((f) => !folders.includes(f))) this.release(gone);
    this.folders = [...folders];
    for (const folder of folders) {
      writePrivate(this.fileFor(folder), { v: CHANNEL_VERSION, socket: owner.socket, token: owner.token, pid: process.pid, failOpen: owner.failOpen, workspace: folder });
    }
  }

  private release(folder: string): void {
    const file = this.fileFor(folder);
    const cur = read(file);
    // Another window may have taken the folder over since: leave its file alone.
    if (cur && cur.socket !== this.owner.socket) return;
    if (this.owner.failOpen) {
      writePrivate(file, { v: CHANNEL_VERSION, socket: null, token: '', pid: process.pid, failOpen: true, workspace: folder });
    } else {
      fs.rmSync(file, { force: true });
    }
  }

  dispose(): void {
    for (const f of this.folders) {
      try {
        this.release(f);
      } catch {
        // best effort on shutdown
      }
    }
    this.folders = [];
  }
}
