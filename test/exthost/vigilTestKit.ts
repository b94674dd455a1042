// Helpers shared by the extension-host suites (bundled into each *.test.js).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VigilApi } from '../../src/extension';
import type { SettingKey } from '../../src/core/config/settingsSchema';

export async function vigil(): Promise<VigilApi> {
  const ext = vscode.extensions.getExtension<VigilApi>('vigil-dev.vigil');
  if (!ext) throw new Error('extension vigil-dev.vigil not found');
  return ext.activate();
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceDir(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder');
  return f.uri.fsPath;
}

/** A file of the public fixtures (../shared/fixtures/public, passed by the runner as VIGIL_FIXTURES). */
export function fixture(rel: string): string {
  const root = process.env.VIGIL_FIXTURES ?? path.resolve(__dirname, '../../../shared/fixtures/public');
  return path.join(root, rel);
}

export const SHORT_CLAUDE = 'claude-config/projects/-home-marco-projects-spotter/55604662-cf2a-4331-851a-ec234028f8ca.jsonl';
export const SUBAGENT_CLAUDE = 'claude-config/projects/-home-marco-projects-spotter/491e126e-1e71-469c-ade2-fcc8af567c74.jsonl';
export const FIXTURE_CWD = '/home/marco/projects/spotter';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies a Claude fixture transcript into `<configDir>/projects/<project>/`, rewriting its cwd and session id. */
export function installClaudeTranscript(configDir: string, opts: { cwd: string; sessionId: string; from?: string }): string {
  const src = fixture(opts.from ?? SHORT_CLAUDE);
  const oldId = path.basename(src, '.jsonl');
  const text = fs.readFileSync(src, 'utf8').split(FIXTURE_CWD).join(opts.cwd).split(oldId).join(opts.sessionId);
  const dir = path.join(configDir, 'projects', opts.cwd.replace(/[^A-Za-z0-9]/g, '-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${opts.sessionId}.jsonl`);
  fs.writeFileSync(file, text);
  return file;
}

/** Writes a Vigil setting (user level) and waits until Vigil's config sees it. */
export async function setSetting<K extends SettingKey>(api: VigilApi, key: K, value: unknown): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const sub = api.config.onDidChange([key], () => {
      sub.dispose();
      resolve();
    });
  });
  await vscode.workspace.getConfiguration('vigil').update(key, value, vscode.ConfigurationTarget.Global);
  await Promise.race([changed, new Promise((r) => setTimeout(r, 3000))]);
}
