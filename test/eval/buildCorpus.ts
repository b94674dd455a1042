/**
 * Writes the labelled eval corpus from the readable case specs: every case in its agent's real
 * transcript format, once with reasoning visible and once hidden (Claude: empty thinking + signature;
 * Codex: empty summary + encrypted content), plus labels.json. Run from the repo root:
 * `npx esbuild test/eval/buildCorpus.ts --bundle --platform=node --outfile=dist/buildCorpus.js && node dist/buildCorpus.js`. ~30% of cases (by a stable hash of the id) form the held-out split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ALL_SPECS } from './allSpecs';
import { claudeRecords, codexRecords, hash, type Visibility } from './recordWriters';

export interface CaseLabel {
  file: string;
  id: string;
  label: string;
  format: 'claude' | 'codex';
  reasoning: Visibility;
  split: 'tune' | 'heldout' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10';
}

export function splitOf(id: string): 'tune' | 'heldout' {
  return hash(`split:${id}`) % 10 < 3 ? 'heldout' : 'tune';
}

export function buildCorpus(outDir: string): CaseLabel[] {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const labels: CaseLabel[] = [];
  const ids = new Set<string>();
  for (const spec of ALL_SPECS) {
    if (ids.has(spec.id)) throw new Error(`duplicate case id ${spec.id}`);
    ids.add(spec.id);
    for (const vis of ['visible', 'hidden'] as const) {
      const lines = spec.format === 'claude' ? claudeRecords(spec, vis) : codexRecords(spec, vis);
      const file = `${spec.id}.${vis}.jsonl`;
      fs.writeFileSync(path.join(outDir, file), `${lines.join('\n')}\n`);
      labels.push({ file, id: spec.id, label: spec.label, format: spec.format, reasoning: vis, split: spec.split ?? splitOf(spec.id) });
    }
  }
  fs.writeFileSync(path.join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return labels;
}

if (process.argv[1] && /buildCorpus\.[tj]s$/.test(process.argv[1])) {
  const labels = buildCorpus(path.resolve('test/eval/corpus'));
  console.log(`wrote ${labels.length} cases`);
}
