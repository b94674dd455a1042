/**
 * Commands: install / uninstall Vigil's hooks in the agents' settings files (core logic in
 * core/gate/hookConfig*.ts) and "Check gate", which runs the installed hook command with a harmless
 * PreToolUse payload and reports the answer and round-trip time.
 */
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { VigilContext } from '../context';
import { hookConfigPath, hookCommand, vigilHookGroups, type HookTarget } from '../core/gate/hookConfig';
import { addVigilHooks, hasVigilHooks, removeVigilHooks, vigilCommands, type InstallRecord } from '../core/gate/hookConfigEdit';
import { readJsonc, writeSettingsFile } from '../core/settingsFile/jsoncFile';

const RECORDS = 'vigil.gate.installRecords';
const TARGETS: { target: HookTarget; label: string; detail: string; picked: boolean }[] = [
  { target: 'claude-project', label: 'Claude Code: this project', detail: '.claude/settings.local.json (not committed); VS Code agent hooks read it too', picked: true },
  { target: 'claude-user', label: 'Claude Code: all my projects', detail: '~/.claude/settings.json', picked: false },
  { target: 'codex-project', label: 'Codex: this project', detail: '.codex/hooks.json (Codex asks you to trust new hooks)', picked: true },
];

function workspace(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function files(ctx: VigilContext, targets: readonly HookTarget[]): { target: HookTarget; file: string }[] {
  const ws = workspace();
  const out: { target: HookTarget; file: string }[] = [];
  for (const target of targets) {
    if (target !== 'claude-user' && !ws) continue;
    out.push({ target, file: hookConfigPath(target, { ...(ws ? { workspace: ws } : {}), claudeConfigDir: ctx.config.get('claude.configDir') }) });
  }
  return out;
}

function records(ctx: VigilContext): Record<string, InstallRecord> {
  return ctx.extension.globalState.get<Record<string, InstallRecord>>(RECORDS) ?? {};
}

/** The agent's own hook timeout: long enough for a human review. */
export function hookTimeoutSeconds(reviewTimeoutSeconds: number): number {
  return Math.max(3600, reviewTimeoutSeconds + 60);
}

export async function installHooks(ctx: VigilContext, shimPath: string, targets?: HookTarget[]): Promise<string[]> {
  if (!vscode.workspace.isTrusted) throw new Error('installing hooks needs a trusted workspace');
  let chosen = targets;
  if (!chosen) {
    const picks = await vscode.window.showQuickPick(
      TARGETS.filter((t) => t.target === 'claude-user' || workspace()).map((t) => ({ ...t, description: t.detail })),
      { canPickMany: true, title: 'Vigil: install the edit gate hooks into…', placeHolder: 'Agents run Vigil’s hook before edits and commands' },
    );
    if (!picks?.length) return [];
    chosen = picks.map((p) => p.target);
  }
  const spec = { shimPath, timeoutSeconds: hookTimeoutSeconds(ctx.config.get('gate.reviewTimeoutSeconds')) };
  const done: string[] = [];
  const recs = records(ctx);
  for (const { target, file } of files(ctx, chosen)) {
    const cur = await readJsonc(file);
    const { text, record } = addVigilHooks(cur.exists ? cur.text : undefined, vigilHookGroups(target, spec));
    await writeSettingsFile(file, text, { backup: cur.exists });
    const old = recs[file];
    recs[file] = old
      ? { createdFile: old.createdFile, createdHooks: old.createdHooks || record.createdHooks, createdEvents: [...new Set([...old.createdEvents, ...record.createdEvents])] }
      : record;
    done.push(file);
    ctx.log.info(`gate: hooks installed in ${file}`);
  }
  await ctx.extension.globalState.update(RECORDS, recs);
  if (!targets && done.length) {
    void vscode.window.showInformationMessage(`Vigil: gate hooks installed in ${done.join(', ')}.`, 'Check gate').then((c) => {
      if (c) void vscode.commands.executeCommand('vigil.checkGate');
    });
  }
  return done;
}

export async function uninstallHooks(ctx: VigilContext, targets: HookTarget[] = ['claude-project', 'claude-user', 'codex-project']): Promise<string[]> {
  const recs = records(ctx);
  const candidates = new Set([...files(ctx, targets).map((f) => f.file), ...Object.keys(recs)]);
  const done: string[] = [];
  for (const file of candidates) {
    const cur = await readJsonc(file);
    if (!cur.exists || !hasVigilHooks(cur.text)) {
      delete recs[file];
      continue;
    }
    const r = removeVigilHooks(cur.text, recs[file]);
    if (r.deleteFile) await fsp.rm(file, { force: true });
    else await writeSettingsFile(file, r.text, { backup: true });
    delete recs[file];
    done.push(file);
    ctx.log.info(`gate: ${r.removed} hook(s) removed from ${file}${r.deleteFile ? ' (file deleted: Vigil created it)' : ''}`);
  }
  await ctx.extension.globalState.update(RECORDS, recs);
  void vscode.window.showInformationMessage(done.length ? `Vigil: gate hooks removed from ${done.join(', ')}.` : 'Vigil: no Vigil hooks were installed.');
  return done;
}

export interface CheckResult {
  ok: boolean;
  command: string;
  source: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a hook command through the shell, as an agent does. */
export function runHookCommand(command: string, payload: string, cwd: string, timeoutMs = 30_000): Promise<Omit<CheckResult, 'ok' | 'command' | 'source'>> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, { shell: true, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => (stderr += String(e)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout, stderr, ms: performance.now() - t0 });
    });
    child.stdin.end(payload);
  });
}

export async function checkGate(ctx: VigilContext, shimPath: string): Promise<CheckResult> {
  const ws = workspace() ?? process.cwd();
  let command = hookCommand({ shimPath, timeoutSeconds: 60 }, true);
  let source = 'bundled shim (no installed hook found)';
  for (const { file } of files(ctx, ['claude-project', 'codex-project', 'claude-user'])) {
    const cur = await readJsonc(file).catch(() => undefined);
    const hit = cur?.exists ? vigilCommands(cur.text).find((c) => c.event === 'PreToolUse') : undefined;
    if (hit) {
      command = hit.command;
      source = file;
      break;
    }
  }
  const sessionId = `vigil-check-${Date.now()}`;
  const payload = JSON.stringify({ session_id: sessionId, cwd: ws, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'echo vigil-gate-check' }, tool_use_id: `toolu_vigilcheck${Date.now()}` });
  const r = await runHookCommand(command, payload, ws);
  ctx.sessions.remove(sessionId);
  let decision: string;
  try {
    decision = String(JSON.parse(r.stdout).hookSpecificOutput?.permissionDecision ?? '');
  } catch {
    decision = r.stdout.trim() ? 'unreadable output' : 'no output';
  }
  const ok = r.exitCode === 0 && decision === 'allow';
  const res: CheckResult = { ok, command, source, ...r };
  ctx.log.info(`gate check: ${JSON.stringify(res)}`);
  // An extension update moves dist/hook.js: hooks installed by an older version then point nowhere.
  let stale = !command.includes(shimPath) ? ' The installed hook runs a different Vigil copy than this one; run "Vigil: Install Edit Gate Hooks…" again.' : '';
  // A review longer than the hook's own time-out would be cut off by the agent, which then fails open.
  const hookTimeout = Number(/--timeout=(\d+)/.exec(command)?.[1] ?? NaN);
  const review = ctx.config.get('gate.reviewTimeoutSeconds');
  if (hookTimeout < review) stale += ` The installed hook gives up after ${hookTimeout} s but reviews may take ${review} s; install the hooks again.`;
  const msg = ok
    ? `Vigil: gate OK. The hook from ${source} answered "allow" in ${Math.round(r.ms)} ms.${stale}`
    : `Vigil: gate check failed (exit ${r.exitCode}, ${decision}). ${r.stderr.trim().slice(0, 300)}${stale}`;
  void (ok ? vscode.window.showInformationMessage(msg) : vscode.window.showErrorMessage(msg));
  return res;
}
