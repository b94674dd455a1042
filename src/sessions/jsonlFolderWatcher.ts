import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { sniffFileFormat } from '../core/sources/detectFormat';
import type { TranscriptFormat } from '../core/sources/types';
import type { TailTarget } from './transcriptTail';
import { TranscriptWatcher, type TranscriptSource, type WatchedRegistry, type WatcherLog, type WatcherTiming } from './transcriptWatcher';

/** Format of a file (`*.vigil.jsonl` is Vigil JSONL by name), else sniffed from its first lines. */
async function sniff(file: string): Promise<TranscriptFormat | undefined> {
  if (file.endsWith('.vigil.jsonl')) return 'vigil-jsonl';
  return sniffFileFormat(file).catch(() => undefined);
}

/**
 * Session files in the folders of `vigil.jsonl.watchFolders` (relative paths resolve against the
 * first workspace folder): `*.jsonl` files directly in each folder, in Vigil's open format (or any
 * other transcript format Vigil reads). A file whose format is not known yet is retried later.
 */
export function jsonlFolderSource(folders: readonly string[], registry: WatchedRegistry): TranscriptSource {
  const known = new Map<string, TranscriptFormat>();
  const resolved = (): string[] => {
    const base = registry.folders()[0];
    return folders.map((f) => (path.isAbsolute(f) || !base ? path.resolve(f) : path.resolve(base, f)));
  };
  return {
    name: 'jsonl',
    watchRoots: () => resolved().map((p) => ({ path: p, recursive: false })),
    async discover(): Promise<TailTarget[]> {
      const out: TailTarget[] = [];
      for (const dir of resolved()) {
        let names: string[];
        try {
          names = await fsp.readdir(dir);
        } catch {
          continue;
        }
        for (const name of names) {
          if (!name.endsWith('.jsonl')) continue;
          const file = path.join(dir, name);
          let st;
          try {
            st = await fsp.stat(file);
          } catch {
            continue;
          }
          if (!st.isFile() || st.size === 0) continue;
          const format = known.get(file) ?? (await sniff(file));
          if (!format) continue;
          known.set(file, format);
          out.push({ path: file, format, mtimeMs: st.mtimeMs, size: st.size });
        }
      }
      return out;
    },
  };
}

export function jsonlFolderWatcher(folders: readonly string[], registry: WatchedRegistry, log: WatcherLog, timing?: Partial<WatcherTiming>): TranscriptWatcher {
  return new TranscriptWatcher(jsonlFolderSource(folders, registry), registry, log, timing);
}
