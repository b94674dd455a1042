import * as path from 'node:path';
import { CodexDiscovery, codexDayFoldersToWatch, codexHome } from '../core/sources/codex/codexDiscovery';
import { tailTargets, type TailTarget } from './transcriptTail';
import { TranscriptWatcher, type TranscriptSource, type WatchedRegistry, type WatcherLog, type WatcherTiming } from './transcriptWatcher';

/**
 * Codex rollouts under `<codex home>/sessions/YYYY/MM/DD`. Today's and yesterday's day folders are
 * watched (re-computed at every rescan, so a folder created at midnight is picked up), plus the
 * `sessions` folder itself; the periodic rescan covers the rest.
 */
export function codexSource(homeSetting: string, registry: WatchedRegistry): TranscriptSource {
  const discovery = new CodexDiscovery();
  const home = codexHome(homeSetting);
  return {
    name: 'codex',
    watchRoots: () => [{ path: path.join(home, 'sessions'), recursive: false }, ...codexDayFoldersToWatch(home).map((p) => ({ path: p, recursive: false }))],
    async discover(): Promise<TailTarget[]> {
      const files = await discovery.list({ home, workspaceFolders: registry.folders(), showAll: registry.isShowAll(), maxAgeDays: registry.maxAgeDays() });
      return tailTargets(files, 'codex');
    },
  };
}

export function codexWatcher(homeSetting: string, registry: WatchedRegistry, log: WatcherLog, timing?: Partial<WatcherTiming>): TranscriptWatcher {
  return new TranscriptWatcher(codexSource(homeSetting, registry), registry, log, timing);
}
