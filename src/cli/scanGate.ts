import fs from 'node:fs';
import path from 'node:path';
import { SEVERITIES, severityRank, type Severity } from '../core/model/taxonomy';
import { parseRules, type TeamRules } from '../core/rules/parseRules';
import { UsageError } from './cliTypes';
import type { ScanReport } from './scanFormatters';

/** Parses `--fail-on SEVERITY`. */
export function parseFailOn(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`unknown --fail-on "${value}" (use ${SEVERITIES.join(', ')})`);
  return value as Severity;
}

/** Does any finding reach the --fail-on severity? */
export function failOnReached(report: ScanReport, failOn: Severity | undefined): boolean {
  if (!failOn) return false;
  return report.sessions.some((s) => s.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)));
}

/** Loads `--rules FILE` (.vigil/rules.json format); bad entries are reported and skipped, the rest apply. */
export function loadRulesFile(file: string | undefined, cwd: string): { rules?: TeamRules; errors: string[] } {
  if (!file) return { errors: [] };
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --rules ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { rules, errors } = parseRules(text);
  return { rules, errors };
}
