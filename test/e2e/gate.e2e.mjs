// The edit gate in a real VS Code (code-server + Chromium): real-format hook payloads piped through the
// built shim (dist/hook.js), which finds the window through its discovery file for the opened workspace.
// A risky Edit (deletes an assertion) opens the review; the test types a reason, clicks Reject, and the
// shim prints Claude Code's deny with that reason. A harmless call is allowed with no prompt. With Vigil
// stopped the shim denies (exit 2). Screenshots go to test-results/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { e2e, ROOT, runCommand, screenshot, tempDir, waitForNotification, webviewFrame } from './harness.mjs';

const SHIM = path.join(ROOT, 'dist/hook.js');
const TEST_FILE = 'tests/test_calc.py';
const TEST_TEXT = 'from calc import add\n\n\ndef test_add():\n    assert add(2, 2) == 4\n    assert add(-1, 1) == 0\n';
const REVIEW_MARKER = 'body[data-ready="1"] #approve';

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** Runs the shim like an agent does; resolves with exit code and output. */
function runShim(payload, env, timeoutS = 240) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [SHIM, '--vigil-gate', `--timeout=${timeoutS}`], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(JSON.stringify(payload));
  });
}

/** The review webview, or a clear failure when the shim already answered without a review. */
/**
 * The review webview for `pending`. With `target` (the command or path under review) it waits for the
 * review that shows it: right after a decision the previous review's webview can still be in the DOM
 * while it closes, and must not be mistaken for the next one.
 */
async function reviewFor(page, pending, target) {
  const shimDone = pending.then((r) => { throw new Error(`no review opened; the shim answered: exit ${r.code} ${r.stdout} ${r.stderr}`); });
  const marker = target ? `body[data-ready="1"]:has(#approve) #target:has-text(${JSON.stringify(target)})` : REVIEW_MARKER;
  return Promise.race([webviewFrame(page, marker, { timeout: 60_000 }), shimDone]);
}

async function waitFor(fn, what, timeout = 60_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

await e2e('gate', async (t) => {
  assert(fs.existsSync(SHIM), `${SHIM} missing: run node esbuild.mjs first`);
  const rt = tempDir('vrt-');
  const shimEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VIGIL_'))), VIGIL_RUNTIME_DIR: rt };
  const v = await t.launchVigil({ env: { VIGIL_RUNTIME_DIR: rt }, settings: { 'vigil.gate.threshold': 40 }, files: { [TEST_FILE]: TEST_TEXT, 'calc.py': 'def add(a, b):\n    return a + b\n' } });
  const ws = path.resolve(v.folder);
  const discovery = path.join(rt, `${createHash('sha256').update(ws).digest('hex')}.json`);
  const base = { session_id: 'e2e-session-1', transcript_path: path.join(v.cs.home, '.claude/projects/p/e2e-session-1.jsonl'), cwd: ws, permission_mode: 'default', hook_event_name: 'PreToolUse' };

  await t.test('Vigil writes an owner-only discovery file for the workspace', async () => {
    await waitFor(() => fs.existsSync(discovery), `discovery file ${discovery}`, 90_000);
    const info = JSON.parse(fs.readFileSync(discovery, 'utf8'));
    assert(info.workspace === ws && typeof info.socket === 'string' && info.token.length >= 32, `bad discovery file ${JSON.stringify(info)}`);
    assert((fs.statSync(discovery).mode & 0o777) === 0o600, 'discovery file is not 0600');
    assert((fs.statSync(info.socket).mode & 0o777) === 0o600, 'socket is not 0600');
  });

  await t.test('a harmless call is allowed at once, with no review', async () => {
    const t0 = Date.now();
    const r = await runShim({ ...base, tool_name: 'Bash', tool_input: { command: 'ls -la', description: 'List files' }, tool_use_id: 'toolu_e2e_ls' }, shimEnv);
    const out = JSON.parse(r.stdout).hookSpecificOutput;
    assert(r.code === 0 && out.permissionDecision === 'allow', `expected allow, got ${r.code} ${r.stdout} ${r.stderr}`);
    console.log(`    allow round trip ${Date.now() - t0} ms: ${out.permissionDecisionReason}`);
    await new Promise((res) => setTimeout(res, 1000));
    const reviewOpen = await webviewFrame(v.page, REVIEW_MARKER, { timeout: 1500 }).then(() => true, () => false);
    assert(!reviewOpen, 'a review opened for a harmless call');
  });

  await t.test('a risky Edit opens the review; Reject with a reason reaches the agent', async () => {
    const reason = 'Do not weaken assertions; fix add() instead.';
    const pending = runShim({
      ...base,
      tool_name: 'Edit',
      tool_input: { file_path: path.join(ws, TEST_FILE), old_string: '    assert add(2, 2) == 4\n', new_string: '    assert True\n' },
      tool_use_id: 'toolu_e2e_edit',
    }, shimEnv);
    const review = await reviewFor(v.page, pending);
    const score = await review.locator('#riskScore').textContent();
    assert(/Risk \d+/.test(score ?? ''), `no risk score shown: ${score}`);
    const body = await review.locator('#root').textContent();
    assert(/assertion/i.test(body ?? ''), `review does not show the reason: ${body}`);
    await v.page.locator('.tab', { hasText: 'test_calc.py' }).first().waitFor({ timeout: 30_000 });
    await review.locator('#reason').fill(reason);
    await screenshot(v.page, 'gate-review');
    await review.locator('#reject').click();
    const r = await pending;
    assert(r.code === 0, `shim exit ${r.code}: ${r.stderr}`);
    const out = JSON.parse(r.stdout).hookSpecificOutput;
    assert(out.hookEventName === 'PreToolUse' && out.permissionDecision === 'deny', `expected deny, got ${r.stdout}`);
    assert(out.permissionDecisionReason.includes(reason), `reason not passed on: ${out.permissionDecisionReason}`);
    console.log(`    agent sees: ${out.permissionDecisionReason}`);
  });

  await t.test('an approved risky call is allowed (and a queued second review follows)', async () => {
    const mk = (id, cmd) => runShim({ ...base, tool_name: 'Bash', tool_input: { command: cmd }, tool_use_id: id }, shimEnv);
    const first = mk('toolu_e2e_rm1', 'rm -rf ~/old-build');
    const review = await reviewFor(v.page, first, 'rm -rf ~/old-build');
    const second = mk('toolu_e2e_rm2', 'rm -rf ~/other');
    await v.page.locator('.statusbar-item', { hasText: /2 reviews pending/ }).first().waitFor({ timeout: 30_000 });
    await screenshot(v.page, 'gate-queue');
    await review.locator('#approve').click();
    const a = await first;
    assert(JSON.parse(a.stdout).hookSpecificOutput.permissionDecision === 'allow', `expected allow: ${a.stdout}`);
    const next = await reviewFor(v.page, second, 'rm -rf ~/other');
    await next.locator('#reject').click();
    const b = await second;
    assert(JSON.parse(b.stdout).hookSpecificOutput.permissionDecision === 'deny', `expected deny: ${b.stdout}`);
  });

  await t.test('edits made in the proposed side before approving are what the agent applies (updatedInput)', async () => {
    const pending = runShim({
      ...base,
      tool_name: 'Edit',
      tool_input: { file_path: path.join(ws, TEST_FILE), old_string: '    assert add(2, 2) == 4\n', new_string: '    assert True\n' },
      tool_use_id: 'toolu_e2e_edit2',
    }, shimEnv);
    const review = await reviewFor(v.page, pending, path.basename(TEST_FILE));
    const modified = v.page.locator('.monaco-diff-editor .editor.modified').first();
    const lastLine = modified.locator('.view-line', { hasText: 'assert add(-1, 1) == 0' }).first();
    await lastLine.waitFor({ timeout: 30_000 });
    await lastLine.click();
    await v.page.keyboard.press('Control+End');
    await v.page.keyboard.type('# reviewed');
    await modified.locator('.view-line', { hasText: '# reviewed' }).waitFor({ timeout: 10_000 });
    await review.locator('#approve').click();
    const r = await pending;
    const out = JSON.parse(r.stdout).hookSpecificOutput;
    assert(out.permissionDecision === 'allow' && out.updatedInput, `expected allow with updatedInput: ${r.stdout}`);
    const u = out.updatedInput;
    assert(u.file_path === path.join(ws, TEST_FILE) && TEST_TEXT.split(u.old_string).length === 2, `bad updatedInput ${JSON.stringify(u)}`);
    const applied = TEST_TEXT.replace(u.old_string, u.new_string);
    const expected = TEST_TEXT.replace('    assert add(2, 2) == 4\n', '    assert True\n') + '# reviewed';
    assert(applied === expected, `reviewed file differs:\n${JSON.stringify(applied)}\n${JSON.stringify(expected)}`);
  });

  await t.test('Install hooks, Check gate and Remove hooks commands', async () => {
    const claude = path.join(ws, '.claude/settings.local.json');
    const codex = path.join(ws, '.codex/hooks.json');
    await runCommand(v.page, 'Vigil: Install Edit Gate Hooks…');
    await v.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Codex: this project' }).first().waitFor({ timeout: 30_000 });
    await v.page.keyboard.press('Enter');
    await waitFor(() => fs.existsSync(claude) && fs.existsSync(codex), 'hook files', 30_000);
    const settings = JSON.parse(fs.readFileSync(claude, 'utf8'));
    const pre = settings.hooks.PreToolUse[0];
    assert(pre.matcher.includes('Edit') && pre.hooks[0].command.includes('dist/hook.js') && pre.hooks[0].timeout >= 3600, `bad hook entry ${JSON.stringify(pre)}`);
    assert(JSON.parse(fs.readFileSync(codex, 'utf8')).hooks.PreToolUse[0].matcher === 'apply_patch|Bash|mcp__.*', 'bad codex matcher');
    await runCommand(v.page, 'Vigil: Check Edit Gate');
    await waitForNotification(v.page, 'gate OK', { timeout: 30_000 });
    await screenshot(v.page, 'gate-check');
    await runCommand(v.page, 'Vigil: Remove Edit Gate Hooks');
    await waitFor(() => !fs.existsSync(claude) && !fs.existsSync(codex), 'hook files removed (Vigil created them)', 30_000);
  });

  await v.close();

  await t.test('with Vigil not running, the shim denies by default (exit 2)', async () => {
    const r = await runShim({ ...base, tool_name: 'Bash', tool_input: { command: 'ls' }, tool_use_id: 'toolu_e2e_down' }, shimEnv);
    assert(r.code === 2 && r.stdout === '' && /Vigil gate: blocked because/.test(r.stderr), `expected exit 2 deny, got ${r.code} ${r.stdout} ${r.stderr}`);
    const open = await runShim({ ...base, tool_name: 'Bash', tool_input: { command: 'ls' }, tool_use_id: 'toolu_e2e_down2' }, { ...shimEnv, VIGIL_FAIL_OPEN: '1' });
    assert(open.code === 0 && open.stdout === '', `fail-open expected, got ${open.code} ${open.stdout}`);
  });
  await t.test('a review nobody answers times out: denied (decidedBy timeout) and the review closes', async () => {
    const v2 = await t.launchVigil({ env: { VIGIL_RUNTIME_DIR: rt }, settings: { 'vigil.gate.threshold': 40, 'vigil.gate.reviewTimeoutSeconds': 10 }, files: { 'a.txt': 'x\n' } });
    const ws2 = path.resolve(v2.folder);
    await waitFor(() => fs.existsSync(path.join(rt, `${createHash('sha256').update(ws2).digest('hex')}.json`)), 'discovery file', 90_000);
    const t0 = Date.now();
    const pending = runShim({ ...base, cwd: ws2, tool_name: 'Bash', tool_input: { command: 'rm -rf ~/projects' }, tool_use_id: 'toolu_e2e_timeout' }, shimEnv, 60);
    await reviewFor(v2.page, pending);
    await v2.page.locator('.statusbar-item', { hasText: /1 review pending/ }).first().waitFor({ timeout: 10_000 });
    const r = await pending;
    const out = r.stdout ? JSON.parse(r.stdout).hookSpecificOutput : {};
    assert(out.permissionDecision === 'deny' && /no human decision within 10 s/.test(out.permissionDecisionReason), `expected timeout deny: ${r.code} ${r.stdout} ${r.stderr}`);
    assert(Date.now() - t0 >= 9_000, 'denied before the review time-out');
    await v2.page.locator('.statusbar-item', { hasText: /review pending/ }).first().waitFor({ state: 'detached', timeout: 10_000 });
    await v2.close();
  });

  fs.rmSync(rt, { recursive: true, force: true });
});
