import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session, VigilEvent } from '../../../src/core/model/events';
import { SessionLog, type AppendOptions } from '../../../src/core/session/sessionLog';
import type { SessionAppend, SessionSummary } from '../../../src/core/session/types';
import { claudeSource } from '../../../src/sessions/claudeWatcher';
import { codexSource } from '../../../src/sessions/codexWatcher';
import { codexDayFoldersToWatch } from '../../../src/core/sources/codex/codexDiscovery';
import { jsonlFolderSource } from '../../../src/sessions/jsonlFolderWatcher';
import { TranscriptWatcher, type WatchedRegistry } from '../../../src/sessions/transcriptWatcher';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/public');
const SHORT = path.join(FIXTURES, 'claude-config/projects/-home-marco-projects-spotter/55604662-cf2a-4331-851a-ec234028f8ca.jsonl');
const FIXTURE_CWD = '/home/marco/projects/spotter';

/** The registry surface a watcher uses, over real SessionLogs. */
class FakeRegistry implements WatchedRegistry {
  logs = new Map<string, SessionLog>();
  appends: SessionAppend[] = [];
  resets: string[] = [];
  ended: string[] = [];
  showAll = false;
  private listeners: (() => void)[] = [];
  constructor(private readonly workspace: string) {}
  ensure(session: Session, source: SessionSummary['source']): SessionLog {
    let log = this.logs.get(session.id);
    if (log) log.updateSession(session);
    else this.logs.set(session.id, (log = new SessionLog({ session, source })));
    return log;
  }
  appendTo(id: string, events: readonly VigilEvent[], opts?: AppendOptions): SessionAppend | undefined {
    const res = this.logs.get(id)?.append(events, opts);
    if (res?.events.length) this.appends.push(res);
    return res;
  }
  reset(id: string): void {
    this.resets.push(id);
    this.logs.get(id)?.reset();
  }
  end(id: string): void {
    this.ended.push(id);
    this.logs.get(id)?.end();
  }
  get(id: string): SessionLog | undefined {
    return this.logs.get(id);
  }
  wants(): boolean {
    return true;
  }
  onDidChangeFilter(l: () => void) {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  }
  fireFilter(): void {
    for (const l of this.listeners) l();
  }
  folders(): readonly string[] {
    return [this.workspace];
  }
  isShowAll(): boolean {
    return this.showAll;
  }
  maxAgeDays(): number {
    return 14;
  }
}

const quietLog = { debug: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };

async function until(what: string, probe: () => boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!probe()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function assistantLine(sessionId: string, cwd: string, uuid: string, text: string): string {
  return JSON.stringify({ parentUuid: null, isSidechain: false, cwd, sessionId, type: 'assistant', uuid, timestamp: new Date().toISOString(), message: { id: `m-${uuid}`, role: 'assistant', model: 'x', content: [{ type: 'text', text }] } });
}

let tmp: string;
let ws: string;
let watcher: TranscriptWatcher | undefined;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-watch-'));
  ws = path.join(tmp, 'ws');
  fs.mkdirSync(ws);
});
afterEach(() => {
  watcher?.dispose();
  watcher = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

function install(sessionId: string, cwd: string): string {
  const text = fs.readFileSync(SHORT, 'utf8').split(FIXTURE_CWD).join(cwd).split('55604662-cf2a-4331-851a-ec234028f8ca').join(sessionId);
  const dir = path.join(tmp, 'claude', 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${sessionId}.jsonl`);
  fs.writeFileSync(file, text);
  return file;
}

describe('TranscriptWatcher over the Claude source', () => {
  it('finds workspace sessions, tails appended lines in one append, resets on truncation, ends on deletion', async () => {
    const reg = new FakeRegistry(ws);
    const file = install('s-1', ws);
    install('s-other', '/elsewhere');
    watcher = new TranscriptWatcher(claudeSource(path.join(tmp, 'claude'), reg), reg, quietLog, { rescanMs: 60_000, livePollMs: 100, debounceMs: 20 });
    await watcher.start();
    expect([...reg.logs.keys()]).toEqual(['s-1']);
    const log = reg.get('s-1')!;
    const first = log.events.length;
    expect(first).toBeGreaterThan(5);
    expect(log.session).toMatchObject({ agent: 'claude-code', cwd: ws, transcriptPath: file });
    expect(log.state()).toBe('live');

    const n = reg.appends.length;
    fs.appendFileSync(file, `${assistantLine('s-1', ws, 'u-1', 'one')}\n${assistantLine('s-1', ws, 'u-2', 'two')}\n`);
    await until('tailed', () => log.events.length === first + 2);
    expect(reg.appends.length).toBe(n + 1);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n').slice(0, 6).join('\n') + '\n');
    await until('reset', () => reg.resets.includes('s-1') && log.events.length > 0 && log.events.length < first);

    fs.rmSync(file);
    await watcher.rescan();
    expect(reg.ended).toContain('s-1');
    expect(watcher.tailedPaths()).toEqual([]);
  });

  it('notices new sessions and appended lines through fs.watch alone (no rescan, no poll)', async () => {
    const reg = new FakeRegistry(ws);
    fs.mkdirSync(path.join(tmp, 'claude', 'projects'), { recursive: true });
    watcher = new TranscriptWatcher(claudeSource(path.join(tmp, 'claude'), reg), reg, quietLog, { rescanMs: 600_000, livePollMs: 600_000, debounceMs: 20 });
    await watcher.start();
    const file = install('s-watch', ws);
    await until('new session via watch', () => (reg.get('s-watch')?.events.length ?? 0) > 0);
    const log = reg.get('s-watch')!;
    const n = log.events.length;
    fs.appendFileSync(file, `${assistantLine('s-watch', ws, 'w-1', 'watched')}\n`);
    await until('append via watch', () => log.events.length === n + 1);
  });

  it('picks up a session file created later (fs.watch or rescan) and follows show-all', async () => {
    const reg = new FakeRegistry(ws);
    fs.mkdirSync(path.join(tmp, 'claude', 'projects'), { recursive: true });
    watcher = new TranscriptWatcher(claudeSource(path.join(tmp, 'claude'), reg), reg, quietLog, { rescanMs: 500, livePollMs: 100, debounceMs: 20 });
    await watcher.start();
    expect(reg.logs.size).toBe(0);
    install('s-late', ws);
    await until('late session', () => (reg.get('s-late')?.events.length ?? 0) > 0);
    install('s-far', '/far/away');
    await watcher.rescan();
    expect(reg.get('s-far')).toBeUndefined();
    reg.showAll = true;
    reg.fireFilter();
    await until('show-all session', () => (reg.get('s-far')?.events.length ?? 0) > 0);
  });
});

describe('Codex source', () => {
  it('picks up a rollout written into today\'s day folder after start', async () => {
    const reg = new FakeRegistry(ws);
    const home = path.join(tmp, 'codex');
    fs.mkdirSync(path.join(home, 'sessions'), { recursive: true });
    watcher = new TranscriptWatcher(codexSource(home, reg), reg, quietLog, { rescanMs: 300, livePollMs: 100, debounceMs: 20 });
    await watcher.start();
    const src = path.join(FIXTURES, 'codex-home/sessions/2026/02/23/rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl');
    const day = codexDayFoldersToWatch(home)[0]!;
    fs.mkdirSync(day, { recursive: true });
    fs.writeFileSync(path.join(day, path.basename(src)), fs.readFileSync(src, 'utf8').split('/redacted/path/fa3f7eaace').join(ws));
    await until('codex session', () => (reg.get('019c8a4c-ed82-79a1-aa28-7738fc5ab61a')?.events.length ?? 0) > 100);
    expect(reg.get('019c8a4c-ed82-79a1-aa28-7738fc5ab61a')!.session).toMatchObject({ agent: 'codex', cwd: ws });
  });
});

describe('Vigil JSONL folder source', () => {
  it('reads *.vigil.jsonl files of a configured folder (relative to the workspace)', async () => {
    const reg = new FakeRegistry(ws);
    const dir = path.join(ws, 'sessions');
    fs.mkdirSync(dir);
    const lines = [
      { kind: 'session', session: { id: 'vj-1', agent: 'vigil-jsonl', cwd: ws } },
      { kind: 'user_prompt', id: 'p1', text: 'hello' },
      { kind: 'assistant_message', id: 'a1', text: 'hi' },
    ];
    fs.writeFileSync(path.join(dir, 'run.vigil.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'notes.jsonl'), '{"hello": 1}\n');
    watcher = new TranscriptWatcher(jsonlFolderSource(['sessions'], reg), reg, quietLog, { rescanMs: 60_000, livePollMs: 100, debounceMs: 20 });
    await watcher.start();
    expect(watcher.tailedPaths()).toEqual([path.join(dir, 'run.vigil.jsonl')]);
    const [log] = [...reg.logs.values()];
    expect(log?.events.map((e) => e.kind)).toContain('user_prompt');
  });
});
