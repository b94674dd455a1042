// Builds every bundle Vigil ships or runs. Type-check (`npm run check-types`) and lint (`npm run lint`)
// are separate steps that run before this one in `npm run package` and `npm test`.
import * as esbuild from 'esbuild';
import { globSync } from 'glob';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };
// mainFields: jsonc-parser's `main` is a UMD build whose lazy require('./impl/…') esbuild cannot follow; use its ESM build.
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };

const builds = [
  // The extension host bundle: vscode is provided by the host.
  { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The sidebar webview (browser): no Node, no vscode.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { webview: 'src/webview/main.ts' }, outdir: 'dist' },
  // The CLI and the hook shim run in plain Node. The shim has no dependencies so it starts fast.
  { ...node, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: { hook: 'src/shim/hookShim.ts' }, outdir: 'dist', minify: true, sourcemap: false, banner: { js: '#!/usr/bin/env node' } },
];

if (!production) {
  // Dev-only entry points: evaluation, benchmarks and the extension-host test suites.
  const devEntries = { eval: 'test/eval/runEval.ts', heldout: 'test/eval/heldout/runHeldout.ts', fresh2: 'test/eval/fresh2/runFresh2.ts', fresh3: 'test/eval/fresh3/runFresh3.ts', fresh4: 'test/eval/fresh4/runFresh4.ts', fresh5: 'test/eval/fresh5/runFresh5.ts', fresh6: 'test/eval/fresh6/runFresh6.ts', fresh7: 'test/eval/fresh7/runFresh7.ts', fresh8: 'test/eval/fresh8/runFresh8.ts', fresh9: 'test/eval/fresh9/runFresh9.ts', real: 'test/eval/realTranscripts.ts', bench: 'bench/bench.ts', parseBenchChild: 'bench/parseBenchChild.ts' };
  const present = Object.fromEntries(Object.entries(devEntries).filter(([, f]) => fs.existsSync(f)));
  builds.push({ ...node, entryPoints: present, outdir: 'dist', external: ['playwright-core'] });
  const suites = globSync('test/exthost/**/*.ts');
  if (suites.length) {
    builds.push({ ...node, entryPoints: suites, outbase: 'test/exthost', outdir: 'out/exthost', external: ['vscode', 'mocha'] });
  }
}

if (watch) {
  const ctxs = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(ctxs.map((c) => c.watch()));
  console.log('[esbuild] watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const f of ['dist/cli.js', 'dist/hook.js']) if (fs.existsSync(f)) fs.chmodSync(f, 0o755);
}
