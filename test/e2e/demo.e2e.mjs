// Keeps `npm run demo` true: runs `scripts/demo.mjs --check` (package, install the vsix, replay the bundled
// session, verify the panel shows it, screenshot test-results/demo-check.png) and expects exit 0.
import { spawnSync } from 'node:child_process';
import { e2e, ROOT } from './harness.mjs';

await e2e('demo', async (t) => {
  await t.test('npm run demo -- --check replays the sample session into the panel', async () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs', '--check', '--no-open'], { cwd: ROOT, encoding: 'utf8', timeout: 400_000 });
    process.stdout.write(r.stdout.replace(/^/gm, '    '));
    if (r.status !== 0) throw new Error(`demo --check exited ${r.status ?? r.signal}\n${r.stderr}`);
  });
});
