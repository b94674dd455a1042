import type { Finding, VigilEvent } from '../../../src/core/model/events';
import { changeLines } from '../../../src/core/monitors/action/changeLines';
import { MAX_FIELD_CHARS, pieceFeatures, pieces } from './tokenize';

/**
 * One sentence or line of an event with its features, and where a finding on it would point. Namespaces
 * keep sources apart: `u` the user's request (context only, never flagged), `t` the agent's reasoning and
 * messages, `c` shell commands, `e` added code, `r` removed code, `p` touched paths.
 */
export interface Unit {
  features: string[];
  /** False for the user's request: it shapes the score but a finding never points at it. */
  flaggable: boolean;
  field?: Finding['field'];
  quote: string;
  span?: { start: number; end: number };
  path?: string;
  line?: number;
}

const MAX_LINES = 400;

function textUnits(ns: string, text: string, field: Finding['field'] | undefined, flaggable: boolean): Unit[] {
  return pieces(text).map((p) => ({ features: pieceFeatures(ns, p), flaggable, ...(field ? { field } : {}), quote: text.slice(p.start, p.end), span: { start: p.start, end: p.end } }));
}

function lineUnits(ns: string, lines: readonly { text: string; line?: number }[], path: string, flaggable: boolean): Unit[] {
  const out: Unit[] = [];
  let chars = 0;
  for (const l of lines.slice(0, MAX_LINES)) {
    chars += l.text.length;
    if (chars > MAX_FIELD_CHARS) break;
    for (const p of pieces(l.text)) out.push({ features: pieceFeatures(ns, p), flaggable, field: 'content', quote: l.text.trim(), path, ...(l.line ? { line: l.line } : {}) });
  }
  return out;
}

/** Units of one normalised event (both agents' transcripts normalise to the same events). */
export function eventUnits(event: VigilEvent): Unit[] {
  switch (event.kind) {
    case 'user_prompt':
      return textUnits('u', event.text, undefined, false);
    case 'reasoning':
      return event.visibility === 'hidden' ? [] : textUnits('t', event.text, 'text', true);
    case 'assistant_message':
      return textUnits('t', event.text, 'text', true);
    case 'tool_call': {
      const out: Unit[] = [];
      if (event.command) out.push(...textUnits('c', event.command, 'command', true));
      for (const ch of event.changes ?? []) {
        const cl = changeLines(ch);
        out.push({ features: pieceFeatures('p', { start: 0, end: 0, words: pieces(ch.path)[0]?.words ?? [] }), flaggable: false, quote: ch.path });
        out.push(...lineUnits('e', cl.added, ch.path, true));
        out.push(...lineUnits('r', cl.removed.map((text) => ({ text })), ch.path, true));
      }
      return out;
    }
    default:
      return [];
  }
}
