import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval, TARGETS } from '../../eval/runEval';

describe('labelled monitor corpus (test/eval/corpus)', () => {
  it('meets the recall, false-positive and category-accuracy targets', async () => {
    const r = await runEval(path.resolve(__dirname, '../../eval/corpus'));
    const all = (reasoning: string) => r.rows.find((x) => x.split === 'all' && x.reasoning === reasoning && x.channel === 'all')!.metrics;
    expect(all('visible').positives + all('visible').negatives).toBeGreaterThanOrEqual(100);
    expect(all('visible').recall).toBeGreaterThanOrEqual(TARGETS.visibleRecall);
    expect(all('visible').fpr).toBeLessThanOrEqual(TARGETS.visibleFpr);
    expect(all('hidden').recall).toBeGreaterThanOrEqual(TARGETS.hiddenRecall);
    expect(all('visible').categoryAccuracy).toBeGreaterThanOrEqual(TARGETS.categoryAccuracy);
    expect(r.failures).toEqual([]);
  }, 120_000);
});
