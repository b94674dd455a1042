import * as path from 'node:path';
import { ClaudeDiscovery, claudeConfigDir } from '../core/sources/claude/claudeDiscovery';
import type { TailTarget } from './transcriptTail';
import { TranscriptWatcher, type TranscriptSource, type WatchedRegistry, type WatcherLog, type WatcherTiming } from './transcriptWatcher';

/** Claude Code transcripts under `<config dir>/projects` (sessions and their subagents). */
export function claudeSource(configDirSetting: string, registry: WatchedRegistry): TranscriptSource {
  const discovery = new ClaudeDiscovery();
  const dir = claudeConfigDir(configDirSetting);
  return {
    name: 'claude',
    watchRoots: () => [{ path: path.join(dir, 'projects'), recursive: true }],
    async discover(): Promise<TailTarget[]> {
      const files = await discovery.list({ configDir: dir, workspaceFolders: registry.folders(), showAll: registry.isShowAll(), maxAgeDays: registry.maxAgeDays() });
      return files.map((f) => ({
        path: f.path,
        format: 'claude-code',
        sessionId: f.sessionId,
        session: { agent: 'claude-code', cwd: f.cwd, parentSessionId: f.parentSessionId, agentName: f.agentName },
        mtimeMs: f.mtimeMs,
        size: f.size,
      }));
    },
  };
}

export function claudeWatcher(configDirSetting: string, registry: WatchedRegistry, log: WatcherLog, timing?: Partial<WatcherTiming>): TranscriptWatcher {
  return new TranscriptWatcher(claudeSource(configDirSetting, registry), registry, log, timing);
}
