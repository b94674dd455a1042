import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/events';
import type { PanelSession } from '../../../src/shared/protocol';
import { bannerInfo } from '../../../src/webview/banner';
import { countFindings } from '../../../src/webview/findingsList';
import { sessionTree } from '../../../src/webview/sessionList';
import { contentSecurityPolicy, makeNonce } from '../../../src/panel/html';
import { SessionFeed } from '../../../src/panel/sessionFeed';
import { vi } from 'vitest';

function sess(id: string, over: Partial<PanelSession> & { parent?: string; agent?: PanelSession['session']['agent'] } = {}): PanelSession {
  return {
    session: { id, agent: over.agent ?? 'claude-code', ...(over.parent ? { parentSessionId: over.parent } : {}) },
    state: 'live', source: 'transcript', readOnly: false,
    counts: { events: 1, reasoning: 0, reasoningVisible: 0, toolCalls: 0, findings: 0 },
    maxRisk: 0, children: [],
    ...over,
  };
}
const on = { showAll: false, monitorsReasoning: true, monitorsAction: true };

describe('bannerInfo', () => {
  it('says plainly what the monitors see', () => {
    const counts = (reasoning: number, reasoningVisible: number) => ({ events: 5, reasoning, reasoningVisible, toolCalls: 1, findings: 0 });
    expect(bannerInfo(sess('a', { counts: counts(3, 3) }), on)).toMatchObject({ level: 'ok', offerSummaries: false });
    const hidden = bannerInfo(sess('a', { counts: counts(3, 0) }), on);
    expect(hidden).toMatchObject({ level: 'blind', offerSummaries: true });
    expect(hidden.text).toContain('only assistant text and actions');
    expect(hidden.text).toContain('showThinkingSummaries');
    expect(bannerInfo(sess('a', { agent: 'codex', counts: counts(3, 0) }), on).offerSummaries).toBe(false);
    expect(bannerInfo(sess('a', { counts: counts(4, 1) }), on).text).toContain('1 of 4');
    expect(bannerInfo(sess('a', { counts: counts(0, 0) }), on).level).toBe('partial');
    expect(bannerInfo(sess('a', { counts: counts(3, 3) }), { ...on, monitorsReasoning: false }).level).toBe('blind');
  });
});

describe('sessionTree', () => {
  it('nests subagents under their listed parent and keeps orphans as roots', () => {
    const tree = sessionTree([sess('p'), sess('c1', { parent: 'p' }), sess('o', { parent: 'gone' }), sess('c2', { parent: 'p' })]);
    expect(tree.map((t) => [t.node.session.id, t.children.map((c) => c.session.id)])).toEqual([
      ['p', ['c1', 'c2']],
      ['o', []],
    ]);
  });
});

describe('countFindings', () => {
  it('counts by category and severity', () => {
    const f = (category: Finding['category'], severity: Finding['severity']) => ({ category, severity }) as Finding;
    const { byCategory, bySeverity } = countFindings([f('scope', 'low'), f('scope', 'high'), f('secrets', 'high')]);
    expect(Object.fromEntries(byCategory)).toEqual({ scope: 2, secrets: 1 });
    expect(Object.fromEntries(bySeverity)).toEqual({ low: 1, high: 2 });
  });
});

describe('panel html helpers', () => {
  it('builds a strict CSP with the nonce and fresh nonces', () => {
    const csp = contentSecurityPolicy('vscode-resource:', 'abc');
    expect(csp).toBe("default-src 'none'; style-src vscode-resource: 'nonce-abc'; script-src 'nonce-abc'; img-src vscode-resource: data:; font-src vscode-resource:");
    expect(csp).not.toContain('unsafe');
    expect(makeNonce()).not.toBe(makeNonce());
  });
});

describe('SessionFeed', () => {
  it('batches a burst of appends into one flush per session, deduplicating events by id', () => {
    vi.useFakeTimers();
    try {
      const flushed: [string, unknown[]][] = [];
      const feed = new SessionFeed((sid, changed) => flushed.push([sid, changed]), 30);
      for (let i = 0; i < 100; i++) feed.push('a', [{ id: `e${i % 10}` }]);
      feed.push('b', [{ id: 'x' }]);
      expect(flushed).toHaveLength(0);
      vi.advanceTimersByTime(31);
      expect(flushed.map(([s, c]) => [s, c.length])).toEqual([['a', 10], ['b', 1]]);
      feed.push('a', []);
      feed.dispose();
      vi.advanceTimersByTime(100);
      expect(flushed).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
