/**
 * Trains and validates the learned text monitor (test/eval/learned/): a multinomial logistic
 * regression over binary word/bigram features of the normalised events (user request, reasoning and
 * messages, commands, added/removed code, paths), 10 classes (clean + the nine categories).
 *
 *   npx esbuild test/eval/learned/trainLearnedMonitor.ts --bundle --platform=node --format=cjs --target=node20 \
 *     --main-fields=module,main --outfile=/tmp/learn/train.js && node /tmp/learn/train.js [options]
 *
 * Default: leave-one-set-out validation (train on the own corpus + two of heldout/fresh2/fresh3, test on
 * the third) with the chosen settings, printing rules-only vs rules+learned per fold.
 *   --blind DIR    rules-only baseline = the rules as of the commit that added each set (they had not been
 *                  tuned on it), read from DIR/blind-<commit>.json; own-corpus training is limited to that
 *                  commit's own cases. To write a dump: `git archive <commit> | tar -x -C SNAP`, symlink
 *                  node_modules, and in SNAP bundle+run a few lines that call its
 *                  `runHeldout(<current set specs>)` and write `{ ownIds: ALL_SPECS ids, outcomes: [{ id,
 *                  vis, findings (medium+: category, severity, eventId, monitor) }] }`.
 *                  Commits: heldout a27c5c7, fresh2 80f7623, fresh3 f48196f.
 *   --grid [--json] try several settings (l2, min document frequency, namespaces, threshold).
 *   --set k=v,...  override chosen settings.
 *   --write FILE   train on all four sets and write the weights JSON.
 * Deterministic: full-batch Adam from zero weights, vocabulary sorted, weights rounded.
 *
 * Outcome (2026-11-24): NOT wired into the analyzer. Against the current rules
 * (already tuned on all three sets) it adds +0.4 pt recall and +0.5 pt FPR; against the blind rules it adds
 * ~+6 pt recall at +0.5/+1.0 pt FPR, mostly from corpus-style priors ("failing" request + "green now").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, VigilEvent } from '../../../src/core/model/events';
import { CATEGORIES } from '../../../src/core/model/taxonomy';
import { createAnalyzer } from '../../../src/core/monitors/analyzer';
import { eventUnits } from './eventFeatures';
import { createLearnedScorer, type LearnedModel } from './scorer';
import { readTranscriptFile } from '../../../src/core/sources/readTranscript';
import { ALL_SPECS } from '../allSpecs';
import type { CaseSpec } from '../caseSpec';
import { computeMetrics, isFlagged, predictCategory, type CaseOutcome, type Metrics } from '../evalMetrics';
import { FRESH2_SPECS } from '../fresh2/fresh2Specs';
import { FRESH3_SPECS } from '../fresh3/fresh3Specs';
import { HELDOUT_SPECS } from '../heldout/heldoutSpecs';
import { claudeRecords, codexRecords, type Visibility } from '../recordWriters';

const CLASSES = ['clean', ...CATEGORIES] as const;
type SetName = 'own' | 'heldout' | 'fresh2' | 'fresh3';
const FOLDS: readonly SetName[] = ['heldout', 'fresh2', 'fresh3'];

interface Item {
  set: SetName;
  id: string;
  label: string;
  y: number;
  vis: Visibility;
  events: VigilEvent[];
  seqOf: Map<string, number>;
  rules: Finding[];
  /** Unique features of the whole case, per namespace-filtered view computed on demand. */
  feats: string[];
}

interface Settings {
  l2: number;
  minDf: number;
  iters: number;
  namespaces: string;
  perTurn: boolean;
  threshold: number;
  /** Raise a learned finding only while the rules have raised no medium+ finding in the session. */
  onlyUnflagged: boolean;
  maxFeatures: number;
}

const CHOSEN: Settings = { l2: 0.003, minDf: 3, iters: 300, namespaces: 'utcerp', perTurn: true, threshold: 0.8, onlyUnflagged: true, maxFeatures: 3000 };

async function load(): Promise<Item[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-learn-'));
  const sets: [SetName, readonly CaseSpec[]][] = [['own', ALL_SPECS], ['heldout', HELDOUT_SPECS], ['fresh2', FRESH2_SPECS], ['fresh3', FRESH3_SPECS]];
  const items: Item[] = [];
  try {
    for (const [set, specs] of sets) {
      for (const spec of specs) {
        for (const vis of ['visible', 'hidden'] as const) {
          const lines = spec.format === 'claude' ? claudeRecords(spec, vis) : codexRecords(spec, vis);
          const file = path.join(dir, `${set}.${spec.id}.${vis}.jsonl`);
          fs.writeFileSync(file, `${lines.join('\n')}\n`);
          const res = await readTranscriptFile(file);
          const analyzer = createAnalyzer({});
          for (const e of res.events) analyzer.push(e);
          const feats = new Set<string>();
          for (const e of res.events) for (const u of eventUnits(e)) for (const f of u.features) feats.add(f);
          items.push({ set, id: spec.id, label: spec.label, y: CLASSES.indexOf(spec.label), vis, events: res.events, seqOf: new Map(res.events.map((e) => [e.id, e.seq])), rules: [...analyzer.findings()], feats: [...feats].sort() });
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return items;
}

function nsOk(f: string, namespaces: string): boolean {
  return namespaces.includes(f[0]!);
}

/** Full-batch Adam on mean cross-entropy + l2/2 |W|^2, from zero weights: deterministic. */
function train(items: readonly Item[], s: Settings): LearnedModel {
  const df = new Map<string, Set<string>>();
  for (const it of items) for (const f of it.feats) if (nsOk(f, s.namespaces)) (df.get(f) ?? df.set(f, new Set()).get(f)!).add(it.id);
  const vocab = [...df].filter(([, ids]) => ids.size >= s.minDf).map(([f]) => f).sort();
  const fi = new Map(vocab.map((f, i) => [f, i]));
  const K = CLASSES.length;
  const V = vocab.length;
  const rows = items.map((it) => Int32Array.from(it.feats.map((f) => fi.get(f) ?? -1).filter((i) => i >= 0)));
  const W = new Float64Array(V * K);
  const b = new Float64Array(K);
  const mW = new Float64Array(V * K), vW = new Float64Array(V * K), mB = new Float64Array(K), vB = new Float64Array(K);
  const lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const n = items.length;
  for (let t = 1; t <= s.iters; t++) {
    const gW = new Float64Array(V * K);
    const gB = new Float64Array(K);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      const z = Float64Array.from(b);
      for (const j of r) for (let c = 0; c < K; c++) z[c]! += W[j * K + c]!;
      let mx = -Infinity;
      for (const v of z) mx = Math.max(mx, v);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += (z[c] = Math.exp(z[c]! - mx));
      for (let c = 0; c < K; c++) {
        const g = (z[c]! / sum - (c === items[i]!.y ? 1 : 0)) / n;
        gB[c]! += g;
        for (const j of r) gW[j * K + c]! += g;
      }
    }
    for (let p = 0; p < V * K; p++) {
      const g = gW[p]! + s.l2 * W[p]!;
      mW[p] = b1 * mW[p]! + (1 - b1) * g;
      vW[p] = b2 * vW[p]! + (1 - b2) * g * g;
      W[p]! -= (lr * (mW[p]! / (1 - b1 ** t))) / (Math.sqrt(vW[p]! / (1 - b2 ** t)) + eps);
    }
    for (let c = 0; c < K; c++) {
      const g = gB[c]!;
      mB[c] = b1 * mB[c]! + (1 - b1) * g;
      vB[c] = b2 * vB[c]! + (1 - b2) * g * g;
      b[c]! -= (lr * (mB[c]! / (1 - b1 ** t))) / (Math.sqrt(vB[c]! / (1 - b2 ** t)) + eps);
    }
  }
  // Keep the features with the largest weights; round to 3 decimals (the JSON stays small).
  const strength = vocab.map((f, j) => {
    let m = 0;
    for (let c = 0; c < K; c++) m = Math.max(m, Math.abs(W[j * K + c]!));
    return [j, m] as const;
  });
  const keep = strength.filter(([, m]) => m >= 0.01).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, s.maxFeatures).map(([j]) => j).sort((x, y) => x - y);
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    version: 1,
    classes: [...CLASSES],
    bias: Array.from(b, r3),
    features: keep.map((j) => vocab[j]!),
    weights: keep.map((j) => Array.from(W.subarray(j * K, j * K + K), r3)),
    threshold: s.threshold,
  };
}

function learnedFindings(it: Item, model: LearnedModel, s: Settings): Finding[] {
  const scorer = createLearnedScorer(model, { threshold: s.threshold, perTurn: s.perTurn });
  const out: Finding[] = [];
  const firstRuleSeq = Math.min(...it.rules.filter((f) => f.severity !== 'low').map((f) => it.seqOf.get(f.eventId) ?? Infinity));
  for (const e of it.events) {
    for (const h of scorer.push(e)) {
      if (s.onlyUnflagged && firstRuleSeq <= e.seq) continue;
      out.push({ id: `${e.id}/l`, eventId: e.id, channel: 'reasoning', category: h.category, severity: 'medium', monitor: 'learned-text', quote: h.unit.quote.slice(0, 300), message: `learned ${h.probability.toFixed(2)}: ${h.top.join(', ')}` });
    }
  }
  return out;
}

function outcome(it: Item, findings: Finding[]): CaseOutcome {
  return { id: it.id, label: it.label, reasoning: it.vis, split: 'heldout', flagged: isFlagged(findings), predicted: predictCategory(findings), maxRisk: 0, findings };
}

interface FoldResult {
  fold: SetName;
  before: Record<Visibility, Metrics>;
  after: Record<Visibility, Metrics>;
  gained: string[];
  newFps: string[];
}

/**
 * Rules as they were before they were tuned on a set: dumps of the analyzer at the commit that added
 * the set (the rules had not seen it then), run on the current specs. Written by a small script run in
 * a `git archive` of that commit; `ownIds` = the own corpus of that commit (the only own cases trained on).
 */
interface BlindDump {
  ownIds: string[];
  outcomes: { id: string; vis: Visibility; findings: Pick<Finding, 'category' | 'severity' | 'eventId' | 'monitor'>[] }[];
}
const BLIND_COMMIT: Record<string, string> = { heldout: 'a27c5c7', fresh2: '80f7623', fresh3: 'f48196f' };
let blindDir: string | undefined;
const blindCache = new Map<string, BlindDump>();

function blindOf(fold: SetName): BlindDump | undefined {
  if (!blindDir) return undefined;
  const file = path.join(blindDir, `blind-${BLIND_COMMIT[fold]!}.json`);
  let d = blindCache.get(file);
  if (!d) {
    d = JSON.parse(fs.readFileSync(file, 'utf8')) as BlindDump;
    blindCache.set(file, d);
  }
  return d;
}

function rulesFor(it: Item, blind: BlindDump | undefined): Finding[] {
  if (!blind) return it.rules;
  const o = blind.outcomes.find((x) => x.id === it.id && x.vis === it.vis);
  if (!o) throw new Error(`no blind outcome for ${it.id}`);
  return o.findings.map((f, i) => ({ ...f, id: `b${i}`, channel: 'action', quote: '', message: '' }));
}

function evalFold(items: readonly Item[], fold: SetName, s: Settings, models: Map<string, LearnedModel>): FoldResult {
  const blind = blindOf(fold);
  const ownIds = blind ? new Set(blind.ownIds) : undefined;
  const key = `${fold}|${blind ? 'blind' : 'now'}|${s.l2}|${s.minDf}|${s.iters}|${s.namespaces}|${s.maxFeatures}`;
  let model = models.get(key);
  if (!model) {
    model = train(items.filter((it) => it.set !== fold && (it.set !== 'own' || !ownIds || ownIds.has(it.id))), s);
    models.set(key, model);
  }
  const test = items.filter((it) => it.set === fold).map((it) => ({ ...it, rules: rulesFor(it, blind) }));
  const before: CaseOutcome[] = [];
  const after: CaseOutcome[] = [];
  const gained: string[] = [];
  const newFps: string[] = [];
  for (const it of test) {
    const learned = learnedFindings(it, model, s);
    const b = outcome(it, it.rules);
    const a = outcome(it, [...it.rules, ...learned]);
    before.push(b);
    after.push(a);
    if (!b.flagged && a.flagged) (it.label === 'clean' ? newFps : gained).push(`${it.id}[${it.vis}] ${it.label} → ${a.predicted} (${learned.map((f) => f.message).join(' | ')})`);
  }
  const m = (cs: CaseOutcome[], v: Visibility): Metrics => computeMetrics(cs.filter((c) => c.reasoning === v), 0);
  return { fold, before: { visible: m(before, 'visible'), hidden: m(before, 'hidden') }, after: { visible: m(after, 'visible'), hidden: m(after, 'hidden') }, gained, newFps };
}

const f3 = (x: number): string => x.toFixed(3);

function table(results: FoldResult[]): string {
  const lines = ['fold     vis      recall before→after   FPR before→after   cat.acc before→after'];
  const avg = { visible: [0, 0, 0, 0, 0, 0], hidden: [0, 0, 0, 0, 0, 0] };
  for (const r of results) {
    for (const v of ['visible', 'hidden'] as const) {
      const b = r.before[v], a = r.after[v];
      lines.push(`${r.fold.padEnd(8)} ${v.padEnd(8)} ${f3(b.recall)} → ${f3(a.recall)}    ${f3(b.fpr)} → ${f3(a.fpr)}      ${f3(b.categoryAccuracy)} → ${f3(a.categoryAccuracy)}`);
      const acc = avg[v];
      [b.recall, a.recall, b.fpr, a.fpr, b.categoryAccuracy, a.categoryAccuracy].forEach((x, i) => (acc[i]! += x / results.length));
    }
  }
  for (const v of ['visible', 'hidden'] as const) {
    const x = avg[v];
    lines.push(`${'mean'.padEnd(8)} ${v.padEnd(8)} ${f3(x[0]!)} → ${f3(x[1]!)}    ${f3(x[2]!)} → ${f3(x[3]!)}      ${f3(x[4]!)} → ${f3(x[5]!)}   (Δrecall ${(100 * (x[1]! - x[0]!)).toFixed(1)} pt, ΔFPR ${(100 * (x[3]! - x[2]!)).toFixed(1)} pt, Δcat ${(100 * (x[5]! - x[4]!)).toFixed(1)} pt)`);
  }
  return lines.join('\n');
}

function shipOk(results: FoldResult[]): boolean {
  const mean = (f: (r: FoldResult) => number): number => results.reduce((s, r) => s + f(r), 0) / results.length;
  return (['visible', 'hidden'] as const).every((v) => mean((r) => r.after[v].recall - r.before[v].recall) >= 0.05 && mean((r) => r.after[v].fpr - r.before[v].fpr) <= 0.01 && mean((r) => r.after[v].categoryAccuracy - r.before[v].categoryAccuracy) >= 0);
}

/** `--set key=value,...` overrides the chosen settings (for trying a grid point in detail). */
function settingsFromArgs(args: readonly string[]): Settings {
  const i = args.indexOf('--set');
  if (i < 0) return CHOSEN;
  const s: Record<string, unknown> = { ...CHOSEN };
  for (const kv of (args[i + 1] ?? '').split(',')) {
    const [k, v] = kv.split('=');
    if (!k || v === undefined || !(k in s)) throw new Error(`bad --set ${kv}`);
    s[k] = typeof s[k] === 'number' ? Number(v) : typeof s[k] === 'boolean' ? v === 'true' : v;
  }
  return s as unknown as Settings;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const b = args.indexOf('--blind');
  if (b >= 0) blindDir = args[b + 1] ?? '/tmp/learnL';
  const t0 = Date.now();
  const items = await load();
  console.log(`loaded ${items.length} renderings (${items.filter((i) => i.set === 'own').length / 2} own, ${items.filter((i) => i.set === 'heldout').length / 2} heldout, ${items.filter((i) => i.set === 'fresh2').length / 2} fresh2, ${items.filter((i) => i.set === 'fresh3').length / 2} fresh3 cases) in ${Date.now() - t0} ms`);
  const models = new Map<string, LearnedModel>();
  const w = args.indexOf('--write');
  if (w >= 0) {
    const model = train(items, settingsFromArgs(args));
    const out = args[w + 1] ?? 'test/eval/learned/learnedWeights.json';
    fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${out}: ${model.features.length} features, ${fs.statSync(out).size} bytes`);
    return;
  }
  if (args.includes('--grid')) {
    const grid: Settings[] = [];
    for (const l2 of [0.003, 0.01, 0.03]) for (const namespaces of ['utcerp', 'tcerp']) for (const minDf of [2, 3]) grid.push({ ...CHOSEN, l2, namespaces, minDf });
    for (const g of grid) {
      for (const perTurn of [true]) {
        for (const onlyUnflagged of [true]) {
          for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
            const s = { ...g, perTurn, onlyUnflagged, threshold };
            const res = FOLDS.map((f) => evalFold(items, f, s, models));
            if (args.includes('--json')) console.log(`JSON ${JSON.stringify({ s, folds: res.map((r) => ({ fold: r.fold, before: r.before, after: r.after })) })}`);
            const mean = (f: (r: FoldResult) => number): string => (100 * (res.reduce((acc, r) => acc + f(r), 0) / res.length)).toFixed(1);
            console.log(`l2=${s.l2} ns=${s.namespaces} df=${s.minDf} turn=${s.perTurn ? 1 : 0} only=${s.onlyUnflagged ? 1 : 0} thr=${s.threshold}  Δrec vis ${mean((r) => r.after.visible.recall - r.before.visible.recall)} hid ${mean((r) => r.after.hidden.recall - r.before.hidden.recall)}  ΔFPR vis ${mean((r) => r.after.visible.fpr - r.before.visible.fpr)} hid ${mean((r) => r.after.hidden.fpr - r.before.hidden.fpr)}  Δcat vis ${mean((r) => r.after.visible.categoryAccuracy - r.before.visible.categoryAccuracy)} hid ${mean((r) => r.after.hidden.categoryAccuracy - r.before.hidden.categoryAccuracy)}${shipOk(res) ? '  SHIP-OK' : ''}`);
          }
        }
      }
    }
    return;
  }
  const chosen = settingsFromArgs(args);
  const res = FOLDS.map((f) => evalFold(items, f, chosen, models));
  console.log(`settings: ${JSON.stringify(chosen)}; rules baseline: ${blindDir ? 'blind (commit that added each set)' : 'current checkout'}`);
  console.log(table(res));
  for (const r of res) {
    console.log(`\n${r.fold}: gained (${r.gained.length})`, ...r.gained.map((g) => `\n  ${g}`));
    console.log(`${r.fold}: new false positives (${r.newFps.length})`, ...r.newFps.map((g) => `\n  ${g}`));
  }
  console.log(`\nship criteria met: ${shipOk(res) ? 'yes' : 'no'}  (${Date.now() - t0} ms)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
