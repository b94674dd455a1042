// Packages Vigil into a .vsix WITHOUT touching the working tree's dist/: the production bundles are built
// into a temp staging folder (package.json, README, licences, media, schemas copied; src and
// node_modules linked) and vsce packs that folder. Used by the demo so a running test elsewhere in the
// tree never sees its dist/ swapped. (`npm run package` is the release path: checks + build + vsce in place.)
//   node scripts/packageVsix.mjs [out.vsix]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packageVsix(outFile) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-vsix-'));
  try {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md', '.vscodeignore', 'esbuild.mjs', 'tsconfig.json']) {
      if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
    }
    for (const d of ['media', 'schemas']) if (fs.existsSync(path.join(ROOT, d))) fs.cpSync(path.join(ROOT, d), path.join(stage, d), { recursive: true });
    for (const d of ['src', 'node_modules']) fs.symlinkSync(path.join(ROOT, d), path.join(stage, d));
    const run = (cmd, args) => {
      const r = spawnSync(cmd, args, { cwd: stage, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
    };
    run(process.execPath, ['esbuild.mjs', '--production']);
    run(path.join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', path.resolve(outFile)]);
    return path.resolve(outFile);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = packageVsix(process.argv[2] ?? 'vigil.vsix');
  console.log(`packaged ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} kB)`);
}
