// Writes package.json `contributes.configuration` from src/core/config/settingsSchema.ts (settings declared once).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-gen-')), 'settings.cjs');
await esbuild.build({ entryPoints: ['src/core/config/settingsSchema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { SETTINGS } = await import(out);

const properties = {};
for (const [key, def] of Object.entries(SETTINGS)) {
  const json = z.toJSONSchema(def.schema, { io: 'input', unrepresentable: 'any' });
  delete json.$schema;
  properties[`vigil.${key}`] = { ...json, default: def.schema.parse(undefined), description: def.description, ...(def.scope ? { scope: def.scope } : {}) };
}
const pkgPath = 'package.json';
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
pkg.contributes ??= {};
pkg.contributes.configuration = { title: 'Vigil', properties };
const next = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (fs.readFileSync(pkgPath, 'utf8') !== next) { console.error('package.json configuration is stale: run npm run gen:manifest'); process.exit(1); }
} else {
  fs.writeFileSync(pkgPath, next);
  console.log(`wrote ${Object.keys(properties).length} settings to package.json`);
}
