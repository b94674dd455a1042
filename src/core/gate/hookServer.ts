/**
 * The socket server the hook shim talks to (vscode-free: the extension, the tests and the bench run
 * the same code). One request per connection; the token is checked in constant time; the handler
 * gets an AbortSignal that fires when the shim goes away (agent killed the hook), so a pending review
 * can be dropped.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { z } from 'zod';
import { CHANNEL_VERSION, MAX_REQUEST_BYTES, privateDirOk, socketPath, type HookReply } from './gateChannel';

export type HookHandler = (payload: string, signal: AbortSignal) => Promise<HookReply>;

export interface HookServer {
  readonly socket: string;
  readonly token: string;
  close(): Promise<void>;
}

const RequestSchema = z.object({ v: z.literal(CHANNEL_VERSION), token: z.string(), payload: z.string() });

export function denyReply(reason: string): HookReply {
  return { exitCode: 2, stdout: '', stderr: `Vigil gate: ${reason}\n` };
}

function tokenOk(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface HookServerOptions {
  handler: HookHandler;
  /** Socket path; default: a fresh one in the owner-only runtime dir. */
  socket?: string;
  token?: string;
  /** Errors that the server answered with a deny (for the log). */
  onError?: (message: string) => void;
}

export async function startHookServer(opts: HookServerOptions): Promise<HookServer> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const sock = opts.socket ?? socketPath(randomBytes(6).toString('hex'));
  if (process.platform !== 'win32') {
    fs.mkdirSync(path.dirname(sock), { recursive: true, mode: 0o700 });
    fs.chmodSync(path.dirname(sock), 0o700);
    if (!privateDirOk(path.dirname(sock))) throw new Error(`${path.dirname(sock)} is not a private folder owned by this user`);
    fs.rmSync(sock, { force: true });
  }
  const conns = new Set<net.Socket>();
  const server = net.createServer((conn) => {
    conns.add(conn);
    const ctl = new AbortController();
    const chunks: Buffer[] = [];
    let size = 0;
    let handled = false;
    const answer = (r: HookReply): void => {
      if (!conn.destroyed) conn.end(JSON.stringify(r) + '\n');
    };
    const fail = (msg: string): void => {
      opts.onError?.(msg);
      answer(denyReply(msg));
    };
    conn.on('data', (chunk: Buffer) => {
      if (handled) return;
      // Chunks are kept in a list (no re-copy per chunk); only the new chunk is searched for the newline.
      const nlInChunk = chunk.indexOf(10);
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        handled = true;
        return fail(`hook request larger than ${MAX_REQUEST_BYTES} bytes; denied`);
      }
      if (nlInChunk < 0) return;
      handled = true;
      const line = Buffer.concat(chunks, size - chunk.length + nlInChunk);
      let req: z.infer<typeof RequestSchema>;
      try {
        const parsed = RequestSchema.safeParse(JSON.parse(line.toString('utf8')));
        if (!parsed.success) return fail('malformed request from the hook shim (version mismatch?); denied');
        req = parsed.data;
      } catch {
        return fail('unreadable request from the hook shim; denied');
      }
      if (!tokenOk(req.token, token)) return fail('wrong gate token (stale VIGIL_GATE_TOKEN or discovery file?); denied');
      opts.handler(req.payload, ctl.signal).then(answer, (e: unknown) => fail(`internal error: ${e instanceof Error ? e.message : String(e)}; denied`));
    });
    conn.on('close', () => {
      conns.delete(conn);
      ctl.abort();
    });
    conn.on('error', () => conn.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(sock, () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (process.platform !== 'win32') fs.chmodSync(sock, 0o600);
  return {
    socket: sock,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.destroy();
        server.close(() => {
          if (process.platform !== 'win32') fs.rmSync(sock, { force: true });
          resolve();
        });
      }),
  };
}
