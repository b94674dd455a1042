import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseReportJson } from '../../../src/core/report/parseReport';
import { renderJson } from '../../../src/core/report/render/renderJson';
import { plantedSession } from './plantedSession';

const report = buildReport(plantedSession(['payload <b>x</b>']), { redact: false, includeFileContents: true, includeReasoning: true, generatedAt: '2026-01-01T00:00:00.000Z' });

describe('parseReportJson', () => {
  it('opens a written report and round-trips it identically', () => {
    const json = renderJson(report);
    const r = parseReportJson(json);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.report).toEqual(JSON.parse(json));
      expect(renderJson(r.report)).toBe(json);
      expect(r.migratedFrom).toBeUndefined();
    }
  });

  it('accepts a BOM and any key order', () => {
    const shuffled = JSON.stringify(Object.fromEntries(Object.entries(report).reverse()));
    const r = parseReportJson(`\ufeff${shuffled}`);
    expect(r.ok && renderJson(r.report)).toBe(renderJson(report));
  });

  it.each([
    ['not JSON', '{"vigilReport": 1,', /^Not valid JSON/],
    ['an array', '[1,2]', /expected a JSON object/],
    ['no version', '{"events": []}', /format version is missing/],
    ['a newer format', JSON.stringify({ ...report, vigilReport: 2 }), /format 2, written by a newer Vigil.*Update Vigil/],
    ['a bad event', JSON.stringify({ ...report, events: [{ kind: 'tool_call', id: 'x' }] }), /^Invalid Vigil report: events\.0/],
    ['absurd nesting', JSON.stringify({ ...report, events: [{ ...report.events[0], kind: 'tool_call', toolUseId: 't', name: 'x', toolKind: 'other', input: 'NEST' }] }).replace('"NEST"', `${'['.repeat(5000)}${']'.repeat(5000)}`), /nested deeper than 64/],
    ['a wrong severity', JSON.stringify({ ...report, findings: [{ ...report.findings[0], severity: 'extreme' }] }), /findings\.0\.severity/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const r = parseReportJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('migrates a format 0 report', () => {
    const v0 = { vigilReport: 0, createdAt: '2025-12-01T00:00:00.000Z', session: report.session, events: report.events, findings: report.findings };
    const r = parseReportJson(JSON.stringify(v0));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.report.vigilReport).toBe(1);
    expect(r.report.generatedAt).toBe(v0.createdAt);
    expect(r.report.decisions).toEqual(report.decisions);
    expect(r.report.stats.filesChanged).toEqual(report.stats.filesChanged);
    expect(r.report.redaction.applied).toBe(false);
  });

  it('drops unknown fields and keeps hostile strings as plain data', () => {
    const hostile = { ...JSON.parse(renderJson(report)), extra: '<script>alert(1)</script>', ['__proto__']: { polluted: true } };
    const text = JSON.stringify(hostile).replace('"extra"', '"__proto__":{"polluted":true},"extra"');
    const r = parseReportJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('extra' in r.report).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.report.events.some((e) => e.kind === 'user_prompt' && e.text.includes('<b>x</b>'))).toBe(true);
  });
});
