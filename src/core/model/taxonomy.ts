import { z } from 'zod';

/** Fixed category ids used in every output (findings, reports, SARIF, rules). */
export const CATEGORIES = [
  'reward_hacking',
  'deception',
  'destructive',
  'secrets',
  'circumvention',
  'scope',
  'prompt_injection',
  'sabotage',
  'give_up',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function maxSeverity(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (!a) return b;
  if (!b) return a;
  return severityRank(a) >= severityRank(b) ? a : b;
}
