import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodexDiscovery, codexDayFoldersToWatch, codexHome, readCodexHead } from '../../../src/core/sources/codex/codexDiscovery';
import { fixturePath } from '../fixturesPath';

const HOME = fixturePath('codex-home');
const ID = '019c8a4c-ed82-79a1-aa28-7738fc5ab61a';
const NOW = Date.parse('2026-02-24T12:00:00Z');

describe('codexHome', () => {
  it('uses the setting, then CODEX_HOME, then ~/.codex', () => {
    expect(codexHome('/x/codex', { CODEX_HOME: '/env' }, '/home/u')).toBe('/x/codex');
    expect(codexHome('~/c', {}, '/home/u')).toBe('/home/u/c');
    expect(codexHome('', { CODEX_HOME: '/env' }, '/home/u')).toBe('/env');
    expect(codexHome(undefined, {}, '/home/u')).toBe('/home/u/.codex');
  });
});

describe('CodexDiscovery on the public codex-home', () => {
  it('lists the rollout for a workspace containing its cwd, with session meta', async () => {
    const files = await new CodexDiscovery().list({ home: HOME, workspaceFolders: ['/redacted/path'], now: NOW, maxAgeDays: 14 });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ sessionId: ID, cwd: '/redacted/path/fa3f7eaace', size: 278358 });
    expect(files[0]?.path.endsWith(`rollout-2026-02-23T12-40-23-${ID}.jsonl`)).toBe(true);
  });

  it('filters by workspace unless showAll, and by age', async () => {
    const d = new CodexDiscovery();
    expect(await d.list({ home: HOME, workspaceFolders: ['/elsewhere'], now: NOW })).toHaveLength(0);
    expect(await d.list({ home: HOME, workspaceFolders: [], showAll: true, now: NOW })).toHaveLength(1);
    const fileMtime = fs.statSync(path.join(HOME, 'sessions/2026/02/23', `rollout-2026-02-23T12-40-23-${ID}.jsonl`)).mtimeMs;
    expect(await d.list({ home: HOME, workspaceFolders: [], showAll: true, now: fileMtime + 30 * 86_400_000, maxAgeDays: 14 })).toHaveLength(0);
    expect(await d.list({ home: '/does/not/exist', workspaceFolders: [], showAll: true })).toEqual([]);
  });

  it('reads sub-agent meta from a long first line and falls back to the file name uuid', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-codex-'));
    const day = path.join(tmp, 'sessions', '2026', '03', '01');
    fs.mkdirSync(day, { recursive: true });
    const big = 'x'.repeat(400_000);
    const meta = { timestamp: 't', type: 'session_meta', payload: { id: 'child-1', cwd: '/w/p', source: { subagent: { thread_spawn: { parent_thread_id: 'parent-1', agent_nickname: 'Ada' } } }, base_instructions: { text: big } } };
    // The first line is longer than the bounded head read: its fields are still found textually.
    fs.writeFileSync(path.join(day, 'rollout-2026-03-01T10-00-00-11111111-2222-3333-4444-555555555555.jsonl'), JSON.stringify(meta) + '\n');
    fs.writeFileSync(path.join(day, 'rollout-2026-03-01T11-00-00-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee.jsonl'), 'garbage\n');
    const head = await readCodexHead(path.join(day, 'rollout-2026-03-01T10-00-00-11111111-2222-3333-4444-555555555555.jsonl'));
    expect(head).toEqual({ sessionId: 'child-1', cwd: '/w/p', parentSessionId: 'parent-1', agentName: 'Ada' });
    const files = await new CodexDiscovery().list({ home: tmp, workspaceFolders: ['/w'], showAll: false });
    expect(files.map((f) => f.sessionId)).toEqual(['child-1']);
    const all = await new CodexDiscovery().list({ home: tmp, workspaceFolders: [], showAll: true, maxFiles: 5 });
    expect(all.map((f) => f.sessionId).sort()).toEqual(['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', 'child-1']);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('codexDayFoldersToWatch', () => {
  it('lists today and yesterday (local and UTC) under sessions/YYYY/MM/DD', () => {
    const folders = codexDayFoldersToWatch('/h', Date.parse('2026-03-01T12:00:00Z'));
    expect(folders.length).toBeGreaterThanOrEqual(2);
    expect(folders).toContain(path.join('/h', 'sessions', '2026', '03', '01'));
    expect(folders).toContain(path.join('/h', 'sessions', '2026', '02', '28'));
  });
});
