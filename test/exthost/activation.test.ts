import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { vigil } from './vigilTestKit';

const OWN_COMMANDS = ['vigil.showPanel', 'vigil.pickSession', 'vigil.openTranscript', 'vigil.toggleShowAll', 'vigil.enableThinkingSummaries'];

suite('activation and commands', () => {
  test('activate returns the API with registry, selection and config', async () => {
    const api = await vigil();
    assert.ok(api.registry, 'registry');
    assert.ok(api.selection, 'selection');
    assert.strictEqual(typeof api.config.get('gate.threshold'), 'number');
    assert.ok(Array.isArray(api.registry.list()));
  });

  test('every contributed command is registered, and the manifest declares them with category Vigil', async () => {
    await vigil();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of OWN_COMMANDS) assert.ok(registered.has(id), `${id} not registered`);
    const pkg = vscode.extensions.getExtension('vigil-dev.vigil')!.packageJSON as { contributes: { commands: { command: string; category?: string }[]; views: Record<string, { id: string }[]> } };
    for (const id of OWN_COMMANDS) {
      const c = pkg.contributes.commands.find((x) => x.command === id);
      assert.ok(c, `${id} not in package.json`);
      assert.strictEqual(c.category, 'Vigil');
    }
    for (const c of pkg.contributes.commands) assert.ok(registered.has(c.command), `${c.command} declared but not registered`);
    assert.ok(pkg.contributes.views.vigil?.some((v) => v.id === 'vigil.reasoning'));
  });

  test('vigil.pickSession with an id selects that session; an unknown id changes nothing', async () => {
    const api = await vigil();
    api.registry.ensure({ id: 'pick-me', agent: 'codex', cwd: vscode.workspace.workspaceFolders![0]!.uri.fsPath }, 'hook');
    assert.strictEqual(await vscode.commands.executeCommand('vigil.pickSession', 'pick-me'), 'pick-me');
    assert.strictEqual(api.selection.current(), 'pick-me');
    assert.strictEqual(await vscode.commands.executeCommand('vigil.pickSession', 'no-such-session'), undefined);
    assert.strictEqual(api.selection.current(), 'pick-me');
    api.registry.remove('pick-me');
  });

  test('vigil.showPanel reveals the Reasoning view without error', async () => {
    await vigil();
    await vscode.commands.executeCommand('vigil.showPanel');
  });
});
