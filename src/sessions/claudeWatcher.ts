import * as path from 'node:path';
import { ClaudeDiscovery, claudeConfigDir } from '../core/sources/claude/claudeDiscovery';
import { tailTargets, type TailTarget } from './transcriptTail';
import { TranscriptWatcher, type TranscriptSource, type WatchedRegistry, type WatcherLog, type WatcherTiming } from './transcriptWatcher';

/** The folder name Claude Code gives a project under `projects/`: the cwd with every non-alphanumeric character as '-'. */
export function claudeProjectFolderName(cwd: string): string {
  return cwd.replace(/[^A-Za-z0-9]/g, '-');
}

/** Claude Code transcripts under `<config dir>/projects` (sessions and their subagents). */
export function claudeSource(configDirSetting: string, registry: WatchedRegistry): TranscriptSource {
  const discovery = new ClaudeDiscovery();
  const dir = claudeConfigDir(configDirSetting);
  return {
    name: 'claude',
    // Not recursive (a projects tree can hold thousands of folders): the projects folder for new
    // projects, the workspace folders' project folders for new sessions; the watcher adds the
    // folders of tailed files, and the periodic rescan covers the rest.
    watchRoots: () => [
      { path: path.join(dir, 'projects'), recursive: false },
      ...registry.folders().map((f) => ({ path: path.join(dir, 'projects', claudeProjectFolderName(f)), recursive: false })),
    ],
    async discover(): Promise<TailTarget[]> {
      const files = await discovery.list({ configDir: dir, workspaceFolders: registry.folders(), showAll: registry.isShowAll(), maxAgeDays: registry.maxAgeDays() });
      return tailTargets(files, 'claude-code');
    },
  };
}

export function claudeWatcher(configDirSetting: string, registry: WatchedRegistry, log: WatcherLog, timing?: Partial<WatcherTiming>): TranscriptWatcher {
  return new TranscriptWatcher(claudeSource(configDirSetting, registry), registry, log, timing);
}
