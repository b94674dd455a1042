import type { Session, VigilEvent } from '../model/events';

export type TranscriptFormat = 'claude-code' | 'codex' | 'vigil-jsonl';

/** Counters a parser keeps; nothing it skips is silent. */
export interface ParseStats {
  /** Lines fed (including blank ones). */
  lines: number;
  /** Lines that were valid JSON records. */
  records: number;
  /** Lines skipped: malformed JSON, failed validation, or unknown record types. */
  skipped: number;
  /** Skip counts by reason, e.g. { "malformed-json": 2, "unknown-type:foo": 3, "too-long": 1 }. */
  skippedByReason: Record<string, number>;
}

/**
 * An incremental, tolerant transcript parser: feed it complete lines in order; it never throws.
 * It assigns `sessionId`, `seq` and stable ids to the events it returns.
 */
export interface TranscriptParser {
  readonly format: TranscriptFormat;
  pushLine(line: string, lineNo: number): VigilEvent[];
  /** The session as known so far (after the first record that names it). */
  session(): Session | undefined;
  stats(): ParseStats;
}
