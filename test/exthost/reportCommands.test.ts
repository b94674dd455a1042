import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReportJson } from '../../src/core/report/parseReport';
import { fixture, SUBAGENT_CLAUDE, tempDir, vigil } from './vigilTestKit';

suite('report commands (vigil.exportReport, vigil.openReport)', () => {
  test('export a replayed session as JSON, open it read-only, export it again identically', async () => {
    const api = await vigil();
    const dir = tempDir('vigil-report-');
    const replayId = await vscode.commands.executeCommand<string>('vigil.openTranscript', { path: fixture(SUBAGENT_CLAUDE), speed: 0, background: true });
    assert.ok(replayId);
    const first = path.join(dir, 'first.vigil-report.json');
    const written = await vscode.commands.executeCommand<string>('vigil.exportReport', { sessionId: replayId, format: 'json', options: { redact: true }, path: first, quiet: true });
    assert.strictEqual(written, first);
    const parsed = parseReportJson(fs.readFileSync(first, 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const source = api.registry.get(replayId)!;
    assert.strictEqual(parsed.report.events.length, source.events.filter((e) => e.kind !== 'finding').length);
    assert.strictEqual(parsed.report.findings.length, source.findings.length);
    assert.strictEqual(parsed.report.redaction.applied, true);

    const openedId = await vscode.commands.executeCommand<string>('vigil.openReport', { path: first, background: true });
    assert.ok(openedId);
    const opened = api.registry.get(openedId)!;
    const s = opened.summary();
    assert.strictEqual(s.source, 'report');
    assert.strictEqual(s.readOnly, true);
    assert.strictEqual(s.state, 'ended');
    assert.strictEqual(opened.findings.length, parsed.report.findings.length);
    assert.strictEqual(api.selection.current(), openedId);

    for (const format of ['html', 'md'] as const) {
      const out = path.join(dir, `again.${format}`);
      await vscode.commands.executeCommand('vigil.exportReport', { sessionId: openedId, format, options: { redact: true }, path: out, quiet: true });
      const text = fs.readFileSync(out, 'utf8');
      assert.ok(format === 'html' ? text.includes('<script type="application/json" id="vigil-data">') : text.startsWith('# Vigil report: '), `${format} report: ${text.slice(0, 200)}`);
    }
    const again = path.join(dir, 'again.json');
    await vscode.commands.executeCommand('vigil.exportReport', { sessionId: openedId, format: 'json', options: { redact: true }, path: again, quiet: true });
    const reparsed = parseReportJson(fs.readFileSync(again, 'utf8'));
    assert.ok(reparsed.ok);
    // The registry renumbers events (seq) but keeps ids, kinds, texts and every finding.
    assert.deepStrictEqual(reparsed.report.findings, parsed.report.findings);
    assert.deepStrictEqual(reparsed.report.events.map((e) => [e.id, e.kind]), parsed.report.events.map((e) => [e.id, e.kind]));
    assert.deepStrictEqual(reparsed.report.stats.filesChanged, parsed.report.stats.filesChanged);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('openReport refuses a report from a newer Vigil without adding a session', async () => {
    const api = await vigil();
    const dir = tempDir('vigil-report-');
    const file = path.join(dir, 'future.json');
    fs.writeFileSync(file, JSON.stringify({ vigilReport: 99 }));
    const before = api.registry.all().length;
    const id = await vscode.commands.executeCommand<string | undefined>('vigil.openReport', { path: file, background: true });
    assert.strictEqual(id, undefined);
    assert.strictEqual(api.registry.all().length, before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
