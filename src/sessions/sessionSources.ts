import type * as vscode from 'vscode';
import type { VigilContext } from '../context';
import { claudeWatcher } from './claudeWatcher';
import { codexWatcher } from './codexWatcher';
import { jsonlFolderWatcher } from './jsonlFolderWatcher';
import type { TranscriptWatcher, WatcherTiming } from './transcriptWatcher';

type SourceName = 'claude' | 'codex' | 'jsonl';

/**
 * The transcript sources (Claude Code, Codex, Vigil JSONL folders), each rebuilt when the setting that
 * locates it changes. Started in the background on activation; `ready` resolves after the first scans.
 */
export class SessionSources implements vscode.Disposable {
  private readonly watchers = new Map<SourceName, TranscriptWatcher>();
  private readonly subs: vscode.Disposable[] = [];
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: VigilContext,
    private readonly timing: Partial<WatcherTiming> = {},
  ) {
    this.subs.push(
      ctx.config.onDidChange(['claude.configDir'], () => void this.restart('claude')),
      ctx.config.onDidChange(['codex.home'], () => void this.restart('codex')),
      ctx.config.onDidChange(['jsonl.watchFolders'], () => void this.restart('jsonl')),
    );
  }

  start(): Promise<void> {
    this.ready = Promise.all((['claude', 'codex', 'jsonl'] as const).map((n) => this.restart(n))).then(() => undefined);
    return this.ready;
  }

  watcher(name: SourceName): TranscriptWatcher | undefined {
    return this.watchers.get(name);
  }

  /** Rescans every source now (tests, and after show-all/folder changes the registry triggers). */
  async rescan(): Promise<void> {
    await Promise.all([...this.watchers.values()].map((w) => w.rescan()));
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }

  private async restart(name: SourceName): Promise<void> {
    this.watchers.get(name)?.dispose();
    this.watchers.delete(name);
    const w = this.make(name);
    if (!w) return;
    this.watchers.set(name, w);
    await w.start();
  }

  private make(name: SourceName): TranscriptWatcher | undefined {
    const { config, sessions, log } = this.ctx;
    switch (name) {
      case 'claude':
        return claudeWatcher(config.get('claude.configDir'), sessions, log, this.timing);
      case 'codex':
        return codexWatcher(config.get('codex.home'), sessions, log, this.timing);
      case 'jsonl': {
        const folders = config.get('jsonl.watchFolders');
        return folders.length ? jsonlFolderWatcher(folders, sessions, log, this.timing) : undefined;
      }
    }
  }
}
