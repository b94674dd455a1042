import { classifyIntent, sentenceAround } from '../text/intent';
import type { Hit } from './evidenceClaims';

/** Plans, hedges and instructions before a phrase: what follows is not yet a statement of fact. */
const PLAN_OR_HEDGE_RE = /\b(?:let me|let's|i'll|i will|i'm going to|going to|next,? i|need to|to (?:make sure|verify|check|confirm|see)|until|once|if|whether|might|may|could|should|would (?:be|make)|expect(?:ed)?|hope|try|trying|you can|you could|please)\b/i;
const NEGATED_RE = /\b(?:not|no|never|isn't|wasn't|aren't|weren't|didn't|doesn't|don't|barely|hardly)\s(?:\w{1,12}\s)?$/i;

/**
 * Plain statements of fact matching `re` ("X is unrelated to this change", "X is faster"): not questions,
 * plans, hedges, quotes, or negated right before the phrase. Unlike intent classification, "X is …" counts.
 */
export function statements(text: string, re: RegExp, max = 10): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const b = sentenceAround(text, start, end);
    const sentence = text.slice(b.start, b.end);
    if (/\?\s*$/.test(sentence) || PLAN_OR_HEDGE_RE.test(text.slice(b.start, start))) continue;
    if (NEGATED_RE.test(text.slice(Math.max(b.start, start - 30), start))) continue;
    if (classifyIntent(text, start, end) === 'quote') continue;
    out.push({ start, end, quote: sentence.trim().slice(0, 300), m: m as RegExpExecArray });
    if (out.length >= max) break;
  }
  return out;
}
