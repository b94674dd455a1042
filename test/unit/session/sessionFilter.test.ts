import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../src/core/session/types';
import { isInside, isListed } from '../../../src/sessions/sessionFilter';

function summary(over: Partial<SessionSummary> & { cwd?: string } = {}): SessionSummary {
  const { cwd, ...rest } = over;
  return {
    session: { id: 's', agent: 'claude-code', ...(cwd ? { cwd } : {}) },
    state: 'idle', source: 'transcript', readOnly: false,
    counts: { events: 0, reasoning: 0, reasoningVisible: 0, toolCalls: 0, findings: 0 },
    maxRisk: 0, children: [], ...rest,
  };
}
const base = { lastAppendAt: 1000, now: 2000, maxAgeMs: 10_000, folders: ['/home/u/proj'], showAll: false };

describe('session filter', () => {
  it('isInside handles the folder itself, children and look-alike siblings', () => {
    expect(isInside('/home/u/proj', '/home/u/proj')).toBe(true);
    expect(isInside('/home/u/proj/sub/dir', '/home/u/proj/')).toBe(true);
    expect(isInside('/home/u/project2', '/home/u/proj')).toBe(false);
    expect(isInside('/home/u', '/home/u/proj')).toBe(false);
  });

  it('lists sessions whose cwd is in a workspace folder unless show-all', () => {
    expect(isListed({ ...base, summary: summary({ cwd: '/home/u/proj/a' }) })).toBe(true);
    expect(isListed({ ...base, summary: summary({ cwd: '/elsewhere' }) })).toBe(false);
    expect(isListed({ ...base, summary: summary({}) })).toBe(true);
    expect(isListed({ ...base, showAll: true, summary: summary({ cwd: '/elsewhere' }) })).toBe(true);
  });

  it('always lists replays and reports; hides old sessions', () => {
    expect(isListed({ ...base, summary: summary({ source: 'report', cwd: '/x' }) })).toBe(true);
    expect(isListed({ ...base, summary: summary({ source: 'replay' }) })).toBe(true);
    expect(isListed({ ...base, now: 1_000_000, showAll: true, summary: summary({ cwd: '/home/u/proj' }) })).toBe(false);
  });
});
