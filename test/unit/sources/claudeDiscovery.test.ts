import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaudeDiscovery, claudeConfigDir, isInsideFolder, readClaudeHead } from '../../../src/core/sources/claude/claudeDiscovery';
import { fixturePath } from '../fixturesPath';

const PARENT = '258c7280-ae70-4798-800f-63464d01a85d';
let tmp: string;
let config: string;
let wsGqc: string;
let wsSpotter: string;

/** Copies the fixture config dir, rewriting every cwd into a temp workspace so filters can be tested. */
function copyTree(src: string, dst: string): void {
  fs.mkdirSync(dst, { recursive: true });
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name);
    const d = path.join(dst, e.name);
    if (e.isDirectory()) copyTree(s, d);
    else {
      const text = fs.readFileSync(s, 'utf8')
        .split('/home/USER/projects/spotter-worktrees/spotter-gqc').join(wsGqc)
        .split('/home/marco/projects/spotter').join(wsSpotter);
      fs.writeFileSync(d, text);
    }
  }
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-disc-'));
  wsGqc = path.join(tmp, 'ws', 'spotter-gqc');
  wsSpotter = path.join(tmp, 'ws', 'spotter');
  config = path.join(tmp, 'claude');
  copyTree(fixturePath('claude-config'), config);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const NOW = Date.parse('2026-03-01T00:00:00Z');

describe('claudeConfigDir', () => {
  it('prefers the setting, then CLAUDE_CONFIG_DIR, then ~/.claude', () => {
    expect(claudeConfigDir('/x/cfg', { CLAUDE_CONFIG_DIR: '/env' }, '/home/u')).toBe('/x/cfg');
    expect(claudeConfigDir('  ', { CLAUDE_CONFIG_DIR: '/env' }, '/home/u')).toBe('/env');
    expect(claudeConfigDir('', {}, '/home/u')).toBe('/home/u/.claude');
    expect(claudeConfigDir('~/alt', {}, '/home/u')).toBe('/home/u/alt');
  });
});

describe('isInsideFolder', () => {
  it('accepts equal paths and sub-folders, tolerates trailing slashes, rejects prefixes', () => {
    expect(isInsideFolder('/a/b', '/a/b/')).toBe(true);
    expect(isInsideFolder('/a/b/c', '/a/b')).toBe(true);
    expect(isInsideFolder('/a/bc', '/a/b')).toBe(false);
    expect(isInsideFolder('/a', '/a/b')).toBe(false);
    expect(isInsideFolder('/anything', '/')).toBe(true);
  });
});

describe('ClaudeDiscovery', () => {
  it('lists sessions of the open workspace only, with subagents as child sessions', async () => {
    const d = new ClaudeDiscovery();
    const list = await d.list({ configDir: config, workspaceFolders: [wsGqc + '/'], now: NOW, maxAgeDays: 3650 });
    expect(list.map((f) => f.sessionId).sort()).toEqual([PARENT, `${PARENT}.agent-a881341`]);
    const child = list.find((f) => f.parentSessionId)!;
    expect(child).toMatchObject({ parentSessionId: PARENT, agentName: 'a881341', cwd: wsGqc });
    expect(child.path.endsWith(path.join('subagents', 'agent-a881341.jsonl'))).toBe(true);
    expect(child.size).toBe(fs.statSync(child.path).size);
  });

  it('matches a workspace folder that contains the session cwd', async () => {
    const list = await new ClaudeDiscovery().list({ configDir: config, workspaceFolders: [path.join(tmp, 'ws')], now: NOW });
    expect(list).toHaveLength(4);
  });

  it('showAll lists every project; maxAgeDays drops old files', async () => {
    const d = new ClaudeDiscovery();
    const all = await d.list({ configDir: config, workspaceFolders: [], showAll: true });
    expect(all).toHaveLength(4);
    expect(all.every((f) => f.cwd === wsGqc || f.cwd === wsSpotter)).toBe(true);
    const old = path.join(config, 'projects', fs.readdirSync(path.join(config, 'projects'))[0]!);
    const oldFile = fs.readdirSync(old).find((n) => n.endsWith('.jsonl'))!;
    const past = new Date(Date.now() - 30 * 86_400_000);
    fs.utimesSync(path.join(old, oldFile), past, past);
    const recent = await d.list({ configDir: config, workspaceFolders: [], showAll: true, maxAgeDays: 14 });
    expect(recent).toHaveLength(3);
  });

  it('uses CLAUDE_CONFIG_DIR when no setting is given and returns nothing for a missing dir', async () => {
    const d = new ClaudeDiscovery();
    expect(await d.list({ env: { CLAUDE_CONFIG_DIR: config }, workspaceFolders: [wsSpotter] })).toHaveLength(2);
    expect(await d.list({ configDir: path.join(tmp, 'nope'), workspaceFolders: [], showAll: true })).toEqual([]);
  });

  it('picks up new and growing files on repeated calls', async () => {
    const d = new ClaudeDiscovery();
    const proj = path.join(config, 'projects', '-new-project');
    fs.mkdirSync(proj, { recursive: true });
    const f = path.join(proj, 'fresh.jsonl');
    fs.writeFileSync(f, '{"type":"file-history-snapshot","messageId":"m"}\n');
    let list = await d.list({ configDir: config, workspaceFolders: [], showAll: true });
    expect(list.find((x) => x.path === f)?.cwd).toBeUndefined();
    fs.appendFileSync(f, JSON.stringify({ type: 'user', sessionId: 'fresh-id', cwd: '/new/project', message: { content: 'hi' } }) + '\n');
    list = await d.list({ configDir: config, workspaceFolders: ['/new/project'] });
    expect(list.map((x) => [x.sessionId, x.cwd])).toEqual([['fresh-id', '/new/project']]);
    fs.rmSync(proj, { recursive: true, force: true });
  });
});

describe('readClaudeHead', () => {
  it('finds the cwd in a first line longer than the head', async () => {
    const f = path.join(tmp, 'longfirst.jsonl');
    fs.writeFileSync(f, JSON.stringify({ type: 'user', sessionId: 'sid', cwd: '/w/"q"', message: { content: 'x'.repeat(200_000) } }) + '\n');
    expect(await readClaudeHead(f)).toEqual({ cwd: '/w/"q"', sessionId: 'sid' });
  });
  it('never throws on binary or missing files', async () => {
    const f = path.join(tmp, 'bin.jsonl');
    fs.writeFileSync(f, Buffer.from([0, 255, 10, 1, 2]));
    expect(await readClaudeHead(f)).toEqual({});
    expect(await readClaudeHead(path.join(tmp, 'missing.jsonl'))).toEqual({});
  });
});
