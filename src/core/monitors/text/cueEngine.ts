import type { Category, Severity } from '../../model/taxonomy';
import type { RawFinding, TextMonitor } from '../monitorTypes';
import { classifyIntent, sentenceAround } from './intent';

/** A phrase family in agent text. Patterns are bounded (no nested quantifiers), flags "gi". */
export interface Cue {
  id: string;
  category: Category;
  severity: Severity;
  re: RegExp;
  message: string;
  topic?: string | readonly string[];
  /** The phrase states intent by itself ("the user won't notice"): flag unless refused or quoted. */
  intentful?: boolean;
  /** Lower-case substrings, one of which every match contains: a cheap pre-check that skips the regex. */
  keys?: readonly string[];
  /** The sentence must also match this (e.g. a marker that a claim is unfounded). */
  needs?: RegExp;
}

const MAX_TEXT = 200_000;
const MAX_HITS_PER_CUE = 10;
const NEEDS_WINDOW = 160;

/** Runs cues over a text; returns one finding per intended (not mentioned/refused/quoted) hit. */
export function scanCues(cues: readonly Cue[], text: string, monitorId: string): RawFinding[] {
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: RawFinding[] = [];
  let lower: string | undefined;
  for (const cue of cues) {
    if (cue.keys) {
      lower ??= t.toLowerCase();
      const l = lower;
      if (!cue.keys.some((k) => l.includes(k))) continue;
    }
    cue.re.lastIndex = 0;
    let hits = 0;
    for (const m of t.matchAll(cue.re)) {
      if (++hits > MAX_HITS_PER_CUE) break;
      const start = m.index;
      const end = start + m[0].length;
      // `needs` looks at the nearby context (the clause and its neighbours), not only the clause.
      if (cue.needs && !cue.needs.test(t.slice(Math.max(0, start - NEEDS_WINDOW), Math.min(t.length, end + NEEDS_WINDOW)))) continue;
      const kind = classifyIntent(t, start, end);
      const flagged = kind === 'intent' || (cue.intentful === true && kind === 'mention');
      if (!flagged) continue;
      const b = sentenceAround(t, start, end);
      out.push({
        category: cue.category,
        severity: cue.severity,
        monitor: `${monitorId}.${cue.id}`,
        field: 'text',
        quote: t.slice(b.start, b.end).trim().slice(0, 300),
        span: { start, end },
        message: cue.message,
        topic: cue.topic,
      });
    }
  }
  return out;
}

/** A text monitor made of a cue family. */
export function cueMonitor(id: string, cues: readonly Cue[]): TextMonitor {
  return { id, scan: (text) => scanCues(cues, text, id) };
}
