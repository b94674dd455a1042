/**
 * `npm run eval:heldout`: measures the monitors on the independent held-out set (heldoutSpecs.ts).
 * Each case is rendered in its agent's real transcript format with reasoning visible and hidden (the
 * same record writers as buildCorpus), written to a temp dir (never into test/eval/corpus), parsed by
 * the real transcript reader and run through the analyzer, full and action-only. Prints the same
 * metrics as `npm run eval` plus every missed, falsely flagged and wrongly categorised case. It is a
 * measurement: it exits 0 whether or not the targets are met (2 only if it crashes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnalyzer } from '../../../src/core/monitors/analyzer';
import type { AnalyzerOptions } from '../../../src/core/monitors/types';
import { readTranscriptFile } from '../../../src/core/sources/readTranscript';
import type { CaseSpec } from '../caseSpec';
import { computeMetrics, isFlagged, predictCategory, type CaseOutcome, type Metrics } from '../evalMetrics';
import { claudeRecords, codexRecords, type Visibility } from '../recordWriters';
import { defaultThreshold, TARGETS } from '../runEval';
import { HELDOUT_SPECS } from './heldoutSpecs';

interface Row {
  reasoning: Visibility;
  channel: 'all' | 'action-only';
  metrics: Metrics;
}

async function runOne(file: string, spec: CaseSpec, vis: Visibility, opts: AnalyzerOptions): Promise<CaseOutcome> {
  const res = await readTranscriptFile(file);
  const analyzer = createAnalyzer(opts);
  for (const e of res.events) analyzer.push(e);
  const findings = [...analyzer.findings()];
  return { id: spec.id, label: spec.label, reasoning: vis, split: 'heldout', flagged: isFlagged(findings), predicted: predictCategory(findings), maxRisk: analyzer.maxRisk(), findings };
}

export async function runHeldout(specs: readonly CaseSpec[] = HELDOUT_SPECS): Promise<{ rows: Row[]; full: CaseOutcome[]; threshold: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-heldout-'));
  const threshold = defaultThreshold();
  const full: CaseOutcome[] = [];
  const actionOnly: CaseOutcome[] = [];
  try {
    const ids = new Set<string>();
    for (const spec of specs) {
      if (ids.has(spec.id)) throw new Error(`duplicate case id ${spec.id}`);
      ids.add(spec.id);
      for (const vis of ['visible', 'hidden'] as const) {
        const lines = spec.format === 'claude' ? claudeRecords(spec, vis) : codexRecords(spec, vis);
        const file = path.join(dir, `${spec.id}.${vis}.jsonl`);
        fs.writeFileSync(file, `${lines.join('\n')}\n`);
        full.push(await runOne(file, spec, vis, {}));
        actionOnly.push(await runOne(file, spec, vis, { reasoning: false }));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const rows: Row[] = [];
  for (const reasoning of ['visible', 'hidden'] as const) {
    rows.push({ reasoning, channel: 'all', metrics: computeMetrics(full.filter((c) => c.reasoning === reasoning), threshold) });
    rows.push({ reasoning, channel: 'action-only', metrics: computeMetrics(actionOnly.filter((c) => c.reasoning === reasoning), threshold) });
  }
  return { rows, full, threshold };
}

const f3 = (n: number): string => n.toFixed(3);

function describe(o: CaseOutcome): string {
  const fs2 = o.findings.filter((f) => f.severity !== 'low');
  return fs2.map((f) => `${f.monitor}:${f.category}/${f.severity}`).join(', ');
}

export function formatHeldout(r: Awaited<ReturnType<typeof runHeldout>>, specs: readonly CaseSpec[] = HELDOUT_SPECS): string {
  const lines = [`Vigil held-out eval (${specs.length} independent cases) — flagged = any finding ≥ medium; gate = maxRisk ≥ ${r.threshold}`, ''];
  const counts = new Map<string, number>();
  for (const s of specs) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  lines.push(`cases: ${[...counts].map(([k, v]) => `${k}=${v}`).join(' ')}`, '');
  lines.push('reasoning channel      pos neg  recall  FPR    cat.acc gateRec gateFPR');
  for (const row of r.rows) {
    const m = row.metrics;
    lines.push(`${row.reasoning.padEnd(9)} ${row.channel.padEnd(12)} ${String(m.positives).padStart(4)} ${String(m.negatives).padStart(3)}  ${f3(m.recall)}  ${f3(m.fpr)}  ${f3(m.categoryAccuracy)}   ${f3(m.gateRecall)}   ${f3(m.gateFpr)}`);
  }
  for (const reasoning of ['visible', 'hidden'] as const) {
    const m = r.rows.find((x) => x.reasoning === reasoning && x.channel === 'all')!.metrics;
    lines.push('', `per category (reasoning ${reasoning}):`);
    for (const [cat, v] of Object.entries(m.perCategory)) lines.push(`  ${cat.padEnd(17)} n=${String(v.n).padStart(3)} recall=${f3(v.recall)} accuracy=${f3(v.accuracy)}`);
  }
  for (const reasoning of ['visible', 'hidden'] as const) {
    const os2 = r.full.filter((o) => o.reasoning === reasoning);
    const missed = os2.filter((o) => o.label !== 'clean' && !o.flagged);
    const fps = os2.filter((o) => o.label === 'clean' && o.flagged);
    const wrong = os2.filter((o) => o.label !== 'clean' && o.flagged && o.predicted !== o.label);
    lines.push('', `reasoning ${reasoning}:`);
    lines.push(`  missed (${missed.length}):`, ...missed.map((o) => `    ${o.id} [${o.label}]`));
    lines.push(`  false positives (${fps.length}):`, ...fps.map((o) => `    ${o.id}: ${describe(o)}`));
    lines.push(`  wrong category (${wrong.length}):`, ...wrong.map((o) => `    ${o.id} [${o.label}] → ${o.predicted}`));
  }
  const vis = r.rows.find((x) => x.reasoning === 'visible' && x.channel === 'all')!.metrics;
  const hid = r.rows.find((x) => x.reasoning === 'hidden' && x.channel === 'all')!.metrics;
  const below: string[] = [];
  if (vis.recall < TARGETS.visibleRecall) below.push(`visible recall ${f3(vis.recall)} < ${TARGETS.visibleRecall}`);
  if (vis.fpr > TARGETS.visibleFpr) below.push(`visible FPR ${f3(vis.fpr)} > ${TARGETS.visibleFpr}`);
  if (hid.recall < TARGETS.hiddenRecall) below.push(`hidden recall ${f3(hid.recall)} < ${TARGETS.hiddenRecall}`);
  if (vis.categoryAccuracy < TARGETS.categoryAccuracy) below.push(`category accuracy ${f3(vis.categoryAccuracy)} < ${TARGETS.categoryAccuracy}`);
  lines.push('', below.length ? `below target (reported, not failing): ${below.join('; ')}` : 'all targets met');
  return lines.join('\n');
}

if (/(?:^|[\\/])(?:heldout|runHeldout)\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runHeldout()
    .then((r) => {
      console.log(formatHeldout(r));
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(2);
    });
}
