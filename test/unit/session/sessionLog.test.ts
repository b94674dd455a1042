import { describe, expect, it } from 'vitest';
import type { Finding, Risk, ToolCallEvent, VigilEvent } from '../../../src/core/model/events';
import type { Analyzer } from '../../../src/core/monitors/types';
import { IDLE_MS, LIVE_MS, reasoningHidden, SessionLog } from '../../../src/core/session/sessionLog';

/** A tiny analyzer: flags reasoning containing "skip the test", scores shell calls 50. */
function fakeAnalyzer(): Analyzer & { pushed: VigilEvent[] } {
  const all: Finding[] = [];
  const pushed: VigilEvent[] = [];
  let max = 0;
  return {
    pushed,
    push(e) {
      pushed.push(e);
      if (e.kind === 'reasoning' && e.text.includes('skip the test')) {
        const f: Finding = { id: `f${all.length}`, category: 'reward_hacking', severity: 'high', channel: 'reasoning', monitor: 'fake', eventId: e.id, quote: 'skip the test', message: 'skips tests' };
        all.push(f);
        return [f];
      }
      if (e.kind === 'tool_call') max = Math.max(max, this.riskFor(e).score);
      return [];
    },
    riskFor(call: ToolCallEvent): Risk {
      return call.toolKind === 'shell' ? { score: 50, reasons: [{ label: 'shell', weight: 50 }] } : { score: 0, reasons: [] };
    },
    findings: () => all,
    maxRisk: () => max,
  };
}

const session = { id: 's1', agent: 'claude-code' as const, cwd: '/w' };

function call(id: string, toolUseId: string, origin: 'hook' | 'transcript', extra: Partial<ToolCallEvent> = {}) {
  return { id, kind: 'tool_call' as const, toolUseId, name: 'Bash', toolKind: 'shell' as const, input: { command: 'ls' }, command: 'ls', origin, ...extra };
}

describe('SessionLog', () => {
  it('assigns seq and sessionId in order and indexes by id and toolUseId', () => {
    const log = new SessionLog({ session, source: 'transcript' });
    const res = log.append([
      { id: 'u1', kind: 'user_prompt', text: 'fix the bug' },
      call('c1', 'tu1', 'transcript'),
      { id: 'r1', kind: 'tool_result', toolUseId: 'tu1', isError: false, output: 'ok' },
    ]);
    expect(res.sessionId).toBe('s1');
    expect(res.events.map((e) => [e.id, e.seq, e.sessionId])).toEqual([['u1', 0, 's1'], ['c1', 1, 's1'], ['r1', 2, 's1']]);
    expect(log.event('c1')?.kind).toBe('tool_call');
    expect(log.toolCall('tu1')?.id).toBe('c1');
    expect(log.toolCall('nope')).toBeUndefined();
  });

  it('drops a repeated id and counts it', () => {
    const log = new SessionLog({ session, source: 'transcript' });
    log.append([{ id: 'a', kind: 'assistant_message', text: 'hi' }]);
    const res = log.append([{ id: 'a', kind: 'assistant_message', text: 'hi' }, { id: 'b', kind: 'assistant_message', text: 'x' }]);
    expect(res.events.map((e) => e.id)).toEqual(['b']);
    expect(log.events).toHaveLength(2);
    expect(log.duplicates).toBe(1);
    expect(log.events[1]?.seq).toBe(1);
  });

  it('stores a tool call seen by hook and transcript once, hook payload authoritative', () => {
    const an = fakeAnalyzer();
    const log = new SessionLog({ session, source: 'hook', analyzer: () => an });
    log.append([call('hook:tu9', 'tu9', 'hook', { command: 'rm -rf build' })]);
    const res = log.append([call('c9', 'tu9', 'transcript', { command: 'rm -rf build', line: 12 })]);
    expect(log.events).toHaveLength(1);
    expect(res.events).toHaveLength(1);
    const stored = log.toolCall('tu9')!;
    expect(stored.id).toBe('hook:tu9');
    expect(stored.seq).toBe(0);
    expect(stored.origin).toBe('hook');
    // the analyzer saw the call once
    expect(an.pushed.filter((e) => e.kind === 'tool_call')).toHaveLength(1);
  });

  it('stores a tool result and a prompt seen by hook and transcript once; a prompt typed twice stays twice', () => {
    const log = new SessionLog({ session, source: 'hook' });
    log.append([
      { id: 'hook-prompt:abc', kind: 'user_prompt', text: 'run the tests' },
      call('hook:tu1', 'tu1', 'hook'),
      { id: 'hook-result:tu1', kind: 'tool_result', toolUseId: 'tu1', isError: false, output: '' },
    ]);
    const res = log.append([
      { id: 'u-1', kind: 'user_prompt', text: 'run the tests', ts: '2026-01-01T00:00:00Z' },
      call('c1', 'tu1', 'transcript', { subagentSessionId: 'kid' }),
      { id: 'r-1', kind: 'tool_result', toolUseId: 'tu1', isError: false, output: 'ok', line: 9 },
      { id: 'u-2', kind: 'user_prompt', text: 'run the tests' },
    ]);
    expect(log.events.map((e) => e.id)).toEqual(['hook-prompt:abc', 'hook:tu1', 'hook-result:tu1', 'u-2']);
    expect(res.events.map((e) => e.id)).toEqual(['hook-prompt:abc', 'hook:tu1', 'hook-result:tu1', 'u-2']);
    expect(log.event('hook-result:tu1')).toMatchObject({ output: 'ok', line: 9, seq: 2 });
    expect(log.event('hook-prompt:abc')?.ts).toBe('2026-01-01T00:00:00Z');
    expect(log.summary().children).toEqual(['kid']);
    expect(log.summary().counts.toolCalls).toBe(1);
  });

  it('runs the analyzer on each new event and keeps its findings', () => {
    const log = new SessionLog({ session, source: 'transcript', analyzer: fakeAnalyzer });
    const res = log.append([
      { id: 'r1', kind: 'reasoning', text: 'I will skip the test', visibility: 'full' },
      { id: 'r2', kind: 'reasoning', text: '', visibility: 'hidden' },
      call('c1', 'tu1', 'transcript'),
    ]);
    expect(res.findings.map((f) => f.eventId)).toEqual(['r1']);
    expect(log.findings).toHaveLength(1);
    const s = log.summary();
    expect(s.counts).toEqual({ events: 3, reasoning: 2, reasoningVisible: 1, toolCalls: 1, findings: 1 });
    expect(s.maxSeverity).toBe('high');
    expect(s.maxRisk).toBe(50);
    expect(log.riskFor(log.toolCall('tu1')!).score).toBe(50);
    expect(reasoningHidden(s.counts)).toBe(false);
  });

  it('says plainly when all reasoning is hidden', () => {
    const log = new SessionLog({ session, source: 'transcript' });
    expect(reasoningHidden(log.summary().counts)).toBe(false);
    log.append([{ id: 'h1', kind: 'reasoning', text: '', visibility: 'hidden' }, { id: 'h2', kind: 'reasoning', text: '  ', visibility: 'full' }]);
    expect(log.summary().counts).toMatchObject({ reasoning: 2, reasoningVisible: 0 });
    expect(reasoningHidden(log.summary().counts)).toBe(true);
  });

  it('takes findings from finding events (opened reports) without an analyzer', () => {
    const log = new SessionLog({ session, source: 'report', readOnly: true });
    const finding: Finding = { id: 'f1', category: 'destructive', severity: 'critical', channel: 'action', monitor: 'm', eventId: 'c1', quote: 'rm', message: 'deletes' };
    log.append([call('c1', 'tu1', 'transcript'), { id: 'fe1', kind: 'finding', finding }]);
    expect(log.findings).toEqual([finding]);
    expect(log.summary()).toMatchObject({ readOnly: true, source: 'report', state: 'ended', maxSeverity: 'critical', maxRisk: 0 });
    expect(log.riskFor(log.toolCall('tu1')!)).toEqual({ score: 0, reasons: [] });
  });

  it('moves live -> idle -> ended by last append time, or on an end notice', () => {
    let t = 1_000_000;
    const log = new SessionLog({ session, source: 'transcript', now: () => t });
    expect(log.state()).toBe('idle');
    log.append([{ id: 'a', kind: 'assistant_message', text: 'x' }]);
    expect(log.state()).toBe('live');
    t += LIVE_MS;
    expect(log.state()).toBe('idle');
    t += IDLE_MS;
    expect(log.state()).toBe('ended');
    log.append([{ id: 'b', kind: 'assistant_message', text: 'y' }]);
    expect(log.state()).toBe('live');
    log.append([{ id: 'n', kind: 'notice', subtype: 'session_end', text: 'bye' }]);
    expect(log.state()).toBe('ended');
  });

  it('uses the time given with an append (a file read long after it was written)', () => {
    const t = 10 * IDLE_MS;
    const log = new SessionLog({ session, source: 'transcript', now: () => t });
    log.append([{ id: 'a', kind: 'assistant_message', text: 'x', ts: '2026-01-01T00:00:00.000Z' }], { at: t - 2 * IDLE_MS });
    expect(log.state()).toBe('ended');
    expect(log.summary().lastEventAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('records gate decisions as events and counts their score in maxRisk', () => {
    const log = new SessionLog({ session, source: 'hook' });
    log.append([call('c1', 'tu1', 'hook')]);
    const e = log.recordDecision({ toolUseId: 'tu1', decision: 'deny', decidedBy: 'human', score: 72, reasons: ['rm -rf'] });
    log.addDecision({ decision: 'allow', decidedBy: 'threshold', score: 3, reasons: [] });
    expect(e.kind).toBe('gate_decision');
    expect(log.events.map((x) => x.kind)).toEqual(['tool_call', 'gate_decision', 'gate_decision']);
    expect(new Set(log.events.map((x) => x.id)).size).toBe(3);
    expect(log.summary().maxRisk).toBe(72);
  });

  it('reset forgets events and findings and starts a fresh analyzer', () => {
    let made = 0;
    const log = new SessionLog({ session, source: 'transcript', analyzer: () => (made++, fakeAnalyzer()) });
    log.append([{ id: 'r1', kind: 'reasoning', text: 'skip the test', visibility: 'full' }]);
    log.reset();
    expect(log.events).toHaveLength(0);
    expect(log.findings).toHaveLength(0);
    expect(log.event('r1')).toBeUndefined();
    expect(made).toBe(2);
    const res = log.append([{ id: 'r1', kind: 'reasoning', text: 'skip the test', visibility: 'full' }]);
    expect(res.events[0]?.seq).toBe(0);
    expect(res.findings).toHaveLength(1);
  });

  it('titles a session by its first prompt and tracks children', () => {
    const log = new SessionLog({ session, source: 'transcript' });
    log.append([
      { id: 'u', kind: 'user_prompt', text: 'Please\n  refactor   the parser' },
      call('c', 'tu', 'transcript', { name: 'Task', toolKind: 'subagent', subagentSessionId: 'child-1' }),
    ]);
    log.addChild('child-2');
    const s = log.summary();
    expect(s.session.title).toBe('Please refactor the parser');
    expect(s.children.sort()).toEqual(['child-1', 'child-2']);
    log.updateSession({ title: 'Named', model: undefined });
    expect(log.summary().session.title).toBe('Named');
  });
});

describe('SessionLog.reanalyze', () => {
  it('rebuilds findings with a fresh analyzer and bumps the generation', () => {
    let flag = true;
    const make = (): Analyzer => {
      const on = flag;
      const a = fakeAnalyzer();
      return { ...a, push: (e) => (on ? a.push(e) : []) };
    };
    const log = new SessionLog({ session, source: 'transcript', analyzer: make });
    log.append([{ id: 'r1', kind: 'reasoning', text: 'skip the test', visibility: 'full' }]);
    expect(log.findings).toHaveLength(1);
    const gen = log.generation;
    flag = false;
    log.reanalyze();
    expect(log.findings).toHaveLength(0);
    expect(log.events).toHaveLength(1);
    expect(log.generation).toBe(gen + 1);
    flag = true;
    log.reanalyze();
    expect(log.findings).toHaveLength(1);
  });
});
