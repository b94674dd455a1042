// `npm test`: every level, in order, with timings:
//   static  gen:manifest --check, README settings table, check-types, lint, build   (each counts as one check)
//   unit    vitest (plain Node)
//   exthost mocha suites in a real VS Code extension host (scripts/runExtTests.mjs)
//   e2e     Playwright against the real workbench (scripts/runE2e.mjs)
// Gets code-server + Node 24 + Chromium via scripts/setupVscodeTestEnv.sh (idempotent, cached), prints a
// summary table and ends with one line `N passed, N failed` summing all levels; exits 1 on any failure.
//   node scripts/test.mjs [--skip-exthost] [--skip-e2e]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, testToolEnv, summaryLine } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
const rows = [];
const t00 = Date.now();

/** Runs a command with its output streamed through; resolves { code, out }. */
function sh(cmd, argv, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('error', (e) => { out += String(e); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

async function step(level, name, fn) {
  console.log(`\n━━ ${level}: ${name}`);
  const t0 = Date.now();
  let r;
  try { r = await fn(); } catch (e) { console.log(String(e?.stack ?? e)); r = { passed: 0, failed: 1 }; }
  rows.push({ level, name, ...r, secs: (Date.now() - t0) / 1000 });
  return r;
}
const check = async (cmd, argv, env) => ((await sh(cmd, argv, env)).code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
/** Counts from the last `N passed, N failed` line; a non-zero exit with no counted failure is one failure. */
function counted({ code, out }) {
  const m = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  const passed = m ? Number(m[1]) : 0;
  let failed = m ? Number(m[2]) : 0;
  if (code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

await step('setup', 'code-server, Node 24, Chromium (scripts/setupVscodeTestEnv.sh)', async () => {
  const env = testToolEnv();
  console.log(`CODE_SERVER=${env.CODE_SERVER}\nNODE24_BIN=${env.NODE24_BIN}`);
  return { passed: 0, failed: 0, note: 'not counted' };
});

if (fs.existsSync(path.join(ROOT, 'scripts/genManifest.mjs'))) {
  await step('static', 'gen:manifest --check', () => check(process.execPath, ['scripts/genManifest.mjs', '--check']));
}
await step('static', 'README settings table (readmeSettings --check)', () => check(process.execPath, ['scripts/readmeSettings.mjs', '--check']));
await step('static', 'check-types (tsc)', () => check(bin('tsc'), ['-p', '.', '--noEmit']));
await step('static', 'lint (eslint)', () => check(bin('eslint'), ['src', 'test']));
const built = await step('static', 'build (esbuild)', () => check(process.execPath, ['esbuild.mjs']));

await step('unit', 'vitest', async () => {
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-vitest-')), 'results.json');
  const r = await sh(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  let passed = 0, failed = 0;
  if (fs.existsSync(json)) {
    const j = JSON.parse(fs.readFileSync(json, 'utf8'));
    passed = j.numPassedTests;
    failed = j.numFailedTests;
    // a test file that fails to load has no tests but fails the run
    failed += j.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
    fs.rmSync(path.dirname(json), { recursive: true, force: true });
  }
  if (r.code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
});

const builtOk = built.failed === 0;
if (!args.includes('--skip-exthost')) {
  await step('exthost', 'real extension host (code-server)', async () => (builtOk ? counted(await sh(process.execPath, ['scripts/runExtTests.mjs', '--no-build'])) : { passed: 0, failed: 1, note: 'build failed' }));
}
if (!args.includes('--skip-e2e')) {
  await step('e2e', 'workbench UI (code-server + Chromium)', async () => (builtOk
    ? counted(await sh(process.execPath, ['scripts/runE2e.mjs', '--no-build'], { VIGIL_PACKAGE_CHECKED: rows.filter((r) => r.level === 'static').every((r) => r.failed === 0) ? '1' : '0' }))
    : { passed: 0, failed: 1, note: 'build failed' }));
}

console.log('\n━━ summary');
for (const r of rows) {
  const status = r.note === 'not counted' ? '·' : r.failed ? '✖' : '✔';
  console.log(`${status} ${r.level.padEnd(8)} ${r.name.padEnd(52)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.secs.toFixed(1).padStart(7)} s${r.note && r.note !== 'not counted' ? `  (${r.note})` : ''}`);
}
const passed = rows.reduce((n, r) => n + r.passed, 0), failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(`total ${((Date.now() - t00) / 1000).toFixed(1)} s (static steps count as one check each)`);
console.log(summaryLine(passed, failed));
process.exit(failed ? 1 : 0);
