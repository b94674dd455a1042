import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscoveryFiles } from '../../../src/core/gate/discoveryFiles';
import { ancestors, runtimeDir, workspaceKey } from '../../../src/core/gate/gateChannel';
import { shortTmp } from './gateTestUtil';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('discovery files', () => {
  it('writes owner-only files per folder, drops removed folders, removes them on dispose', () => {
    dir = shortTmp();
    const env = { VIGIL_RUNTIME_DIR: path.join(dir, 'rt') };
    const d = new DiscoveryFiles({ socket: '/s1', token: 't', failOpen: false }, env);
    d.update(['/w/a', '/w/b']);
    const fa = d.fileFor('/w/a');
    expect(path.basename(fa)).toBe(`${workspaceKey('/w/a')}.json`);
    expect(JSON.parse(fs.readFileSync(fa, 'utf8'))).toMatchObject({ socket: '/s1', token: 't', workspace: '/w/a', failOpen: false, pid: process.pid });
    expect((fs.statSync(fa).mode & 0o777).toString(8)).toBe('600');
    expect((fs.statSync(path.join(dir, 'rt')).mode & 0o777).toString(8)).toBe('700');
    d.update(['/w/b']);
    expect(fs.existsSync(fa)).toBe(false);
    // another window took /w/b over: its file is left alone
    fs.writeFileSync(d.fileFor('/w/b'), JSON.stringify({ socket: '/other' }));
    d.dispose();
    expect(JSON.parse(fs.readFileSync(d.fileFor('/w/b'), 'utf8')).socket).toBe('/other');
  });

  it('with failOpen, leaves a socket-less file behind so the shim still fails open', () => {
    dir = shortTmp();
    const d = new DiscoveryFiles({ socket: '/s1', token: 't', failOpen: true }, { VIGIL_RUNTIME_DIR: dir });
    d.update(['/w/a']);
    d.dispose();
    expect(JSON.parse(fs.readFileSync(d.fileFor('/w/a'), 'utf8'))).toMatchObject({ socket: null, failOpen: true });
  });

  it('runtime dir and ancestors', () => {
    expect(runtimeDir({ VIGIL_RUNTIME_DIR: '/x' })).toBe('/x');
    expect(runtimeDir({ XDG_RUNTIME_DIR: '/run/user/1' })).toMatch(/^\/run\/user\/1\/vigil-/);
    expect(ancestors('/a/b/c')).toEqual(['/a/b/c', '/a/b', '/a', '/']);
  });
});

describe('private runtime dir check', () => {
  it('refuses a group/world-writable dir', async () => {
    const { privateDirOk } = await import('../../../src/core/gate/gateChannel');
    dir = shortTmp();
    fs.chmodSync(dir, 0o700);
    expect(privateDirOk(dir)).toBe(true);
    fs.chmodSync(dir, 0o777);
    expect(privateDirOk(dir)).toBe(false);
    expect(privateDirOk(path.join(dir, 'missing'))).toBe(false);
  });
});
