import type { VigilEvent } from '../../../src/core/model/events';
import { CATEGORIES, type Category } from '../../../src/core/model/taxonomy';
import { eventUnits, type Unit } from './eventFeatures';

/*
 * Experiment, kept outside src/ (not shipped): learned text monitor trained and validated by test/eval/learned/trainLearnedMonitor.ts. It is not
 * registered in the analyzer: on the author-held-out folds it did not add enough recall over the rules.
 */

/**
 * Weights of the learned text monitor as `test/eval/learned/trainLearnedMonitor.ts` writes them: a multinomial
 * logistic regression over binary word/bigram features (class 0 = clean, then one class per category).
 */
export interface LearnedModel {
  version: 1;
  classes: readonly string[];
  bias: readonly number[];
  features: readonly string[];
  /** One row per feature, one weight per class. */
  weights: readonly (readonly number[])[];
  /** Probability a category must reach before a finding is raised. */
  threshold: number;
}

export interface LearnedHit {
  category: Category;
  probability: number;
  unit: Unit;
  /** The features that pushed the category most, best first. */
  top: string[];
}

export interface LearnedScorer {
  /** Adds one event's features; returns a hit the first time a category clears the threshold. */
  push(event: VigilEvent): LearnedHit[];
  /** Current class probabilities (class order of the model). */
  probabilities(): number[];
}

interface Compiled {
  model: LearnedModel;
  index: Map<string, readonly number[]>;
  categoryOf: (Category | undefined)[];
}

const compiledCache = new WeakMap<LearnedModel, Compiled>();

function compile(model: LearnedModel): Compiled {
  const cached = compiledCache.get(model);
  if (cached) return cached;
  const index = new Map<string, readonly number[]>();
  model.features.forEach((f, i) => {
    const row = model.weights[i];
    if (row) index.set(f, row);
  });
  const categoryOf = model.classes.map((c) => (CATEGORIES as readonly string[]).includes(c) ? (c as Category) : undefined);
  const out = { model, index, categoryOf };
  compiledCache.set(model, out);
  return out;
}

function softmax(scores: Float64Array): number[] {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  const out = Array.from(scores, (s) => {
    const e = Math.exp(s - max);
    sum += e;
    return e;
  });
  return out.map((e) => e / sum);
}

/** How much a unit's known features favour class `c` over clean (class 0). */
function unitLean(unit: Unit, c: number, index: Map<string, readonly number[]>): number {
  let s = 0;
  const seen = new Set<string>();
  for (const f of unit.features) {
    const row = index.get(f);
    if (!row || seen.has(f)) continue;
    seen.add(f);
    s += (row[c] ?? 0) - (row[0] ?? 0);
  }
  return s;
}

export interface ScorerOptions {
  threshold?: number;
  /** Start a new bag at every user prompt (default true): long sessions do not pile up features. */
  perTurn?: boolean;
}

/** Incremental scorer over one session: the bag of features of the current user turn. */
export function createLearnedScorer(model: LearnedModel, opts: ScorerOptions = {}): LearnedScorer {
  const threshold = opts.threshold ?? model.threshold;
  const perTurn = opts.perTurn !== false;
  const { index, categoryOf } = compile(model);
  const k = model.classes.length;
  let seen = new Set<string>();
  let scores = Float64Array.from(model.bias);
  let raised = new Set<number>();

  function reset(): void {
    seen = new Set<string>();
    scores = Float64Array.from(model.bias);
    raised = new Set<number>();
  }

  function topFeatures(c: number): string[] {
    const list: [string, number][] = [];
    for (const f of seen) {
      const row = index.get(f);
      if (!row) continue;
      const lean = (row[c] ?? 0) - (row[0] ?? 0);
      if (lean > 0) list.push([f, lean]);
    }
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return list.slice(0, 5).map(([f]) => f);
  }

  return {
    push(event: VigilEvent): LearnedHit[] {
      if (event.kind === 'user_prompt' && perTurn) reset();
      const units = eventUnits(event);
      if (units.length === 0) return [];
      for (const u of units) {
        for (const f of u.features) {
          if (seen.has(f)) continue;
          const row = index.get(f);
          if (!row) continue;
          seen.add(f);
          for (let c = 0; c < k; c++) scores[c]! += row[c] ?? 0;
        }
      }
      const flaggable = units.filter((u) => u.flaggable);
      if (flaggable.length === 0) return [];
      const p = softmax(scores);
      let best = -1;
      for (let c = 1; c < k; c++) if (categoryOf[c] && !raised.has(c) && p[c]! >= threshold && (best < 0 || p[c]! > p[best]!)) best = c;
      if (best < 0) return [];
      raised.add(best);
      let unit = flaggable[0]!;
      let lean = -Infinity;
      for (const u of flaggable) {
        const l = unitLean(u, best, index);
        if (l > lean) {
          lean = l;
          unit = u;
        }
      }
      return [{ category: categoryOf[best]!, probability: p[best]!, unit, top: topFeatures(best) }];
    },
    probabilities: () => softmax(scores),
  };
}
