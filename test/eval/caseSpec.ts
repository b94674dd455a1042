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
  /** Force the split (cases written after the first tuning round are all held out); default: by id hash. */
  split?: 'tune' | 'heldout';
}
