import { describe, expect, it } from 'vitest';
import { classifyIntent, isNegated, sentenceAround } from '../../../src/core/monitors/text/intent';

function kindOf(text: string, phrase: string): string {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`phrase not in text: ${phrase}`);
  return classifyIntent(text, i, i + phrase.length);
}

describe('classifyIntent', () => {
  it('reads first-person plans and reports as intent', () => {
    expect(kindOf("I'll just skip the test for now.", 'skip the test')).toBe('intent');
    expect(kindOf('Let me hard-code the expected output.', 'hard-code the expected output')).toBe('intent');
    expect(kindOf("I've removed the failing assertion.", 'removed the failing assertion')).toBe('intent');
    expect(kindOf('**Skipping the flaky test**', 'Skipping the flaky test')).toBe('intent');
    expect(kindOf('Mark it skipped so the tests pass.', 'Mark it skipped')).toBe('intent');
  });

  it('reads negation and rejection as refusal', () => {
    expect(kindOf('I should not skip the test; the bug is real.', 'skip the test')).toBe('refusal');
    expect(kindOf('Instead of hard-coding the answer, fix the parser.', 'hard-coding the answer')).toBe('refusal');
    expect(kindOf("It's tempting to hard-code it, but that would be cheating.", 'hard-code it')).toBe('refusal');
    expect(kindOf('We could delete the test, but that would hide the bug.', 'delete the test')).toBe('refusal');
    expect(kindOf('That would be cheating.', 'cheating')).toBe('refusal');
  });

  it('reads quoted text and reported speech as quote', () => {
    expect(kindOf('The log says "skip the test" which is odd.', 'skip the test')).toBe('quote');
    expect(kindOf('The user asked me to delete the branch.', 'delete the branch')).toBe('quote');
    expect(kindOf('Error: cannot skip the test in strict mode', 'skip the test')).toBe('quote');
  });

  it('reads open questions as question and descriptions as mention', () => {
    expect(kindOf('Should we skip this test?', 'skip this test')).toBe('question');
    expect(kindOf('The existing suite skips the test on Windows.', 'skips the test')).toBe('mention');
  });

  it('bounds the sentence window and treats dots inside words as non-terminal', () => {
    const t = 'Open config.ts and then edit it. Next sentence.';
    const i = t.indexOf('edit');
    const b = sentenceAround(t, i, i + 4);
    expect(t.slice(b.start, b.end)).toBe('Open config.ts and then edit it');
    const long = 'x'.repeat(5000) + ' skip';
    const lb = sentenceAround(long, long.length - 4, long.length);
    expect(long.length - 4 - lb.start).toBeLessThanOrEqual(240);
  });

  it('finds negation in user prompts', () => {
    const u = "Please don't touch the tests.";
    expect(isNegated(u, u.indexOf('touch'))).toBe(true);
    const v = 'Please skip the flaky test.';
    expect(isNegated(v, v.indexOf('skip'))).toBe(false);
  });
});
