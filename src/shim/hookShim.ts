/**
 * Vigil's hook shim: the command an agent runs for its PreToolUse (and PostToolUse, UserPromptSubmit,
 * Stop) hooks. It reads the hook payload on stdin, hands it to the Vigil window for that workspace
 * over a local authenticated socket, waits for the decision and prints it in the agent's format.
 *
 * Fails closed: when Vigil cannot be reached, errors or does not answer in time, a PreToolUse call is
 * denied (exit 2, reason on stderr), unless VIGIL_FAIL_OPEN=1 or the discovery file says failOpen.
 * Other events are always let through.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import {
  CHANNEL_VERSION,
  ENV_FAIL_OPEN,
  ENV_SOCKET,
  ENV_TOKEN,
  ancestors,
  discoveryFile,
  privateDirOk,
  runtimeDir,
  type DiscoveryInfo,
  type HookReply,
} from '../core/gate/gateChannel';

interface Target {
  socket: string | null;
  token: string;
  failOpen: boolean;
  from: string;
}

const DEFAULT_TIMEOUT_S = 3540;
const NON_GATING_TIMEOUT_MS = 3000;

function argValue(name: string): string | undefined {
  const pre = `--${name}=`;
  const hit = process.argv.find((a) => a.startsWith(pre));
  return hit?.slice(pre.length);
}

function readStdin(): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function peek(raw: string): { event?: string; cwd?: string } {
  try {
    const j = JSON.parse(raw) as Record<string, unknown>;
    if (!j || typeof j !== 'object') return {};
    const event = j.hook_event_name ?? j.hookEventName;
    return { event: typeof event === 'string' ? event : undefined, cwd: typeof j.cwd === 'string' ? j.cwd : undefined };
  } catch {
    return {};
  }
}

function readDiscovery(file: string): DiscoveryInfo | undefined {
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8')) as DiscoveryInfo;
    return j && typeof j === 'object' ? j : undefined;
  } catch {
    return undefined;
  }
}

function findTarget(cwd: string | undefined): Target | undefined {
  const envSocket = process.env[ENV_SOCKET];
  if (envSocket) return { socket: envSocket, token: process.env[ENV_TOKEN] ?? '', failOpen: false, from: `$${ENV_SOCKET}` };
  const dir = runtimeDir();
  if (!privateDirOk(dir)) return undefined;
  const starts = [cwd ?? process.cwd()];
  try {
    const real = fs.realpathSync(starts[0] as string);
    if (real !== starts[0]) starts.push(real);
  } catch {
    // cwd may not exist on this machine; the given path is still worth a try
  }
  for (const start of starts) {
    for (const dir of ancestors(start)) {
      const file = discoveryFile(dir);
      const info = readDiscovery(file);
      if (info) return { socket: info.socket, token: String(info.token ?? ''), failOpen: info.failOpen === true, from: file };
    }
  }
  return undefined;
}

function ask(target: Target, payload: string, timeoutMs: number): Promise<HookReply> {
  return new Promise((resolve, reject) => {
    if (!target.socket) return reject(new Error(`Vigil is not running for this workspace (${target.from})`));
    let buf = '';
    let settled = false;
    const sock = net.createConnection(target.socket);
    const timer = setTimeout(() => finish(new Error(`no decision within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    function finish(err: Error | undefined, reply?: HookReply): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err);
      else resolve(reply as HookReply);
    }
    sock.setEncoding('utf8');
    sock.on('connect', () => sock.write(JSON.stringify({ v: CHANNEL_VERSION, token: target.token, payload }) + '\n'));
    sock.on('data', (d: string) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      try {
        const r = JSON.parse(buf.slice(0, nl)) as HookReply;
        if (typeof r.exitCode !== 'number' || typeof r.stdout !== 'string' || typeof r.stderr !== 'string') throw new Error('bad reply');
        finish(undefined, r);
      } catch {
        finish(new Error('Vigil sent an unreadable answer'));
      }
    });
    sock.on('error', (e: NodeJS.ErrnoException) => finish(new Error(`cannot reach Vigil at ${target.socket} (${e.code ?? e.message})`)));
    sock.on('close', () => finish(new Error('Vigil closed the connection without a decision')));
  });
}

function done(reply: HookReply): void {
  if (reply.stderr) process.stderr.write(reply.stderr);
  process.stdout.write(reply.stdout, () => process.exit(reply.exitCode));
}

async function main(): Promise<void> {
  const raw = await readStdin();
  const { event, cwd } = peek(raw);
  const target = findTarget(cwd);
  const gating = event === undefined || event === 'PreToolUse';
  if (!gating) {
    // Forwarded for the session stream only; never holds the agent up.
    if (target) await ask(target, raw, NON_GATING_TIMEOUT_MS).catch(() => undefined);
    return done({ exitCode: 0, stdout: '', stderr: '' });
  }
  const timeoutS = Number(argValue('timeout') ?? process.env.VIGIL_HOOK_TIMEOUT ?? DEFAULT_TIMEOUT_S);
  const failOpen = process.env[ENV_FAIL_OPEN] === '1' || target?.failOpen === true;
  try {
    if (!target) throw new Error('Vigil is not running for this workspace (no discovery file found)');
    done(await ask(target, raw, (Number.isFinite(timeoutS) && timeoutS > 0 ? timeoutS : DEFAULT_TIMEOUT_S) * 1000));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (failOpen) return done({ exitCode: 0, stdout: '', stderr: `Vigil gate: ${why}; failing open (allowed without review).\n` });
    done({
      exitCode: 2,
      stdout: '',
      stderr: `Vigil gate: blocked because ${why}. Start VS Code with Vigil on this workspace, or set ${ENV_FAIL_OPEN}=1 (or the vigil.gate.failOpen setting) to let calls through when Vigil is down.\n`,
    });
  }
}

void main();
