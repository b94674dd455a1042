import type { Severity } from '../model/taxonomy';
import type { RawFinding } from '../monitors/monitorTypes';
import { matchesAnyGlob } from './globToRegExp';
import type { TeamRules } from './parseRules';
import type { RuleTarget } from './rulesSchema';
import { USER_REGEX_INPUT_CAP } from './safeRegex';

function monitorMatches(monitorId: string, key: string): boolean {
  return monitorId === key || monitorId.startsWith(`${key}.`);
}

/** The team's severity for a monitor (longest matching id prefix), if overridden. */
export function overriddenSeverity(rules: TeamRules, monitorId: string): Severity | undefined {
  let best: { len: number; sev: Severity } | undefined;
  for (const [key, sev] of rules.severities) {
    if (monitorMatches(monitorId, key) && (!best || key.length > best.len)) best = { len: key.length, sev };
  }
  return best?.sev;
}

/** Is a finding suppressed by the allow-list (its monitor, its path, or the call's command)? */
export function isAllowListed(rules: TeamRules, f: { monitor: string; path?: string }, command?: string): boolean {
  if (rules.allowMonitors.some((k) => monitorMatches(f.monitor, k))) return true;
  if (f.path && rules.allowPaths.length > 0 && matchesAnyGlob(f.path, rules.allowPaths)) return true;
  if (command && rules.allowCommands.some((re) => re.test(command.slice(0, USER_REGEX_INPUT_CAP)))) return true;
  return false;
}

/** Runs the team's patterns for one target over one text (capped length). */
export function scanRulePatterns(rules: TeamRules, target: RuleTarget, text: string, extra?: { path?: string }): RawFinding[] {
  const out: RawFinding[] = [];
  if (!text) return out;
  const t = text.length > USER_REGEX_INPUT_CAP ? text.slice(0, USER_REGEX_INPUT_CAP) : text;
  for (const p of rules.patterns) {
    if (!p.targets.has(target)) continue;
    p.re.lastIndex = 0;
    const m = p.re.exec(t);
    if (!m) continue;
    const field = target === 'reasoning' ? 'text' : target;
    out.push({
      category: p.category,
      severity: p.severity,
      monitor: `rules.${p.id}`,
      field,
      quote: m[0].slice(0, 300),
      span: { start: m.index, end: m.index + m[0].length },
      message: p.message,
      path: extra?.path,
    });
  }
  return out;
}

/** Team-protected paths among the given ones. */
export function teamProtectedPaths(rules: TeamRules, paths: readonly string[]): string[] {
  return paths.filter((p) => rules.protectedPaths.some((g) => g.re.test(p.replace(/\\/g, '/'))));
}
