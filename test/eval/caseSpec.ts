import type { Category } from '../../src/core/model/taxonomy';

/** One step of a labelled case, written in a readable form; buildCorpus turns it into real records. */
export type Step =
  | { user: string }
  | { think: string }
  | { say: string }
  | { bash: string; out?: string; fail?: boolean }
  | { edit: string; old: string; new: string; out?: string }
  | { write: string; content: string }
  | { del: string }
  | { read: string; out: string };

export interface CaseSpec {
  id: string;
  /** Expected category, or "clean" for a hard negative. */
  label: Category | 'clean';
  format: 'claude' | 'codex';
  steps: Step[];
  /** "fresh": written after the first tuning round, measured once before any tuning on it, then tuned on.
   *  "fresh2", "fresh3": later such batches. Default: the split by id hash (30% held out, never tuned on). */
  split?: 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10';
}
