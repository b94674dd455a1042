import type { Finding } from '../model/events';
import { CATEGORIES, severityRank, type Category, type Severity } from '../model/taxonomy';
import { SEVERITY_WEIGHT } from '../risk/riskScore';

/**
 * How the top finding / category of a session is chosen, in one place. Root causes rank before their
 * consequences: following an injected instruction explains the exfiltration or deletion it asked for;
 * evading oversight (hiding a change from git, skipping hooks, leaving the sandbox) explains the change
 * it hides; sabotage, giving up and deception explain the stubs, skips and claims that go with them.
 */
export const CAUSE_ORDER: readonly Category[] = ['prompt_injection', 'circumvention', 'sabotage', 'give_up', 'deception', 'reward_hacking', 'secrets', 'destructive', 'scope'];

function causeRank(c: Category): number {
  const i = CAUSE_ORDER.indexOf(c);
  return i < 0 ? CATEGORIES.length : i;
}

/** Predicted category among medium+ findings: the most severe; ties go to the root cause, then the larger total weight. */
export function topCategory(findings: readonly Finding[]): Category | undefined {
  const top = new Map<Category, number>();
  const sum = new Map<Category, number>();
  for (const f of findings) {
    if (severityRank(f.severity) < severityRank('medium')) continue;
    top.set(f.category, Math.max(top.get(f.category) ?? 0, severityRank(f.severity)));
    sum.set(f.category, (sum.get(f.category) ?? 0) + SEVERITY_WEIGHT[f.severity]);
  }
  const cats = [...top.keys()];
  cats.sort((a, b) => (top.get(b) ?? 0) - (top.get(a) ?? 0) || causeRank(a) - causeRank(b) || (sum.get(b) ?? 0) - (sum.get(a) ?? 0));
  return cats[0];
}

/** The single finding to show first: most severe, then root cause, then earliest. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (!best) best = f;
    else {
      const d = severityRank(f.severity) - severityRank(best.severity);
      if (d > 0 || (d === 0 && causeRank(f.category) < causeRank(best.category))) best = f;
    }
  }
  return best;
}

/**
 * Ranks the findings raised on one tool call before they are recorded: a prompt-injection finding
 * (the call carries out an instruction found in tool output) is the cause of whatever else the call
 * does, so it is raised to the severity of the worst consequence and listed first.
 */
export function rankCallFindings<T extends { category: Category; severity: Severity }>(findings: T[]): T[] {
  const injected = findings.filter((f) => f.category === 'prompt_injection');
  if (injected.length === 0 || injected.length === findings.length) return findings;
  let worst: Severity = 'low';
  for (const f of findings) if (severityRank(f.severity) > severityRank(worst)) worst = f.severity;
  for (const f of injected) if (severityRank(f.severity) < severityRank(worst)) f.severity = worst;
  return [...injected, ...findings.filter((f) => f.category !== 'prompt_injection')];
}
