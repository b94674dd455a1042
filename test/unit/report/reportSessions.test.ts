import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { writeFileAtomic } from '../../../src/core/fs/atomicWrite';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseReportJson } from '../../../src/core/report/parseReport';
import { renderJson } from '../../../src/core/report/render/renderJson';
import { reportSessions } from '../../../src/core/report/reportSessions';
import { plantedSession } from './plantedSession';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-report-sessions-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('loading a report as read-only sessions', () => {
  const report = buildReport(plantedSession(['a', 'b']), { redact: false, includeFileContents: true, includeReasoning: true });

  it('puts each finding right after the event it flags, as a finding event', () => {
    const { main, children } = reportSessions(report);
    expect(main.events.filter((e) => e.kind === 'finding').map((e) => e.kind === 'finding' && e.finding)).toEqual(report.findings);
    for (const [i, e] of main.events.entries()) {
      if (e.kind !== 'finding') continue;
      const flagged = main.events.slice(0, i).reverse().find((x) => x.kind !== 'finding');
      expect(flagged?.id).toBe(e.finding.eventId);
    }
    expect(main.events.map((e) => e.seq)).toEqual(main.events.map((_, i) => i));
    expect(main.events.filter((e) => e.kind === 'gate_decision')).toHaveLength(report.decisions.length);
    expect(children[0]?.session.parentSessionId).toBe(report.session.id);
  });
});

describe('vigil report', () => {
  const collect = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: tmp } };
  };

  it('re-renders a report JSON in another format', async () => {
    const report = buildReport(plantedSession(['x']), { redact: false, includeFileContents: true, includeReasoning: true });
    const file = path.join(tmp, 'shared.vigil-report.json');
    fs.writeFileSync(file, renderJson(report));
    const c = collect();
    expect(await runCli(['report', file, '--format', 'md'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('# Vigil report: Fix the bug x');
    const j = collect();
    expect(await runCli(['report', file, '--format', 'json'], j.io)).toBe(0);
    expect(j.out.join('')).toBe(renderJson(report));
  });

  it('rejects bad arguments and unreadable files', async () => {
    const c = collect();
    expect(await runCli(['report', 'a', '--format', 'pdf'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('unknown --format "pdf"');
    expect(await runCli(['report'], c.io)).toBe(2);
    expect(await runCli(['report', path.join(tmp, 'missing.jsonl')], c.io)).toBe(1);
    fs.writeFileSync(path.join(tmp, 'bad.vigil-report.json'), '{"vigilReport": 9}');
    const b = collect();
    expect(await runCli(['report', path.join(tmp, 'bad.vigil-report.json')], b.io)).toBe(1);
    expect(b.err.join('')).toContain('newer Vigil');
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step and leaves no temporary file', async () => {
    const file = path.join(tmp, 'out.txt');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new text');
    expect(fs.readFileSync(file, 'utf8')).toBe('new text');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('cleans up and throws when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(tmp, 'nope', 'x.txt'), 'x')).rejects.toThrow();
  });

  it('round-trips a report written atomically', async () => {
    const report = buildReport(plantedSession(['y']), { redact: true, includeFileContents: false, includeReasoning: false });
    const file = path.join(tmp, 'r.json');
    await writeFileAtomic(file, renderJson(report));
    const parsed = parseReportJson(fs.readFileSync(file, 'utf8'));
    expect(parsed.ok && renderJson(parsed.report)).toBe(renderJson(report));
  });
});
