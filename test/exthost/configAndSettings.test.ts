import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SETTINGS } from '../../src/core/config/settingsSchema';
import { setSetting, tempDir, vigil } from './vigilTestKit';

suite('config validation and Claude settings', () => {
  test('an invalid user value falls back to the default and is reported once', async () => {
    const api = await vigil();
    try {
      await setSetting(api, 'gate.threshold', 500);
      assert.strictEqual(vscode.workspace.getConfiguration('vigil').get('gate.threshold'), 500, 'VS Code stored the raw value');
      assert.strictEqual(api.config.get('gate.threshold'), SETTINGS['gate.threshold'].schema.parse(undefined));
      assert.ok(api.config.invalidKeys().includes('gate.threshold'));
      await setSetting(api, 'sessions.showAll', 'yes');
      assert.strictEqual(api.config.get('sessions.showAll'), false);
      await setSetting(api, 'gate.threshold', 77);
      assert.strictEqual(api.config.get('gate.threshold'), 77);
      assert.ok(!api.config.invalidKeys().includes('gate.threshold'));
    } finally {
      await setSetting(api, 'gate.threshold', undefined);
      await setSetting(api, 'sessions.showAll', undefined);
    }
  });

  test('vigil.enableThinkingSummaries edits the Claude user settings keeping comments', async () => {
    const api = await vigil();
    const dir = tempDir('vigil-claude-settings-');
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{\n  // mine\n  "model": "opus"\n}\n');
    try {
      await setSetting(api, 'claude.configDir', dir);
      const written = await vscode.commands.executeCommand<string | undefined>('vigil.enableThinkingSummaries', { confirmed: true });
      assert.strictEqual(written, file);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /"showThinkingSummaries": true/);
      assert.match(text, /\/\/ mine/);
      assert.match(text, /"model": "opus"/);
      assert.strictEqual(fs.readFileSync(`${file}.vigil-backup`, 'utf8'), '{\n  // mine\n  "model": "opus"\n}\n');
    } finally {
      await setSetting(api, 'claude.configDir', undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
