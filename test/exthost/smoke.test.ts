// Smoke test of the extension-host test level itself: a real VS Code API, Vigil activates, and the
// environment the runner gives the extension host (scripts/runExtTests.mjs) arrives.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

suite('smoke: real extension host', () => {
  test('vscode API is a real VS Code', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    console.log(`vscode ${vscode.version} (${vscode.env.appName}), node ${process.version}`);
  });

  test('Vigil is installed and activates', async () => {
    const ext = vscode.extensions.getExtension('vigil-dev.vigil');
    assert.ok(ext, 'extension vigil-dev.vigil not found');
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('the runner opens a temp workspace and passes the test environment', () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder open');
    assert.strictEqual(process.env.VIGIL_EXTTEST, '1');
    assert.ok(process.env.CLAUDE_CONFIG_DIR, 'CLAUDE_CONFIG_DIR not set for the extension host');
  });
});
