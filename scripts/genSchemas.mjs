// Writes the published JSON Schemas in schemas/ from the zod schemas in src/core (declared once).
// `node scripts/genSchemas.mjs --check` fails (exit 1) when a file in schemas/ is stale.
// To publish another schema, add a row to SCHEMAS: the source file, its exported zod schema, the output.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const SCHEMAS = [
  {
    file: 'src/core/sources/vigilJsonl/vigilJsonlFormat.ts',
    export: 'VigilJsonlLineSchema',
    out: 'schemas/vigil-events.schema.json',
    title: 'Vigil JSONL line',
    description: 'One line of a Vigil JSONL file: the header {"vigil":"events","version":1,"session":{…}} on line 1, then one event per line. See docs/vigil-jsonl.md.',
  },
  {
    file: 'src/core/report/reportSchema.ts',
    export: 'ReportSchema',
    out: 'schemas/report.schema.json',
    title: 'Vigil session report',
    description: 'A shareable Vigil session report (format 1): session, subagent sessions, events, findings, gate decisions, risks, stats, and what redaction replaced. Written by `vigil report --format json` and "Vigil: Export Session Report…".',
  },
  {
    file: 'src/core/rules/rulesSchema.ts',
    export: 'RulesDocumentSchema',
    out: 'schemas/rules.schema.json',
    title: 'Vigil team rules',
    description: 'Team rules in .vigil/rules.json: extra patterns (regex over reasoning, text, command, path or content), severity overrides for built-in monitors, protected path globs, and allow-lists. Loaded only in trusted workspaces.',
  },
];

const entry = SCHEMAS.map((row, i) => `export { ${row.export} as s${i} } from ${JSON.stringify('./' + row.file)};`).join('\n');
const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-schemas-')), 'schemas.cjs');
await esbuild.build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'schemas-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: outFile,
  logLevel: 'error',
});
const mod = await import(outFile);
const lib = mod.default ?? mod;

const check = process.argv.includes('--check');
let stale = 0;
for (const [i, row] of SCHEMAS.entries()) {
  const schema = lib[`s${i}`];
  if (!schema) throw new Error(`${row.file} has no export ${row.export}`);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const doc = { $schema: json.$schema, $id: `https://vigil.dev/${row.out}`, title: row.title, description: row.description, ...json };
  const text = JSON.stringify(doc, null, 2) + '\n';
  const current = fs.existsSync(row.out) ? fs.readFileSync(row.out, 'utf8') : undefined;
  if (check) {
    if (current !== text) {
      console.error(`${row.out} is stale: run npm run gen:schemas`);
      stale++;
    }
  } else if (current !== text) {
    fs.mkdirSync(path.dirname(row.out), { recursive: true });
    fs.writeFileSync(row.out, text);
    console.log(`wrote ${row.out}`);
  }
}
if (stale) process.exit(1);
