import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { buildReport } from '../../../src/core/report/buildReport';
import { renderReport, REPORT_FORMATS } from '../../../src/core/report/exportReport';
import { previewRedaction } from '../../../src/core/report/redact/previewRedaction';
import { serializeVigilJsonl } from '../../../src/core/sources/vigilJsonl/vigilJsonlWriter';
import { plantedSession } from './plantedSession';
import { SECRETS, TEST_IDENTITY } from './secretCorpus';

const input = plantedSession(SECRETS.map((s) => s.text));
const all = { includeFileContents: true, includeReasoning: true, identity: TEST_IDENTITY };
/** Markdown escapes punctuation with backslashes; undo that to look for the raw value. */
const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-report-secrets-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('planted secrets', () => {
  const redacted = buildReport(input, { ...all, redact: true });
  const plain = buildReport(input, { ...all, redact: false });

  it.each(REPORT_FORMATS)('are absent from the %s report when redacting', (format) => {
    const text = renderReport(redacted, format);
    for (const s of SECRETS) expect(text, `${s.kind} leaked`).not.toContain(s.needle);
    expect(unescapeMd(text)).not.toContain('hunter2hunter2');
  });

  it.each(REPORT_FORMATS)('are present in the %s report with --no-redact', (format) => {
    const text = format === 'md' ? unescapeMd(renderReport(plain, format)) : renderReport(plain, format);
    for (const s of SECRETS) {
      const needle = format === 'json' ? JSON.stringify(s.needle).slice(1, -1) : s.needle;
      expect(text, `${s.kind} missing`).toContain(needle);
    }
  });

  it('counts what was redacted by kind, without the values', () => {
    const kinds = new Set(SECRETS.map((s) => s.kind));
    expect(redacted.redaction.applied).toBe(true);
    for (const k of kinds) expect(redacted.redaction.counts[k], k).toBeGreaterThan(0);
    expect(redacted.redaction.total).toBe(Object.values(redacted.redaction.counts).reduce((a, b) => a + b, 0));
    expect(plain.redaction).toEqual({ applied: false, counts: {}, total: 0, droppedSpans: 0 });
  });

  it('reaches every string: inputs, paths, findings, decisions, titles, subagents', () => {
    const json = JSON.stringify(redacted);
    expect(json).not.toContain('bobthedev');
    const call = redacted.events.find((e) => e.kind === 'tool_call' && e.name === 'Edit');
    expect(JSON.stringify(call)).toContain('[REDACTED:');
    expect(redacted.decisions[0]?.reviewer).toContain('[REDACTED:');
    expect(redacted.children[0]?.session.agentName).toContain('[REDACTED:');
    expect(redacted.session.title).toContain('[REDACTED:');
    // Ids stay joinable.
    expect(redacted.events.map((e) => e.id)).toEqual(plain.events.map((e) => e.id));
  });

  it('keeps finding spans aligned with the redacted text', () => {
    let checked = 0;
    for (const f of redacted.findings) {
      const e = redacted.events.find((x) => x.id === f.eventId);
      if (!e || !f.span) continue;
      const text = e.kind === 'tool_call' ? e.command ?? '' : 'text' in e ? e.text : '';
      expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
      checked++;
    }
    expect(checked).toBe(SECRETS.length * 2);
    expect(redacted.redaction.droppedSpans).toBe(0);
  });

  it('previews counts by kind and masked samples', () => {
    const p = previewRedaction(input, all);
    expect(p.counts).toEqual(redacted.redaction.counts);
    expect(p.samples.length).toBeGreaterThan(0);
    const kinds = new Set(p.samples.map((s) => s.kind));
    for (const k of new Set(SECRETS.map((s) => s.kind))) expect(kinds.has(k), k).toBe(true);
    const text = JSON.stringify(p);
    for (const s of SECRETS) expect(text, s.kind).not.toContain(s.needle);
    expect(p.samples.every((s) => /\[REDACTED:|~|\[user\]/.test(s.context))).toBe(true);
  });

  it('vigil report keeps them out of written files unless --no-redact', async () => {
    const file = path.join(tmp, 'planted.vigil.jsonl');
    fs.writeFileSync(file, serializeVigilJsonl(input.session, input.events));
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => undefined, cwd: tmp };
    const userNeedles = SECRETS.filter((s) => s.kind !== 'user-name');
    for (const format of REPORT_FORMATS) {
      const dest = path.join(tmp, `r.${format}`);
      expect(await runCli(['report', file, '--format', format, '-o', dest], io)).toBe(0);
      const text = fs.readFileSync(dest, 'utf8');
      for (const s of userNeedles) expect(text, `${format} ${s.kind}`).not.toContain(s.needle);
      expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
    expect(await runCli(['report', file, '--format', 'json', '--no-redact'], io)).toBe(0);
    const plainOut = out.join('');
    for (const s of userNeedles) expect(plainOut, s.kind).toContain(JSON.stringify(s.needle).slice(1, -1));
  });
});
