import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { ToolCallEvent } from '../../../src/core/model/events';

const ROOT = path.resolve(__dirname, '../../..');

/** Builds the shim exactly as esbuild.mjs does (minified, node built-ins only) into a temp dir. */
export async function buildShim(dir: string): Promise<string> {
  const out = path.join(dir, 'hook.js');
  await build({
    entryPoints: [path.join(ROOT, 'src/shim/hookShim.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    outfile: out,
    logLevel: 'silent',
    banner: { js: '#!/usr/bin/env node' },
  });
  return out;
}

/** A short temp dir (Unix socket paths are limited to ~108 bytes). */
export function shortTmp(prefix = 'vg-'): string {
  return fs.mkdtempSync(path.join(process.platform === 'win32' ? os.tmpdir() : '/tmp', prefix));
}

export interface ShimRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runShim(shim: string, stdin: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ShimRun> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [shim, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(stdin);
  });
}

/** Env without any Vigil variables inherited from the machine running the tests. */
export function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VIGIL_')) env[k] = v;
  return { ...env, ...extra };
}

export function toolCall(over: Partial<ToolCallEvent> = {}): ToolCallEvent {
  return {
    id: 'e1',
    sessionId: 's1',
    seq: 0,
    kind: 'tool_call',
    toolUseId: 'toolu_1',
    name: 'Edit',
    toolKind: 'edit',
    input: {},
    ...over,
  };
}
