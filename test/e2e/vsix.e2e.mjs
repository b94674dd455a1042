// The shipped artefact: `npm run package` gives a .vsix that installs into the real VS Code build
// (`code-server --install-extension`) and shows the Vigil panel. VIGIL_VSIX=<file> skips packaging.
// Under `npm test` (VIGIL_PACKAGE_CHECKED=1: check-types and lint already passed) only the production
// build + vsce run, staged outside dist/ (scripts/packageVsix.mjs); standalone, `npm run package` runs and
// dist/ is rebuilt in dev mode afterwards.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2e, ROOT, PANEL_MARKER, openVigilPanel, webviewFrame, screenshot } from './harness.mjs';
import { packageVsix } from '../../scripts/packageVsix.mjs';

const CHECKED = process.env.VIGIL_PACKAGE_CHECKED === '1';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

await e2e('vsix', async (t) => {
  let vsix = process.env.VIGIL_VSIX;
  try {
    if (!vsix) {
      await t.test('npm run package produces vigil.vsix', async () => {
        vsix = path.join(ROOT, 'vigil.vsix');
        fs.rmSync(vsix, { force: true });
        if (CHECKED) {
          packageVsix(vsix); // the same production build + vsce, staged outside dist/
        } else {
          run('npm', ['run', '--silent', 'package']);
        }
        const zip = fs.readFileSync(vsix);
        assert.equal(zip.subarray(0, 2).toString(), 'PK');
        for (const f of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/webview.js', 'extension/dist/hook.js']) {
          assert.ok(zip.includes(f), `${f} missing from the vsix`); // zip entry names are stored uncompressed
        }
        assert.ok(!zip.includes('extension/node_modules/'), 'devDependencies leaked into the vsix');
        console.log(`    vigil.vsix: ${(zip.length / 1024).toFixed(0)} kB`);
      });
    }
    if (!vsix || !fs.existsSync(vsix)) throw new Error('no vsix to install');

    const v = await t.launchVigil({ mode: 'vsix', vsix });
    await t.test('the installed extension adds the Vigil activity-bar container', async () => {
      await openVigilPanel(v.page);
    });
    await t.test('the Reasoning view resolves its webview (the extension activated)', async () => {
      await v.page.locator('.sidebar').getByText(/reasoning/i).first().waitFor({ timeout: 30_000 }); // view header or "Vigil: Reasoning" title
      const panel = await webviewFrame(v.page, PANEL_MARKER); // the panel script ran and set data-ready
      // every stylesheet the page links made it into the vsix (a missing file leaves link.sheet null)
      const sheets = await panel.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => ({ href: l.getAttribute('href'), ok: !!l.sheet })));
      const missing = sheets.filter((s) => !s.ok).map((s) => s.href);
      assert.deepEqual(missing, [], `stylesheets not loaded (missing from the vsix?): ${missing.join(', ')}`);
      console.log(`    screenshot: ${await screenshot(v.page, 'vsix-panel')}`);
    });
  } finally {
    if (!process.env.VIGIL_VSIX && !CHECKED) run(process.execPath, ['esbuild.mjs']); // npm run package left a production dist/
  }
});
