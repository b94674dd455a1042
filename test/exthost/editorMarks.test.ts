import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding } from '../../src/core/model/events';
import { setSetting, vigil, waitFor, workspaceDir } from './vigilTestKit';

suite('editor: flagged edit marks, status bar, problems', () => {
  test('a flagged edit in a live session marks its changed lines and the status bar shows the risk', async () => {
    const api = await vigil();
    const rel = 'src/flagged.ts';
    const abs = path.join(workspaceDir(), rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, 'const a = 1;\nexport function check() {\n  return true; // skip the real check\n}\n');
    const sid = 'editor-marks-session';
    api.registry.ensure({ id: sid, agent: 'claude-code', cwd: workspaceDir() }, 'hook');
    const finding: Finding = {
      id: 'f-edit', category: 'reward_hacking', severity: 'high', channel: 'action', monitor: 'test.monitor', eventId: 'call-1',
      quote: 'return true', message: 'the check now always passes', relatedEventId: 'thought-1',
    };
    api.registry.appendTo(sid, [
      { id: 'thought-1', kind: 'reasoning', text: 'The test keeps failing, so I will make check() return true.', visibility: 'full' },
      {
        id: 'call-1', kind: 'tool_call', toolUseId: 'tu-1', name: 'Edit', toolKind: 'edit', input: {}, origin: 'hook',
        changes: [{ path: rel, kind: 'update', edits: [{ oldString: '  return compute();', newString: '  return true; // skip the real check' }] }],
      },
      { id: 'finding-1', kind: 'finding', finding },
    ]);
    const doc = await vscode.workspace.openTextDocument(abs);
    await vscode.window.showTextDocument(doc);
    api.marks.refresh();
    const marks = api.marks.current().filter((m) => m.sessionId === sid);
    assert.strictEqual(marks.length, 1);
    assert.strictEqual(marks[0]!.absPath, abs);
    assert.deepStrictEqual(marks[0]!.lines, [3]);
    assert.deepStrictEqual(marks[0]!.quotes, ['The test keeps failing, so I will make check() return true.']);

    api.selection.select(sid);
    api.statusBar.update();
    assert.match(api.statusBar.text(), /Vigil \d+ · high/);

    await setSetting(api, 'editor.problems', true);
    try {
      api.marks.refresh();
      const diags = await waitFor('problems', () => {
        const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Vigil');
        return d.length ? d : undefined;
      });
      assert.strictEqual(diags[0]!.range.start.line, 2);
      assert.strictEqual(diags[0]!.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await setSetting(api, 'editor.problems', undefined);
    }
    api.marks.refresh();
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Vigil').length, 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('ingestHook creates the session and merges the transcript copy of the call', async () => {
    const api = await vigil();
    const call = { id: 'hook:tu-9', kind: 'tool_call' as const, toolUseId: 'tu-9', name: 'Bash', toolKind: 'shell' as const, input: { command: 'ls' }, command: 'ls', origin: 'hook' as const };
    const stored = api.registry.ingestHook({ agent: 'claude-code', sessionId: 'hook-session', cwd: workspaceDir(), events: [call] });
    assert.strictEqual(stored?.toolUseId, 'tu-9');
    api.registry.appendTo('hook-session', [{ ...call, id: 'transcript-uuid', origin: 'transcript', line: 7 }]);
    const log = api.registry.get('hook-session')!;
    assert.strictEqual(log.events.length, 1);
    assert.strictEqual(log.toolCall('tu-9')?.origin, 'hook');
    assert.strictEqual(log.toolCall('tu-9')?.line, 7);
  });
});
