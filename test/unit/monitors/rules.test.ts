import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../../src/core/rules/globToRegExp';
import { parseRules } from '../../../src/core/rules/parseRules';
import { unsafeRegexReason } from '../../../src/core/rules/safeRegex';

describe('parseRules', () => {
  it('parses a full rules file with comments', () => {
    const { rules, errors } = parseRules(`{
      // team rules
      "patterns": [{ "id": "no-prod", "pattern": "prod", "flags": "i", "in": ["command", "text"], "category": "destructive", "severity": "high", "message": "prod" }],
      "severities": { "reasoning.scope": "low" },
      "protectedPaths": ["infra/**/*.tf"],
      "allow": { "paths": ["scripts/dev/**"], "commands": ["^npm run"], "monitors": ["action.stubs"] },
    }`);
    expect(errors).toEqual([]);
    expect(rules.patterns.map((p) => p.id)).toEqual(['no-prod']);
    expect(rules.severities.get('reasoning.scope')).toBe('low');
    expect(rules.protectedPaths[0]?.re.test('infra/prod/vpc.tf')).toBe(true);
    expect(rules.allowMonitors).toEqual(['action.stubs']);
  });

  it('reports each bad rule clearly and keeps the good ones', () => {
    const { rules, errors } = parseRules(JSON.stringify({
      patterns: [
        { id: 'ok', pattern: 'x', in: ['command'], category: 'scope', severity: 'low', message: 'm' },
        { id: 'bad-cat', pattern: 'x', in: ['command'], category: 'nope', severity: 'low', message: 'm' },
        { id: 'redos', pattern: '(a+)+$', in: ['text'], category: 'scope', severity: 'low', message: 'm' },
        { id: 'syntax', pattern: '[z-a]', in: ['text'], category: 'scope', severity: 'low', message: 'm' },
        { id: 'ok', pattern: 'y', in: ['text'], category: 'scope', severity: 'low', message: 'dup' },
      ],
      severities: { 'action.x': 'extreme' },
    }));
    expect(rules.patterns.map((p) => p.id)).toEqual(['ok']);
    expect(errors.some((e) => e.includes('"bad-cat"') && e.includes('category'))).toBe(true);
    expect(errors.some((e) => e.includes('"redos"') && e.includes('nested quantifier'))).toBe(true);
    expect(errors.some((e) => e.includes('"syntax"') && e.includes('invalid regex'))).toBe(true);
    expect(errors.some((e) => e.includes('duplicate id'))).toBe(true);
    expect(errors.some((e) => e.includes('severities["action.x"]'))).toBe(true);
  });

  it('never throws on garbage', () => {
    expect(parseRules('not json').errors[0]).toMatch(/not valid JSON/);
    expect(parseRules('[]').errors.length).toBeGreaterThan(0);
    expect(parseRules('{"unknown": 1}').errors[0]).toMatch(/unknown|Unrecognized/i);
  });
});

describe('safe regexes and globs', () => {
  it('rejects catastrophic shapes and long patterns', () => {
    expect(unsafeRegexReason('(a+)+')).toMatch(/nested/);
    expect(unsafeRegexReason('(\\w*x)*')).toMatch(/nested/);
    expect(unsafeRegexReason('(a|ab)+')).toMatch(/alternation/);
    expect(unsafeRegexReason('(a)\\1')).toMatch(/back-references/);
    expect(unsafeRegexReason('x'.repeat(501))).toMatch(/longer/);
    expect(unsafeRegexReason('^rm -rf [\\w./-]{1,80}$')).toBeUndefined();
    expect(unsafeRegexReason('(?:foo|bar)baz')).toBeUndefined();
  });
  it('matches globs on path segments', () => {
    expect(globToRegExp('payments/**').test('src/payments/a/b.ts')).toBe(true);
    expect(globToRegExp('*.tf').test('infra/main.tf')).toBe(true);
    expect(globToRegExp('infra/*.tf').test('infra/sub/main.tf')).toBe(false);
  });
});
