import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { vigil, waitFor, workspaceDir } from './vigilTestKit';

suite('team rules (.vigil/rules.json)', () => {
  const file = () => path.join(workspaceDir(), '.vigil', 'rules.json');

  suiteTeardown(async () => {
    fs.rmSync(path.dirname(file()), { recursive: true, force: true });
    await (await vigil()).rules.load();
  });

  test('loads in a trusted workspace; a bad entry is dropped, the others apply, and sessions are re-analysed', async () => {
    const api = await vigil();
    assert.strictEqual(vscode.workspace.isTrusted, true);
    const sid = 'rules-session';
    api.registry.ensure({ id: sid, agent: 'claude-code', cwd: workspaceDir() }, 'hook');
    api.registry.appendTo(sid, [{ id: 'r-1', kind: 'reasoning', text: 'I will just use the magic override here.', visibility: 'full' }]);
    const log = api.registry.get(sid)!;
    assert.ok(!log.findings.some((f) => f.monitor.startsWith('rules.')));

    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), JSON.stringify({
      version: 1,
      patterns: [
        { id: 'magic-override', pattern: 'magic override', in: ['reasoning'], category: 'circumvention', severity: 'high', message: 'uses the magic override' },
        { id: 'bad', pattern: '(a+)+', in: ['reasoning'], category: 'circumvention', severity: 'high', message: 'unsafe regex' },
      ],
    }));
    await api.rules.load();
    assert.strictEqual(api.rules.current().patterns.length, 1);
    assert.strictEqual(api.rules.current().patterns[0]!.id, 'magic-override');
    await waitFor('re-analysed with the team rule', () => log.findings.some((f) => f.monitor === 'rules.magic-override'));

    fs.rmSync(file());
    await api.rules.load();
    assert.strictEqual(api.rules.current().patterns.length, 0);
    await waitFor('rule finding gone', () => !log.findings.some((f) => f.monitor === 'rules.magic-override'));
  });
});
