// The standard @vscode/test-electron entry, for machines that can download VS Code (this one cannot:
// use `npm run test:ext`, which runs the same suites in code-server). Runs the mocha suites of
// out/exthost (build first: `node esbuild.mjs`) on the minimum supported VS Code (engines.vscode)
// and on stable, each time in a fresh temp workspace with empty CLAUDE_CONFIG_DIR / CODEX_HOME.
//
//   node test/runTestElectron.mjs [version ...]      (default: 1.85.0 stable)
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionTestsPath = path.join(root, 'out/exthost/index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error(`missing ${extensionTestsPath}: run node esbuild.mjs first`);
  process.exit(1);
}
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['1.85.0', 'stable'];
const fixtures = path.resolve(root, '../shared/fixtures/public');

let failed = 0;
for (const version of versions) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-electron-'));
  const workspace = path.join(tmp, 'ws');
  for (const d of ['ws', 'claude', 'codex']) fs.mkdirSync(path.join(tmp, d));
  const template = path.join(root, 'test/exthost/workspace');
  if (fs.existsSync(template)) fs.cpSync(template, workspace, { recursive: true });
  try {
    console.log(`VS Code ${version}`);
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'ud')],
      extensionTestsEnv: {
        VIGIL_EXTTEST: '1',
        CLAUDE_CONFIG_DIR: path.join(tmp, 'claude'),
        CODEX_HOME: path.join(tmp, 'codex'),
        ...(fs.existsSync(fixtures) ? { VIGIL_FIXTURES: fixtures } : {}),
      },
    });
  } catch (err) {
    console.error(`VS Code ${version}: tests failed: ${err instanceof Error ? err.message : String(err)}`);
    failed++;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
