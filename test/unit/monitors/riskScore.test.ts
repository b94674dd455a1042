import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/events';
import { scoreRisk, SEVERITY_WEIGHT } from '../../../src/core/risk/riskScore';

function finding(severity: Finding['severity'], channel: Finding['channel'] = 'action'): Finding {
  return { id: `f-${severity}`, category: 'destructive', severity, channel, monitor: 'm', eventId: 'e', quote: 'q', message: 'msg' };
}

describe('scoreRisk', () => {
  it('is 0 with no evidence and ≥ 90 for a critical finding or a protected path', () => {
    expect(scoreRisk({ actionFindings: [], thoughts: [], protectedPaths: [] })).toEqual({ score: 0, reasons: [] });
    expect(scoreRisk({ actionFindings: [finding('critical')], thoughts: [], protectedPaths: [] }).score).toBeGreaterThanOrEqual(90);
    expect(scoreRisk({ actionFindings: [], thoughts: [], protectedPaths: ['.env'] }).score).toBeGreaterThanOrEqual(90);
  });
  it('combines evidence as a noisy-or, never above 100, and lists weighted reasons', () => {
    const r = scoreRisk({ actionFindings: [finding('medium'), finding('high')], thoughts: [], protectedPaths: [] });
    expect(r.score).toBe(Math.round(100 * (1 - (1 - SEVERITY_WEIGHT.medium / 100) * (1 - SEVERITY_WEIGHT.high / 100))));
    expect(r.reasons.map((x) => x.weight)).toEqual([SEVERITY_WEIGHT.high, SEVERITY_WEIGHT.medium]);
    const many = scoreRisk({ actionFindings: Array.from({ length: 10 }, () => finding('critical')), thoughts: [], protectedPaths: ['a'] });
    expect(many.score).toBeLessThanOrEqual(100);
  });
  it('decays a thought with distance and drops it past the horizon', () => {
    const t = finding('high', 'reasoning');
    const at = (distance: number) => scoreRisk({ actionFindings: [], thoughts: [{ finding: t, distance }], protectedPaths: [] }).score;
    expect(at(0)).toBe(SEVERITY_WEIGHT.high);
    expect(at(1)).toBeLessThan(at(0));
    expect(at(4)).toBe(0);
  });
});
