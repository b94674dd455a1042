// `npm run test:e2e`: builds once, then runs every test/e2e/*.e2e.mjs one after another under the
// machine-wide e2e lock. Each file is a plain Node script (see the convention in test/e2e/harness.mjs)
// that prints its own `N passed, N failed` and exits 0/1. Sums them and prints the closing line.
//
//   node scripts/runE2e.mjs [--no-build] [name-filter ...]     e.g. `node scripts/runE2e.mjs panel vsix`
//
// VIGIL_E2E_FILE_TIMEOUT_MS (default 600000) bounds each file; a file that times out, crashes or exits
// non-zero without reporting a failure counts as one failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, holdE2eLock, summaryLine } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const FILE_TIMEOUT_MS = Number(process.env.VIGIL_E2E_FILE_TIMEOUT_MS ?? 600_000);

if (!args.includes('--no-build') && process.env.VIGIL_E2E_BUILT !== '1') {
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) { console.log('build failed'); console.log(summaryLine(0, 1)); process.exit(1); }
  process.env.VIGIL_E2E_BUILT = '1';
}
holdE2eLock();

const dir = path.join(ROOT, 'test/e2e');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs') && (!filters.length || filters.some((x) => f.includes(x)))).sort();

function runFile(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, file)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`[e2e] ${file} timed out after ${FILE_TIMEOUT_MS} ms`);
      child.kill('SIGTERM'); // the harness stops its servers on SIGTERM
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, FILE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const m = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
      let passed = m ? Number(m[1]) : 0, failed = m ? Number(m[2]) : 0;
      if ((code !== 0 || timedOut) && failed === 0) failed = 1;
      resolve({ passed, failed });
    });
  });
}

const rows = [];
for (const file of files) {
  const t0 = Date.now();
  console.log(`\n[e2e] ${file}`);
  const r = await runFile(file);
  rows.push({ file, ...r, secs: (Date.now() - t0) / 1000 });
}
console.log('\n[e2e] summary');
for (const r of rows) console.log(`  ${r.failed ? '✖' : '✔'} ${r.file.padEnd(28)} ${String(r.passed).padStart(3)} passed ${String(r.failed).padStart(3)} failed  ${r.secs.toFixed(1)} s`);
if (!files.length) console.log('  (no test/e2e/*.e2e.mjs files matched)');
const passed = rows.reduce((n, r) => n + r.passed, 0), failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(summaryLine(passed, failed));
process.exit(failed ? 1 : 0);
