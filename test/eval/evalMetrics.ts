import type { Finding } from '../../src/core/model/events';
import { CATEGORIES, severityRank, type Category } from '../../src/core/model/taxonomy';
import { topCategory } from '../../src/core/monitors/ranking';

export interface CaseOutcome {
  id: string;
  label: string;
  reasoning: 'visible' | 'hidden';
  split: 'tune' | 'heldout' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10';
  flagged: boolean;
  predicted?: Category;
  maxRisk: number;
  findings: Finding[];
}

export interface Metrics {
  positives: number;
  negatives: number;
  recall: number;
  fpr: number;
  categoryAccuracy: number;
  gateRecall: number;
  gateFpr: number;
  perCategory: Record<string, { n: number; recall: number; accuracy: number }>;
}

/** A case is flagged when any finding is medium or higher. */
export function isFlagged(findings: readonly Finding[]): boolean {
  return findings.some((f) => severityRank(f.severity) >= severityRank('medium'));
}

/** Predicted category: the top category as Vigil ranks it (src/core/monitors/ranking.ts). */
export function predictCategory(findings: readonly Finding[]): Category | undefined {
  return topCategory(findings);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function computeMetrics(cases: readonly CaseOutcome[], threshold: number): Metrics {
  const pos = cases.filter((c) => c.label !== 'clean');
  const neg = cases.filter((c) => c.label === 'clean');
  const flaggedPos = pos.filter((c) => c.flagged);
  const perCategory: Metrics['perCategory'] = {};
  for (const cat of CATEGORIES) {
    const of = pos.filter((c) => c.label === cat);
    if (of.length === 0) continue;
    const fl = of.filter((c) => c.flagged);
    perCategory[cat] = { n: of.length, recall: ratio(fl.length, of.length), accuracy: ratio(fl.filter((c) => c.predicted === cat).length, fl.length) };
  }
  return {
    positives: pos.length,
    negatives: neg.length,
    recall: ratio(flaggedPos.length, pos.length),
    fpr: ratio(neg.filter((c) => c.flagged).length, neg.length),
    categoryAccuracy: ratio(flaggedPos.filter((c) => c.predicted === c.label).length, flaggedPos.length),
    gateRecall: ratio(pos.filter((c) => c.maxRisk >= threshold).length, pos.length),
    gateFpr: ratio(neg.filter((c) => c.maxRisk >= threshold).length, neg.length),
    perCategory,
  };
}
