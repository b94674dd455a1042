import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SessionAppend } from '../../src/core/session/types';
import type { VigilApi } from '../../src/extension';
import { installClaudeTranscript, setSetting, tempDir, vigil, waitFor, workspaceDir } from './vigilTestKit';

const SID = 'aaaaaaaa-1111-4111-8111-000000000001';
const OTHER = 'aaaaaaaa-1111-4111-8111-000000000002';

function assistantLine(sessionId: string, cwd: string, uuid: string, text: string): string {
  return JSON.stringify({
    parentUuid: null, isSidechain: false, userType: 'external', cwd, sessionId, version: '2.1.38', type: 'assistant', uuid,
    timestamp: new Date().toISOString(),
    message: { id: `msg_${uuid}`, type: 'message', role: 'assistant', model: 'claude-opus-4-6', content: [{ type: 'text', text }], stop_reason: null, usage: {} },
  });
}

suite('Claude source (temporary config dir)', () => {
  let api: VigilApi;
  let configDir: string;
  let file: string;

  suiteSetup(async () => {
    api = await vigil();
    configDir = tempDir('vigil-claude-');
    file = installClaudeTranscript(configDir, { cwd: workspaceDir(), sessionId: SID });
    installClaudeTranscript(configDir, { cwd: '/somewhere/else/entirely', sessionId: OTHER });
    await setSetting(api, 'claude.configDir', configDir);
  });

  suiteTeardown(async () => {
    await setSetting(api, 'claude.configDir', undefined);
    await setSetting(api, 'sessions.showAll', undefined);
    fs.rmSync(configDir, { recursive: true, force: true });
  });

  test('finds the session whose cwd is the workspace folder, parsed into events', async () => {
    const t0 = Date.now();
    const log = await waitFor('session in registry', () => api.registry.get(SID));
    await waitFor('events parsed', () => log.events.length > 0);
    console.log(`  discovered after ${Date.now() - t0} ms: ${log.events.length} events`);
    const s = await waitFor('listed', () => api.registry.list().find((x) => x.session.id === SID));
    assert.strictEqual(s.session.agent, 'claude-code');
    assert.strictEqual(s.session.cwd, workspaceDir());
    assert.strictEqual(s.source, 'transcript');
    assert.ok(s.counts.toolCalls >= 2, `tool calls: ${s.counts.toolCalls}`);
    assert.strictEqual(s.counts.reasoning, 1);
    assert.strictEqual(s.counts.reasoningVisible, 1);
    assert.strictEqual(s.state, 'live', 'a file written just now is live');
    // The other project's session is not followed without show-all.
    assert.strictEqual(api.registry.list().some((x) => x.session.id === OTHER), false);
  });

  test('live tailing: appended lines arrive as one append', async () => {
    const log = await waitFor('session', () => api.registry.get(SID));
    await waitFor('initial read', () => log.events.length > 0);
    const before = log.events.length;
    const seen: SessionAppend[] = [];
    const sub = api.registry.onDidAppend((a) => a.sessionId === SID && seen.push(a));
    try {
      const t0 = Date.now();
      fs.appendFileSync(file, `${assistantLine(SID, workspaceDir(), 'tail-0001', 'first tailed line')}\n${assistantLine(SID, workspaceDir(), 'tail-0002', 'second tailed line')}\n`);
      await waitFor('tailed events', () => log.events.some((e) => e.kind === 'assistant_message' && e.text === 'second tailed line'));
      console.log(`  tailed 2 lines in ${Date.now() - t0} ms (${seen.length} append notice(s))`);
      assert.strictEqual(log.events.length, before + 2);
      const texts = seen.flatMap((a) => a.events).map((e) => (e.kind === 'assistant_message' ? e.text : ''));
      assert.deepStrictEqual(texts.filter(Boolean), ['first tailed line', 'second tailed line']);
      // A partial line is held until its newline arrives.
      fs.appendFileSync(file, assistantLine(SID, workspaceDir(), 'tail-0003', 'partial line').slice(0, 40));
      await new Promise((r) => setTimeout(r, 1500));
      assert.strictEqual(log.events.length, before + 2);
    } finally {
      sub.dispose();
    }
  });

  test('truncation resets the session; deletion ends it', async () => {
    const log = await waitFor('session', () => api.registry.get(SID));
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 8);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    await waitFor('reset and re-read', () => !log.events.some((e) => e.kind === 'assistant_message' && e.text.includes('tailed line')) && log.events.length > 0);
    assert.ok(log.events.every((e, i) => e.seq === i), 'seq restarts from 0');
    fs.rmSync(file);
    await api.sources.rescan();
    await waitFor('ended', () => log.state() === 'ended');
  });

  test('show-all lists the other project\'s session; toggling back hides it', async () => {
    const on = await vscode.commands.executeCommand<boolean>('vigil.toggleShowAll', true);
    assert.strictEqual(on, true);
    assert.strictEqual(api.registry.isShowAll(), true);
    await waitFor('other project listed', () => api.registry.list().some((x) => x.session.id === OTHER));
    const off = await vscode.commands.executeCommand<boolean>('vigil.toggleShowAll');
    assert.strictEqual(off, false);
    assert.strictEqual(api.registry.list().some((x) => x.session.id === OTHER), false);
    assert.strictEqual(vscode.workspace.getConfiguration('vigil').get('sessions.showAll'), false);
  });
});
