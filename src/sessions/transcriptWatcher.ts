import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SessionLog } from '../core/session/sessionLog';
import { TranscriptTail, type SessionSink, type TailTarget } from './transcriptTail';

/** What a watcher needs from the registry (`SessionRegistry` implements it). */
export interface WatchedRegistry extends SessionSink {
  get(id: string): SessionLog | undefined;
  wants(cwd: string | undefined, mtimeMs: number | undefined): boolean;
  onDidChangeFilter(listener: () => void): { dispose(): void };
  folders(): readonly string[];
  isShowAll(): boolean;
  maxAgeDays(): number;
}

/** One kind of transcript source: where to look and how to list its files. */
export interface TranscriptSource {
  /** For log lines, e.g. "claude". */
  name: string;
  /** Folders to watch with fs.watch; missing ones are retried at every rescan. */
  watchRoots(): { path: string; recursive: boolean }[];
  /** Lists the transcript files there now. Must not throw for a missing folder. */
  discover(): Promise<TailTarget[]>;
}

export interface WatcherTiming {
  /** Full rescan (discovery) period, ms. */
  rescanMs: number;
  /** Poll period for files of live sessions (covers file systems where fs.watch is silent), ms. */
  livePollMs: number;
  /** Coalescing delay between a change notice and the read, ms. */
  debounceMs: number;
}

/** The log methods a watcher uses (a `vscode.LogOutputChannel` fits). */
export interface WatcherLog {
  debug(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

const DEFAULT_TIMING: WatcherTiming = { rescanMs: 5000, livePollMs: 1000, debounceMs: 50 };

/**
 * Keeps the registry in step with one transcript source: discovery on start and every `rescanMs`,
 * fs.watch on the source's folders and the tailed files' folders for prompt reads, a `livePollMs` poll of live files as the
 * fallback. Only files the registry wants (workspace filter, age) are tailed.
 */
export class TranscriptWatcher {
  private readonly tails = new Map<string, TranscriptTail>();
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly pendingReads = new Map<string, NodeJS.Timeout>();
  private rescanTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private disposed = false;
  private readonly timing: WatcherTiming;
  private readonly filterSub: { dispose(): void };

  constructor(
    private readonly source: TranscriptSource,
    private readonly registry: WatchedRegistry,
    private readonly log: WatcherLog,
    timing: Partial<WatcherTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.filterSub = registry.onDidChangeFilter(() => this.scheduleRescan());
  }

  /** First discovery and the timers. Resolves after the first scan has read every wanted file. */
  async start(): Promise<void> {
    this.timers.push(setInterval(() => void this.rescan(), this.timing.rescanMs));
    this.timers.push(setInterval(() => this.pollLive(), this.timing.livePollMs));
    await this.rescan();
  }

  /** Runs discovery now (concurrent calls share one scan) and reads new or grown files. */
  rescan(): Promise<void> {
    if (!this.scanning) {
      this.scanning = this.scanNow()
        .catch((err) => this.log.error(`[${this.source.name}] rescan failed: ${String(err)}`))
        .finally(() => {
          this.scanning = undefined;
        });
    }
    return this.scanning;
  }

  /** Paths currently tailed (for tests). */
  tailedPaths(): string[] {
    return [...this.tails.keys()];
  }

  dispose(): void {
    this.disposed = true;
    this.filterSub.dispose();
    for (const t of this.timers) clearInterval(t);
    for (const t of this.pendingReads.values()) clearTimeout(t);
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    for (const w of this.watchers.values()) w.close();
    for (const t of this.tails.values()) t.dispose();
    this.watchers.clear();
    this.tails.clear();
  }

  private async scanNow(): Promise<void> {
    this.ensureWatchers();
    const targets = await this.source.discover();
    if (this.disposed) return;
    const seen = new Set<string>();
    const reads: Promise<void>[] = [];
    for (const target of targets) {
      seen.add(target.path);
      let tail = this.tails.get(target.path);
      if (!tail) {
        if (!this.registry.wants(target.session?.cwd, target.mtimeMs)) continue;
        tail = new TranscriptTail(target, this.registry, (err) => this.log.error(`[${this.source.name}] ${target.path}: ${String(err)}`));
        this.tails.set(target.path, tail);
        this.log.debug(`[${this.source.name}] tailing ${target.path}`);
        reads.push(tail.read());
      } else {
        tail.update(target);
        if (target.size === undefined || target.size !== tail.offset) reads.push(tail.read());
      }
    }
    for (const [p, tail] of this.tails) {
      if (seen.has(p)) continue;
      // Gone from discovery: one more read notices the deletion and ends the session.
      reads.push(tail.read().then(() => {
        tail.dispose();
        this.tails.delete(p);
      }));
    }
    await Promise.all(reads);
    if (!this.disposed) this.ensureWatchers();
  }

  private pollLive(): void {
    for (const tail of this.tails.values()) {
      const id = tail.sessionId;
      if (id && this.registry.get(id)?.state() === 'live') void tail.read();
    }
  }

  /** The source's roots plus the folder of every tailed file (all watched without recursion where possible). */
  private ensureWatchers(): void {
    const roots = new Map(this.source.watchRoots().map((r) => [r.path, r.recursive]));
    for (const p of this.tails.keys()) if (!roots.has(path.dirname(p))) roots.set(path.dirname(p), false);
    for (const [p, w] of this.watchers) {
      if (roots.has(p)) continue;
      w.close();
      this.watchers.delete(p);
    }
    for (const [root, recursive] of roots) {
      if (this.watchers.has(root) || !fs.existsSync(root)) continue;
      try {
        const w = fs.watch(root, { recursive, persistent: false }, (_ev, file) => this.onFsEvent(root, file));
        w.on('error', (err) => {
          this.log.warn(`[${this.source.name}] watch ${root} failed (${String(err)}); polling instead`);
          w.close();
          this.watchers.delete(root);
        });
        this.watchers.set(root, w);
      } catch (err) {
        this.log.warn(`[${this.source.name}] cannot watch ${root} (${String(err)}); polling instead`);
      }
    }
  }

  private onFsEvent(root: string, file: string | Buffer | null): void {
    if (this.disposed) return;
    const full = file ? path.join(root, file.toString()) : undefined;
    const tail = full ? this.tails.get(full) : undefined;
    if (!tail) {
      // New transcripts and folders matter; other files (tool outputs, backups) do not.
      const name = full ? path.basename(full) : '';
      if (!full || name.endsWith('.jsonl') || !name.includes('.')) this.scheduleRescan();
      return;
    }
    if (this.pendingReads.has(tail.path)) return;
    this.pendingReads.set(
      tail.path,
      setTimeout(() => {
        this.pendingReads.delete(tail.path);
        void tail.read();
      }, this.timing.debounceMs),
    );
  }

  private scheduleRescan(): void {
    if (this.rescanTimer || this.disposed) return;
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      void this.rescan();
    }, this.timing.debounceMs * 4);
  }
}
