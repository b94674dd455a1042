import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/core/gate/auditLog';
import { GateEngine, type GateSession, type ParsedHookLike, type ReviewOutcome, type ReviewRequest } from '../../../src/core/gate/gateEngine';
import type { GateDecision, Risk, ToolCallEvent } from '../../../src/core/model/events';
import { shortTmp, toolCall } from './gateTestUtil';

type Parsed = ParsedHookLike & { call?: ToolCallEvent };

/** A stand-in for the real payload parser: enough to drive the engine. */
function parse(json: unknown): Parsed {
  const j = json as Record<string, unknown>;
  if (typeof j.session_id !== 'string') return { ok: false, error: 'session_id missing' };
  const input = (j.tool_input ?? {}) as Record<string, unknown>;
  const call =
    j.hook_event_name === 'PreToolUse'
      ? toolCall({
          toolUseId: String(j.tool_use_id ?? 'x'),
          name: String(j.tool_name),
          toolKind: j.tool_name === 'Bash' ? 'shell' : 'edit',
          input,
          ...(typeof input.command === 'string' ? { command: input.command } : {}),
          ...(typeof input.file_path === 'string' ? { changes: [{ path: input.file_path, kind: 'update' as const }] } : {}),
        })
      : undefined;
  return { ok: true, caller: j.turn_id ? 'codex' : 'claude-code', event: String(j.hook_event_name), sessionId: j.session_id, call };
}

function setup(opts: { score: number; review?: (r: ReviewRequest, s: AbortSignal) => Promise<ReviewOutcome>; timeout?: number; audit?: AuditLog }) {
  const decisions: GateDecision[] = [];
  const reviews: ReviewRequest[] = [];
  const ingested: string[] = [];
  const session: GateSession = { riskFor: (): Risk => ({ score: opts.score, reasons: [{ label: 'scored', weight: opts.score }] }), findings: [], addDecision: (d) => decisions.push(d) };
  const engine = new GateEngine<Parsed>({
    parse,
    ingest: (p) => {
      ingested.push(p.ok ? p.event : '');
      return { call: p.call, session };
    },
    settings: () => ({ enabled: true, threshold: 40, reviewTimeoutSeconds: opts.timeout ?? 60 }),
    review: (r, s) => {
      reviews.push(r);
      return (opts.review ?? (async () => ({ decision: 'allow', decidedBy: 'human' })))(r, s);
    },
    ...(opts.audit ? { audit: opts.audit } : {}),
  });
  return { engine, decisions, reviews, ingested };
}

const payload = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ session_id: 's1', cwd: '/w', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf ~' }, tool_use_id: 'toolu_9', ...over });
const out = (s: string) => JSON.parse(s).hookSpecificOutput;

let dir = '';
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe('gate engine', () => {
  it('allows a low-risk call at once, with no review, and records it', async () => {
    const t = setup({ score: 10 });
    const r = await t.engine.handle(payload());
    expect(out(r.stdout)).toMatchObject({ permissionDecision: 'allow' });
    expect(t.reviews).toHaveLength(0);
    expect(t.decisions).toEqual([expect.objectContaining({ decision: 'allow', decidedBy: 'threshold', score: 10, toolUseId: 'toolu_9' })]);
  });

  it('sends a risky call to review and relays the reviewer reason to the agent', async () => {
    const t = setup({ score: 80, review: async () => ({ decision: 'deny', decidedBy: 'human', reason: 'keep the assertion', reviewer: 'me' }) });
    const r = await t.engine.handle(payload());
    expect(out(r.stdout)).toEqual({ hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'Rejected by the reviewer in Vigil: keep the assertion' });
    expect(t.reviews[0]).toMatchObject({ caller: 'claude-code', risk: { score: 80 }, reasons: ['scored'] });
    expect(t.decisions[0]).toMatchObject({ decision: 'deny', decidedBy: 'human', reviewer: 'me' });
  });

  it('passes the reviewer-edited input back as updatedInput', async () => {
    const t = setup({ score: 80, review: async () => ({ decision: 'allow', decidedBy: 'human', updatedInput: { command: 'rm -rf ./build' } }) });
    const r = await t.engine.handle(payload({ turn_id: 'x' }));
    expect(out(r.stdout)).toMatchObject({ permissionDecision: 'allow', updatedInput: { command: 'rm -rf ./build' } });
  });

  it('denies when the review times out (decidedBy timeout) and cancels the review', async () => {
    let aborted = false;
    const t = setup({ score: 80, timeout: 0.05, review: (_r, s) => new Promise((_res) => s.addEventListener('abort', () => (aborted = true))) });
    const r = await t.engine.handle(payload());
    expect(out(r.stdout).permissionDecision).toBe('deny');
    expect(out(r.stdout).permissionDecisionReason).toMatch(/no human decision within 0.05 s/);
    expect(t.decisions[0]?.decidedBy).toBe('timeout');
    expect(aborted).toBe(true);
  });

  it('remembers "approve similar" for the session', async () => {
    const t = setup({ score: 80, review: async () => ({ decision: 'allow', decidedBy: 'human', allowSimilar: true }) });
    await t.engine.handle(payload({ tool_input: { command: 'npm test' } }));
    await t.engine.handle(payload({ tool_input: { command: 'npm test -- --watch=false' } }));
    expect(t.reviews).toHaveLength(1);
    expect(t.decisions.map((d) => d.decidedBy)).toEqual(['human', 'allowSimilar']);
    await t.engine.handle(payload({ session_id: 's2', tool_input: { command: 'npm test' } }));
    expect(t.reviews).toHaveLength(2);
  });

  it('denies garbage with a clear error (exit 2) and lets other events through', async () => {
    const t = setup({ score: 0 });
    expect(await t.engine.handle('{oops')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/not valid JSON/) });
    expect(await t.engine.handle('[1,2]')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/no hook_event_name/) });
    expect(await t.engine.handle(JSON.stringify({ hook_event_name: 'PreToolUse' }))).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/invalid PreToolUse payload: session_id missing/) });
    expect(await t.engine.handle(payload({ hook_event_name: 'PostToolUse' }))).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(t.ingested).toEqual(['PostToolUse']);
  });

  it('writes every decision to the hash-chained audit log', async () => {
    dir = shortTmp();
    const audit = new AuditLog(path.join(dir, 'audit.jsonl'));
    const t = setup({ score: 80, audit, review: async () => ({ decision: 'allow', decidedBy: 'human', updatedInput: { command: 'ls' } }) });
    await t.engine.handle(payload());
    await t.engine.handle('garbage');
    expect(await audit.verify()).toEqual({ ok: true, entries: 2 });
    const [a, b] = fs.readFileSync(audit.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(a).toMatchObject({ decidedBy: 'human', sessionId: 's1', toolUseId: 'toolu_9', score: 80 });
    expect(a.inputHash).not.toBe(a.reviewedInputHash);
    expect(b).toMatchObject({ decidedBy: 'error', decision: 'deny' });
  });
});
