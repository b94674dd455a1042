/**
 * Tokenizer of the learned text monitor: lower-cased words and within-sentence bigrams, each with the
 * span of the sentence (or line) it came from. Linear time: one pass of a simple character-class regex
 * per sentence, and every input is capped.
 */

/** A piece of an event's text: a sentence of prose or a line of code/command. */
export interface Piece {
  start: number;
  end: number;
  words: string[];
}

/** Longest text tokenised per field: longer text is cut (cost stays bounded on huge events). */
export const MAX_FIELD_CHARS = 8_000;
const MAX_WORD = 24;
const WORD = /[a-z][a-z0-9_']*/g;
const BREAK = /[.!?;](?:\s|$)|\n/g;

/** Words of a string: lower-cased runs starting with a letter; apostrophes dropped, long words cut. */
export function words(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0].replace(/'/g, '');
    if (w.length >= 2) out.push(w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w);
  }
  return out;
}

/** Splits text into sentences/lines with their offsets (into the original text). */
export function pieces(text: string): Piece[] {
  const t = text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text;
  const out: Piece[] = [];
  let start = 0;
  const add = (end: number): void => {
    const ws = words(t.slice(start, end));
    if (ws.length) {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(t[s]!)) s++;
      while (e > s && /\s/.test(t[e - 1]!)) e--;
      out.push({ start: s, end: e, words: ws });
    }
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(t); m; m = BREAK.exec(t)) {
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    add(end);
    start = m.index + m[0].length;
  }
  add(t.length);
  return out;
}

/** Features of one piece under a namespace: every word and every adjacent word pair. */
export function pieceFeatures(ns: string, p: Piece): string[] {
  const out: string[] = [];
  const ws = p.words;
  for (let i = 0; i < ws.length; i++) {
    out.push(`${ns}:${ws[i]!}`);
    if (i + 1 < ws.length) out.push(`${ns}:${ws[i]!} ${ws[i + 1]!}`);
  }
  return out;
}
