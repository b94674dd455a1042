import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoveryFile, type DiscoveryInfo, type HookReply } from '../../../src/core/gate/gateChannel';
import { preToolUseReply } from '../../../src/core/gate/hookResponse';
import { startHookServer, type HookServer } from '../../../src/core/gate/hookServer';
import { buildShim, cleanEnv, runShim, shortTmp } from './gateTestUtil';

let dir = '';
let shim = '';
let server: HookServer;
let ws = '';
const seen: string[] = [];
let next: (payload: string) => Promise<HookReply> = async () => preToolUseReply('claude-code', { decision: 'allow', reason: 'ok' });

const pre = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ session_id: 's1', cwd: path.join(ws, 'pkg', 'src'), hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' }, tool_use_id: 'toolu_1', ...over });

function writeDiscovery(info: Partial<DiscoveryInfo>): void {
  const file = discoveryFile(ws, { VIGIL_RUNTIME_DIR: path.join(dir, 'rt') });
  fs.writeFileSync(file, JSON.stringify({ v: 1, socket: server.socket, token: server.token, pid: process.pid, failOpen: false, workspace: ws, ...info }));
}
const env = (extra: NodeJS.ProcessEnv = {}) => cleanEnv({ VIGIL_RUNTIME_DIR: path.join(dir, 'rt'), ...extra });

beforeAll(async () => {
  dir = shortTmp();
  ws = path.join(dir, 'ws');
  fs.mkdirSync(path.join(ws, 'pkg', 'src'), { recursive: true });
  shim = await buildShim(dir);
  server = await startHookServer({
    socket: path.join(dir, 'rt', 'g.sock'),
    handler: (payload) => {
      seen.push(payload);
      return next(payload);
    },
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hook shim (spawned dist/hook.js against a gate server)', () => {
  it('finds Vigil through the discovery file of the nearest workspace root and prints its allow', async () => {
    writeDiscovery({});
    next = async () => preToolUseReply('claude-code', { decision: 'allow', reason: 'low risk' });
    const r = await runShim(shim, pre(), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow', permissionDecisionReason: 'low risk' } });
    expect(seen.at(-1)).toBe(pre());
    expect((fs.statSync(server.socket).mode & 0o777).toString(8)).toBe('600');
    expect((fs.statSync(path.dirname(server.socket)).mode & 0o777).toString(8)).toBe('700');
  });

  it('prints a deny with the reviewer reason in the agent format (Codex)', async () => {
    writeDiscovery({});
    next = async () => preToolUseReply('codex', { decision: 'deny', reason: 'Rejected: do not delete the assertion' });
    const r = await runShim(shim, pre({ turn_id: 't', tool_name: 'apply_patch' }), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hookSpecificOutput).toEqual({ hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'Rejected: do not delete the assertion' });
  });

  it('uses VIGIL_GATE / VIGIL_GATE_TOKEN from the terminal env before any discovery file', async () => {
    next = async () => preToolUseReply('codex', { decision: 'allow', reason: '' });
    const r = await runShim(shim, pre({ cwd: '/nonexistent/elsewhere' }), env({ VIGIL_GATE: server.socket, VIGIL_GATE_TOKEN: server.token }));
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is denied (exit 2) with a clear reason on a wrong token', async () => {
    const r = await runShim(shim, pre(), env({ VIGIL_GATE: server.socket, VIGIL_GATE_TOKEN: 'nope' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/wrong gate token/);
  });

  it('forwards garbage stdin and relays the server deny', async () => {
    writeDiscovery({});
    next = async () => ({ exitCode: 2, stdout: '', stderr: 'Vigil gate: the hook payload on stdin is not valid JSON; denied.\n' });
    const r = await runShim(shim, '{not json', env({ VIGIL_GATE: server.socket, VIGIL_GATE_TOKEN: server.token }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('denies with exit 2 when Vigil is down (fails closed by default)', async () => {
    writeDiscovery({ socket: path.join(dir, 'rt', 'gone.sock') });
    const r = await runShim(shim, pre(), env());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/blocked because cannot reach Vigil/);
    expect(r.stderr).toMatch(/VIGIL_FAIL_OPEN=1/);
  });

  it('denies when no Vigil window owns the workspace', async () => {
    fs.rmSync(discoveryFile(ws, { VIGIL_RUNTIME_DIR: path.join(dir, 'rt') }), { force: true });
    const r = await runShim(shim, pre(), env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not running for this workspace/);
  });

  it('fails open with VIGIL_FAIL_OPEN=1 or failOpen in the discovery file', async () => {
    writeDiscovery({ socket: path.join(dir, 'rt', 'gone.sock') });
    const a = await runShim(shim, pre(), env({ VIGIL_FAIL_OPEN: '1' }));
    expect(a.code).toBe(0);
    expect(a.stdout).toBe('');
    expect(a.stderr).toMatch(/failing open/);
    writeDiscovery({ socket: null, failOpen: true });
    const b = await runShim(shim, pre(), env());
    expect(b.code).toBe(0);
    expect(b.stdout).toBe('');
  });

  it('always lets non-PreToolUse events through, even with Vigil down', async () => {
    writeDiscovery({ socket: path.join(dir, 'rt', 'gone.sock') });
    for (const ev of ['PostToolUse', 'UserPromptSubmit', 'Stop']) {
      const r = await runShim(shim, pre({ hook_event_name: ev }), env());
      expect(r, ev).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    writeDiscovery({});
    const n = seen.length;
    const r = await runShim(shim, pre({ hook_event_name: 'PostToolUse', tool_response: {} }), env());
    expect(r.code).toBe(0);
    expect(seen.length).toBe(n + 1);
  });

  it('denies when no decision arrives within its time-out', async () => {
    writeDiscovery({});
    next = () => new Promise(() => undefined);
    const r = await runShim(shim, pre(), env(), ['--timeout=1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no decision within 1 s/);
  });
});
