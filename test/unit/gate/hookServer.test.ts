import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../../src/core/gate/gateChannel';
import { startHookServer, type HookServer } from '../../../src/core/gate/hookServer';
import { shortTmp } from './gateTestUtil';

let dir = '';
let server: HookServer;
const aborted: string[] = [];
const errors: string[] = [];

function send(data: string | Buffer, { end = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.createConnection(server.socket);
    let buf = '';
    c.setEncoding('utf8');
    c.on('data', (d: string) => (buf += d));
    c.on('close', () => resolve(buf));
    c.on('error', reject);
    c.write(data);
    if (end) c.end();
  });
}

beforeAll(async () => {
  dir = shortTmp();
  server = await startHookServer({
    socket: path.join(dir, 'rt', 's.sock'),
    onError: (m) => errors.push(m),
    handler: (payload, signal) =>
      payload === 'hang'
        ? new Promise((resolve) => signal.addEventListener('abort', () => { aborted.push(payload); resolve({ exitCode: 0, stdout: '', stderr: '' }); }))
        : Promise.resolve({ exitCode: 0, stdout: `echo:${payload}`, stderr: '' }),
  });
});
afterAll(async () => {
  await server.close();
  expect(fs.existsSync(server.socket)).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hook server', () => {
  it('answers one request line with the handler reply', async () => {
    const r = JSON.parse(await send(JSON.stringify({ v: 1, token: server.token, payload: 'hi' }) + '\n'));
    expect(r).toEqual({ exitCode: 0, stdout: 'echo:hi', stderr: '' });
  });

  it('denies a wrong token, a malformed envelope and unreadable JSON (exit 2, clear reason)', async () => {
    for (const [line, re] of [
      [JSON.stringify({ v: 1, token: 'x'.repeat(48), payload: 'hi' }), /wrong gate token/],
      [JSON.stringify({ v: 99, token: server.token, payload: 'hi' }), /malformed request/],
      ['{{{', /unreadable request/],
    ] as const) {
      const r = JSON.parse(await send(line + '\n'));
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(re);
    }
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });

  it('denies oversized requests without buffering them forever', async () => {
    const big = Buffer.alloc(MAX_REQUEST_BYTES + 1024, 0x61);
    const r = JSON.parse(await send(big));
    expect(r).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/larger than/) });
  });

  it('aborts the handler when the shim goes away', async () => {
    await send(JSON.stringify({ v: 1, token: server.token, payload: 'hang' }) + '\n', { end: true }).catch(() => '');
    await new Promise((r) => setTimeout(r, 100));
    expect(aborted).toEqual(['hang']);
  });
});
