import { promises as fsp, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';

/** Folders never descended into when scanning a tree. */
const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface CollectedFiles {
  /** Transcript candidates, in a stable order. `explicit` = named on the command line. */
  files: { path: string; explicit: boolean }[];
  /** Paths that do not exist or cannot be read. */
  missing: string[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.jsonl')) {
      out.push(p);
    }
  }
}

/**
 * Expands command-line paths: files are taken as given (any extension), folders are searched
 * recursively for `*.jsonl` (symlinked folders are not followed). Each file appears once.
 */
export async function collectTranscriptFiles(inputs: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files: CollectedFiles['files'] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean): void => {
    if (seen.has(p)) return;
    seen.add(p);
    files.push({ path: p, explicit });
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: Stats;
    try {
      st = await fsp.stat(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found);
      for (const f of found) add(f, false);
    } else {
      add(abs, true);
    }
  }
  return { files, missing };
}
