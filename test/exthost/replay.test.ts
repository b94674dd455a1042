import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { readTranscriptFile } from '../../src/core/sources/readTranscript';
import { fixture, SUBAGENT_CLAUDE, vigil, waitFor } from './vigilTestKit';

const CODEX = 'codex-home/sessions/2026/02/23/rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl';

suite('replay command (vigil.openTranscript)', () => {
  test('instant replay of a Claude transcript: every parsed event, read-only, ended, selected', async () => {
    const api = await vigil();
    const file = fixture(SUBAGENT_CLAUDE);
    const expected = (await readTranscriptFile(file)).events.length;
    const id = await vscode.commands.executeCommand<string>('vigil.openTranscript', { path: file, speed: 0, background: true });
    assert.ok(id, 'no session id returned');
    const log = api.registry.get(id)!;
    assert.strictEqual(log.events.length, expected);
    const s = log.summary();
    assert.strictEqual(s.source, 'replay');
    assert.strictEqual(s.readOnly, true);
    assert.strictEqual(s.state, 'ended');
    assert.ok(s.session.title?.startsWith('Replay: '));
    assert.strictEqual(api.selection.current(), id);
    assert.ok(api.registry.list().some((x) => x.session.id === id), 'replays are always listed');
  });

  test('live-paced replay of a Codex rollout streams in several appends', async () => {
    const api = await vigil();
    const file = fixture(CODEX);
    const expected = (await readTranscriptFile(file)).events.length;
    let appends = 0;
    let sessionId: string | undefined;
    const sub = api.registry.onDidAppend((a) => {
      if (a.sessionId === sessionId || a.sessionId.startsWith('replay:')) appends++;
    });
    try {
      const t0 = Date.now();
      const pending = vscode.commands.executeCommand<string>('vigil.openTranscript', { path: file, speed: 4, background: true, wait: true });
      sessionId = await pending;
      const ms = Date.now() - t0;
      const log = api.registry.get(sessionId)!;
      console.log(`  replayed ${log.events.length} events at speed 4 in ${ms} ms, ${appends} appends`);
      assert.strictEqual(log.events.length, expected);
      assert.strictEqual(log.session.agent, 'codex');
      assert.ok(appends > 5, `only ${appends} appends`);
      await waitFor('ended', () => log.state() === 'ended');
    } finally {
      sub.dispose();
    }
  });

  test('a file that is not a transcript yields no session', async () => {
    const api = await vigil();
    const before = api.registry.all().length;
    const id = await vscode.commands.executeCommand<string | undefined>('vigil.openTranscript', { path: fixture('SOURCES.md'), speed: 0, background: true });
    assert.strictEqual(id, undefined);
    assert.strictEqual(api.registry.all().length, before);
  });
});
