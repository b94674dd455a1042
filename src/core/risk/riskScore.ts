import type { Finding, Risk } from '../model/events';
import type { Severity } from '../model/taxonomy';

/** Weight (0-100) of one finding by severity; critical alone scores above any sane gate threshold. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { low: 8, medium: 30, high: 62, critical: 95 };
/** A flagged thought loses this factor for every tool call between it and the scored call. */
export const THOUGHT_DECAY = 0.5;
/** Thoughts further back than this many tool calls no longer count. */
export const THOUGHT_HORIZON = 3;
/** Touching a protected path scores at least this much by itself. */
export const PROTECTED_PATH_WEIGHT = 90;

export interface ThoughtInput {
  finding: Finding;
  /** Tool calls between the thought and the scored call (0 = the call right after it). */
  distance: number;
}

export interface RiskInput {
  actionFindings: readonly Finding[];
  thoughts: readonly ThoughtInput[];
  /** Protected paths the call touches (team rules or built-in protected areas). */
  protectedPaths: readonly string[];
}

/**
 * Combines evidence as a noisy-or: score = 100 * (1 - Π(1 - w/100)). Each reason lists the finding
 * and its weight, so the gate and the reviewer can see why a call scored what it did.
 */
export function scoreRisk(input: RiskInput): Risk {
  const reasons: Risk['reasons'] = [];
  for (const f of input.actionFindings) {
    reasons.push({ label: `${f.severity} ${f.category}: ${f.message}`, weight: SEVERITY_WEIGHT[f.severity], findingId: f.id });
  }
  for (const t of input.thoughts) {
    const w = SEVERITY_WEIGHT[t.finding.severity] * Math.pow(THOUGHT_DECAY, t.distance);
    if (w < 1 || t.distance > THOUGHT_HORIZON) continue;
    reasons.push({ label: `preceding ${t.finding.channel === 'reasoning' ? 'thought' : 'finding'} (${t.finding.category}): ${t.finding.message}`, weight: round1(w), findingId: t.finding.id });
  }
  for (const p of input.protectedPaths) {
    reasons.push({ label: `protected path: ${p}`, weight: PROTECTED_PATH_WEIGHT });
  }
  let keep = 1;
  for (const r of reasons) keep *= 1 - Math.min(100, Math.max(0, r.weight)) / 100;
  const score = Math.round(100 * (1 - keep));
  reasons.sort((a, b) => b.weight - a.weight);
  return { score: Math.min(100, Math.max(0, score)), reasons };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
