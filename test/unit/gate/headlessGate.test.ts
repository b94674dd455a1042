import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/core/gate/auditLog';
import type { ReviewRequest } from '../../../src/core/gate/gateEngine';
import { startHeadlessGate, type HeadlessGate } from '../../../src/core/gate/headlessGate';
import { buildShim, cleanEnv, runShim, shortTmp } from './gateTestUtil';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/public/hooks/quantstats-pre_tool_use.json');

let dir = '';
let shim = '';
let gate: HeadlessGate;
let audit: AuditLog;
const reviews: ReviewRequest[] = [];

beforeAll(async () => {
  dir = shortTmp();
  shim = await buildShim(dir);
  audit = new AuditLog(path.join(dir, 'audit.jsonl'));
  gate = await startHeadlessGate({
    socket: path.join(dir, 'g.sock'),
    audit,
    review: async (req) => {
      reviews.push(req);
      return { decision: 'deny', decidedBy: 'human', reason: 'never touch the home folder', reviewer: 'test' };
    },
  });
});
afterAll(async () => {
  await gate.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const env = () => cleanEnv({ VIGIL_GATE: gate.server.socket, VIGIL_GATE_TOKEN: gate.server.token, VIGIL_RUNTIME_DIR: path.join(dir, 'rt') });

describe('shim → real gate (real payload parser and analyzer)', () => {
  it('allows the real captured Claude Code PreToolUse payloads that are harmless, without review', async () => {
    const payloads = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>[];
    const first = payloads[0] as Record<string, unknown>;
    const r = await runShim(shim, JSON.stringify(first), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hookSpecificOutput).toMatchObject({ hookEventName: 'PreToolUse', permissionDecision: 'allow' });
    expect(reviews).toHaveLength(0);
    expect(gate.sessions.get(String(first.session_id))?.events.some((e) => e.kind === 'gate_decision')).toBe(true);
  });

  it('sends `rm -rf ~` to review and prints the Claude deny with the reviewer reason', async () => {
    const payload = { session_id: 'sess-rm', transcript_path: '/home/u/.claude/projects/p/sess-rm.jsonl', cwd: '/home/u/proj', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf ~' }, tool_use_id: 'toolu_rm1' };
    const r = await runShim(shim, JSON.stringify(payload), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hookSpecificOutput).toEqual({ hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'Rejected by the reviewer in Vigil: never touch the home folder' });
    expect(reviews.at(-1)?.risk.score).toBeGreaterThanOrEqual(40);
  });

  it('answers Codex apply_patch in Codex form (deny JSON) and a garbage payload with exit 2', async () => {
    const patch = '*** Begin Patch\n*** Update File: .codex/hooks.json\n@@\n-{}\n+{"hooks":{}}\n*** End Patch\n';
    const payload = { session_id: 'thread-1', turn_id: 't1', cwd: '/repo', hook_event_name: 'PreToolUse', model: 'gpt-5', tool_name: 'apply_patch', tool_input: { command: patch }, tool_use_id: 'call_1' };
    const r = await runShim(shim, JSON.stringify(payload), env());
    expect(JSON.parse(r.stdout).hookSpecificOutput.permissionDecision).toBe('deny');
    expect(reviews.at(-1)?.mandatory.join(' ')).toMatch(/Codex hooks/);
    const g = await runShim(shim, '\u0000\u0001 not json', env());
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/not valid JSON/);
    expect(await audit.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('recognises VS Code agent hook payloads (camelCase) and answers in their format', async () => {
    const payload = { timestamp: '2026-06-01T10:00:00.000Z', cwd: '/w', sessionId: 'vs-1', hookEventName: 'PreToolUse', tool_name: 'readFile', tool_input: { filePath: '/w/a.ts' }, tool_use_id: 'tool-1' };
    const r = await runShim(shim, JSON.stringify(payload), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hookSpecificOutput).toMatchObject({ hookEventName: 'PreToolUse', permissionDecision: 'allow' });
  });
});
