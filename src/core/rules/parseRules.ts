import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Category, Severity } from '../model/taxonomy';
import { SeveritySchema } from '../model/taxonomy';
import { globToRegExp } from './globToRegExp';
import { PatternRuleSchema, RulesFileSchema, type RuleTarget } from './rulesSchema';
import { unsafeRegexReason } from './safeRegex';

export interface CompiledPattern {
  id: string;
  re: RegExp;
  targets: ReadonlySet<RuleTarget>;
  category: Category;
  severity: Severity;
  message: string;
}

/** Team rules, compiled and ready for the analyzer. */
export interface TeamRules {
  patterns: CompiledPattern[];
  /** Severity overrides keyed by monitor id or id prefix (longest prefix wins). */
  severities: Map<string, Severity>;
  protectedPaths: { glob: string; re: RegExp }[];
  allowPaths: RegExp[];
  allowCommands: RegExp[];
  allowMonitors: string[];
}

export function emptyRules(): TeamRules {
  return { patterns: [], severities: new Map(), protectedPaths: [], allowPaths: [], allowCommands: [], allowMonitors: [] };
}

function compileUserRegex(pattern: string, flags: string, where: string, errors: string[]): RegExp | undefined {
  const unsafe = unsafeRegexReason(pattern);
  if (unsafe) {
    errors.push(`${where}: unsafe regex: ${unsafe}`);
    return undefined;
  }
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    errors.push(`${where}: invalid regex: ${(e as Error).message}`);
    return undefined;
  }
}

function stringList(v: unknown[] | undefined, where: string, errors: string[]): string[] {
  const out: string[] = [];
  (v ?? []).forEach((item, i) => {
    if (typeof item === 'string' && item.length > 0 && item.length <= 500) out.push(item);
    else errors.push(`${where}[${i}]: expected a non-empty string (at most 500 chars)`);
  });
  return out;
}

/**
 * Parses `.vigil/rules.json` (JSON with comments). Never throws: every bad entry yields a clear
 * error naming it and is dropped, and the other entries still apply.
 */
export function parseRules(text: string): { rules: TeamRules; errors: string[] } {
  const errors: string[] = [];
  const rules = emptyRules();
  const parseErrors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, parseErrors, { allowTrailingComma: true });
  if (parseErrors.length > 0 || raw === undefined) {
    errors.push(`rules file is not valid JSON (error at offset ${parseErrors[0]?.offset ?? 0})`);
    return { rules, errors };
  }
  const top = RulesFileSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) errors.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { rules, errors };
  }
  const file = top.data;
  const seen = new Set<string>();
  (file.patterns ?? []).forEach((p, i) => {
    const name = typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' ? `patterns[${i}] "${(p as { id: string }).id}"` : `patterns[${i}]`;
    const r = PatternRuleSchema.safeParse(p);
    if (!r.success) {
      errors.push(`${name}: ${r.error.issues.map((x) => `${x.path.join('.') || 'rule'}: ${x.message}`).join('; ')}`);
      return;
    }
    if (seen.has(r.data.id)) {
      errors.push(`${name}: duplicate id`);
      return;
    }
    const re = compileUserRegex(r.data.pattern, r.data.flags ?? '', name, errors);
    if (!re) return;
    seen.add(r.data.id);
    rules.patterns.push({ id: r.data.id, re, targets: new Set(r.data.in), category: r.data.category, severity: r.data.severity, message: r.data.message });
  });
  for (const [id, sev] of Object.entries(file.severities ?? {})) {
    const s = SeveritySchema.safeParse(sev);
    if (s.success) rules.severities.set(id, s.data);
    else errors.push(`severities["${id}"]: expected one of low, medium, high, critical`);
  }
  for (const g of stringList(file.protectedPaths, 'protectedPaths', errors)) rules.protectedPaths.push({ glob: g, re: globToRegExp(g) });
  for (const g of stringList(file.allow?.paths, 'allow.paths', errors)) rules.allowPaths.push(globToRegExp(g));
  stringList(file.allow?.commands, 'allow.commands', errors).forEach((c, i) => {
    const re = compileUserRegex(c, '', `allow.commands[${i}]`, errors);
    if (re) rules.allowCommands.push(re);
  });
  rules.allowMonitors.push(...stringList(file.allow?.monitors, 'allow.monitors', errors));
  return { rules, errors };
}
