import { describe, expect, it } from 'vitest';
import type { ReasoningEvent } from '../../../src/core/model/events';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseReportJson } from '../../../src/core/report/parseReport';
import { renderHtml } from '../../../src/core/report/render/renderHtml';
import { renderJson } from '../../../src/core/report/render/renderJson';
import { renderMarkdown } from '../../../src/core/report/render/renderMarkdown';
import { reportInputFromTranscript } from '../../../src/core/report/reportFromTranscript';
import { ReportSchema } from '../../../src/core/report/reportSchema';
import { fixturePath } from '../fixturesPath';

const CLAUDE = fixturePath('claude-config', 'projects', '-home-USER-projects-spotter-worktrees-spotter-gqc', '258c7280-ae70-4798-800f-63464d01a85d.jsonl');
const opts = { redact: true, includeFileContents: true, includeReasoning: true, generatedAt: '2026-02-12T00:00:00.000Z' };

describe('report of the public Claude fixture', async () => {
  const input = await reportInputFromTranscript(CLAUDE);
  const report = buildReport(input, opts);

  it('carries the session, its subagent, events, findings and stats', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.session.id).toBe('258c7280-ae70-4798-800f-63464d01a85d');
    expect(report.events.length).toBe(input.events.length);
    expect(report.children).toHaveLength(1);
    expect(report.children[0]?.session.parentSessionId).toBe(report.session.id);
    expect(report.children[0]?.events.length).toBeGreaterThan(0);
    expect(report.stats.toolCalls).toBe(input.events.filter((e) => e.kind === 'tool_call').length);
    expect(report.stats.filesChanged.length).toBeGreaterThan(10);
    expect(report.stats.filesChanged.every((f) => f.added + f.removed > 0)).toBe(true);
    expect(report.risks.length).toBe(report.stats.toolCalls);
    expect(report.findings.length).toBe(input.findings.length);
  });

  it('renders JSON that parses back and re-renders byte for byte', () => {
    const json = renderJson(report);
    const parsed = parseReportJson(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(renderJson(parsed.report)).toBe(json);
    // Export → open → export → open → export is stable too.
    const again = parseReportJson(renderJson(parsed.report));
    expect(again.ok && renderJson(again.report)).toBe(json);
    expect(json.startsWith('{\n  "vigilReport": 1,\n  "generatedAt": "2026-02-12T00:00:00.000Z",')).toBe(true);
  });

  it('renders Markdown for a pull request', () => {
    const md = renderMarkdown(report);
    expect(md).toMatch(/^# Vigil report: Implement spotter-gqc\n/);
    expect(md).toContain('## Task\n\n> Implement spotter-gqc');
    expect(md).toContain('## Files changed (');
    expect(md).toMatch(/- `lib\/spotter\/transcripts\/annotation\.ex` \*\*\+\d+ −\d+\*\* · update · \d+ edits/);
    expect(md).toContain('## Flags (');
    expect(md).toContain('## Gate decisions (0)');
    expect(md).toContain('## Risk timeline');
    expect(md).toContain('## Subagents (1)');
    expect(md).not.toMatch(/<(?!sub>|\/sub>)/);
  });

  it('renders one self-contained HTML file', () => {
    const html = renderHtml(report, { nonce: 'n0nce' });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src data:`);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<script nonce="n0nce">');
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toMatch(/<(link|img|iframe)\b|src="http|href="http|@import/);
    expect(html).not.toContain('innerHTML');
    expect(html).toContain('@media print');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toContain('Implement spotter-gqc');
  });

  it('leaves reasoning and file contents out on request', () => {
    const slim = buildReport(input, { ...opts, includeReasoning: false, includeFileContents: false });
    const json = renderJson(slim);
    const reasoning = input.events.filter((e): e is ReasoningEvent => e.kind === 'reasoning' && e.text.length > 40);
    expect(reasoning.length).toBeGreaterThan(0);
    for (const e of reasoning.slice(0, 20)) expect(json).not.toContain(JSON.stringify(e.text.slice(0, 40)).slice(1, -1));
    const edits = slim.events.filter((e) => e.kind === 'tool_call' && e.changes?.length);
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) {
      if (e.kind !== 'tool_call') continue;
      for (const c of e.changes ?? []) expect(c.before ?? c.after ?? c.edits ?? c.hunks).toBeUndefined();
    }
    // Stats were computed before contents were dropped.
    expect(slim.stats.filesChanged).toEqual(report.stats.filesChanged);
    expect(slim.options).toEqual({ redact: true, includeFileContents: false, includeReasoning: false });
  });
});
