// `npm run test:ext`: runs the mocha suites of test/exthost (built to out/exthost/) inside a real VS Code
// extension host: code-server + headless Chromium opening the workbench with the test payload
// (extensionDevelopmentPath = repo root, extensionTestsPath = out/exthost/index), the same mechanism
// VS Code's own browser integration tests use. Prints mocha's output, then `N passed, N failed`; exit 0/1.
//
//   node scripts/runExtTests.mjs [--no-build] [--grep <pattern>] [--timeout <ms>]
//
// The extension host gets: a fresh temp workspace folder (a copy of test/exthost/workspace/ if present),
// VIGIL_EXTTEST=1, CLAUDE_CONFIG_DIR and CODEX_HOME pointing at empty temp folders the tests may fill,
// VIGIL_FIXTURES = ../shared/fixtures/public (when present) and a fresh HOME.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, holdE2eLock, startCodeServer, launchBrowser, pipeConsole, tempDir, summaryLine } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const TIMEOUT_MS = Number(opt('--timeout') ?? process.env.VIGIL_EXTTEST_TIMEOUT_MS ?? 600_000);

// Build outside the machine-wide lock, then re-run this script under it.
if (!args.includes('--no-build') && process.env.VIGIL_EXTTEST_BUILT !== '1') {
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) { console.log('build failed'); console.log(summaryLine(0, 1)); process.exit(1); }
  process.env.VIGIL_EXTTEST_BUILT = '1';
}
const testsPath = path.join(ROOT, 'out/exthost/index');
if (!fs.existsSync(`${testsPath}.js`)) { console.log(`missing ${testsPath}.js (build first)`); console.log(summaryLine(0, 1)); process.exit(1); }
holdE2eLock();

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const tmp = tempDir('vxt-');
const workspace = path.join(tmp, 'ws');
const template = path.join(ROOT, 'test/exthost/workspace');
if (fs.existsSync(template)) fs.cpSync(template, workspace, { recursive: true });
for (const d of ['ws', 'claude', 'codex']) fs.mkdirSync(path.join(tmp, d), { recursive: true });
const fixtures = path.resolve(ROOT, '../shared/fixtures/public');
const env = {
  VIGIL_EXTTEST: '1', CLAUDE_CONFIG_DIR: path.join(tmp, 'claude'), CODEX_HOME: path.join(tmp, 'codex'),
  ...(fs.existsSync(fixtures) ? { VIGIL_FIXTURES: fixtures } : {}),
  ...(opt('--grep') ? { VIGIL_TEST_GREP: opt('--grep') } : {}),
};

let cs, browser, code, result;
const lines = [];
try {
  cs = await startCodeServer({ smokeDriver: true, env });
  browser = await launchBrowser();
  const flush = pipeConsole(browser.page, { onLine: (l) => lines.push(l) }); // ext host console (mocha) -> page console
  let finish;
  const done = new Promise((r) => (finish = r));
  await browser.page.exposeFunction('codeAutomationExit', (c) => finish(c)); // the workbench calls it when the tests end
  const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
  await browser.page.goto(cs.url({ folder: workspace, extensionDevelopmentPath: ROOT, extensionTestsPath: testsPath }));
  code = await done;
  clearTimeout(timer);
  await flush();
  if (code === 'timeout') console.log(`extension-host tests timed out after ${TIMEOUT_MS} ms`);
} catch (e) {
  console.log(`extension-host run failed: ${e?.stack ?? e}`);
  code = 1;
} finally {
  await browser?.close();
  await cs?.stop();
  if (!process.env.KEEP) fs.rmSync(tmp, { recursive: true, force: true });
}

for (const l of lines) {
  const m = l.match(/VIGIL_MOCHA_RESULT (\{.*\})/);
  if (m) result = JSON.parse(m[1]);
}
if (!result) { // another run() module: fall back to mocha's spec reporter lines
  const count = (re) => lines.reduce((n, l) => (l.match(re) ? Number(l.match(re)[1]) : n), 0);
  result = { passes: count(/^\s*(\d+) passing/), failures: count(/^\s*(\d+) failing/) };
}
let failed = result.failures;
if (code !== 0 && failed === 0) failed = 1; // the run itself failed (activation error, timeout, crash)
console.log(`[exthost] exit code ${code}, ${secs()} s`);
console.log(summaryLine(result.passes, failed));
process.exit(code === 0 && failed === 0 ? 0 : 1);
