import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../core/fs/atomicWrite';
import type { ToolCallEvent } from '../core/model/events';
import { buildReport, type BuildReportInput, type ReportSessionInput } from '../core/report/buildReport';
import { renderReport, REPORT_EXTENSIONS, type ReportFormat } from '../core/report/exportReport';
import type { RedactionSample } from '../core/report/redact/redactDeep';
import type { ReportOptions } from '../core/report/reportSchema';
import type { SessionLogApi } from '../core/session/types';
import type { Cmd, VigilContext } from '../context';

export interface ExportReportArgs {
  /** Session to export; default the selected one. */
  sessionId?: string;
  /** Skip the format pick. */
  format?: ReportFormat;
  /** Skip the options pick. */
  options?: Partial<ReportOptions>;
  /** Skip the save dialog. */
  path?: string | vscode.Uri;
  /** Skip the redaction preview and the Open/Reveal prompt (tests, automation). */
  quiet?: boolean;
}

const FORMATS: (vscode.QuickPickItem & { format: ReportFormat })[] = [
  { label: 'HTML', description: 'one self-contained file: filters, highlighted reasoning, diffs; opens offline', format: 'html' },
  { label: 'Markdown', description: 'for a pull-request description: task, files, flags, decisions, risk timeline', format: 'md' },
  { label: 'JSON', description: 'the full report; others open it with "Vigil: Open Shared Report…"', format: 'json' },
];

type OptionItem = vscode.QuickPickItem & { key: keyof ReportOptions };

/** The session and its subagents as report input, with the risk of every tool call. */
export function sessionReportInput(ctx: VigilContext, log: SessionLogApi): BuildReportInput {
  const part = (l: SessionLogApi): ReportSessionInput => ({
    session: l.session,
    events: l.events,
    findings: l.findings,
    risks: l.events.filter((e): e is ToolCallEvent => e.kind === 'tool_call').map((e) => ({ eventId: e.id, seq: e.seq, ...l.riskFor(e) })),
  });
  const children = log.summary().children.map((id) => ctx.sessions.get(id)).filter((l): l is NonNullable<typeof l> => Boolean(l));
  return { ...part(log), children: children.map(part) };
}

async function pickOptions(redactDefault: boolean): Promise<ReportOptions | undefined> {
  const items: OptionItem[] = [
    { key: 'redact', label: 'Redact secrets, home paths and user names', picked: redactDefault },
    { key: 'includeReasoning', label: 'Include reasoning', picked: true },
    { key: 'includeFileContents', label: 'Include file contents (edits, diffs, read results)', picked: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Vigil: report options', canPickMany: true, ignoreFocusOut: true });
  if (!picked) return undefined;
  const on = new Set(picked.map((p) => p.key));
  return { redact: on.has('redact'), includeReasoning: on.has('includeReasoning'), includeFileContents: on.has('includeFileContents') };
}

function previewText(counts: Record<string, number>, total: number, samples: readonly RedactionSample[]): string {
  if (!total) return 'Redaction found nothing to replace.';
  const kinds = Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join('\n');
  const examples = samples.slice(0, 8).map((s) => `• ${s.kind}: ${s.context}`).join('\n');
  return `${total} replacements by kind:\n${kinds}\n\nExamples (already masked):\n${examples}`;
}

async function target(log: SessionLogApi, format: ReportFormat, given?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  if (given) return typeof given === 'string' ? vscode.Uri.file(given) : given;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${log.session.id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}${REPORT_EXTENSIONS[format]}`;
  return vscode.window.showSaveDialog({
    title: 'Vigil: save session report',
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name),
    filters: format === 'html' ? { HTML: ['html'] } : format === 'md' ? { Markdown: ['md'] } : { JSON: ['json'] },
  });
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  if (uri.scheme === 'file') await writeFileAtomic(uri.fsPath, text);
  else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * `vigil.exportReport`: exports the selected session (with its subagents) as an HTML, Markdown or
 * JSON report. Redaction is on by default (setting `vigil.report.redact`); before saving, a preview
 * lists what will be replaced by kind with masked examples. Written atomically; then Open / Reveal.
 * Returns the written file's path.
 */
export function exportReport(ctx: VigilContext): Cmd {
  return async (arg?: ExportReportArgs): Promise<string | undefined> => {
    const args = arg ?? {};
    const id = args.sessionId ?? ctx.selection.current();
    const log = id ? ctx.sessions.get(id) : undefined;
    if (!log) {
      void vscode.window.showInformationMessage('Vigil: select a session to export first.');
      return undefined;
    }
    const format = args.format ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Vigil: report format', ignoreFocusOut: true }))?.format;
    if (!format) return undefined;
    const redactDefault = ctx.config.get('report.redact');
    const options = args.options
      ? { redact: args.options.redact ?? redactDefault, includeReasoning: args.options.includeReasoning ?? true, includeFileContents: args.options.includeFileContents ?? true }
      : await pickOptions(redactDefault);
    if (!options) return undefined;

    const samples: RedactionSample[] = [];
    const report = buildReport(sessionReportInput(ctx, log), { ...options, samples });
    if (options.redact && !args.quiet) {
      const go = await vscode.window.showInformationMessage(
        `Vigil: redaction will replace ${report.redaction.total} item${report.redaction.total === 1 ? '' : 's'} in this report.`,
        { modal: true, detail: previewText(report.redaction.counts, report.redaction.total, samples) },
        'Continue',
      );
      if (go !== 'Continue') return undefined;
    }
    const uri = await target(log, format, args.path);
    if (!uri) return undefined;
    await write(uri, renderReport(report, format));
    ctx.log.info(`exported ${format} report of ${log.session.id} to ${uri.fsPath} (${report.stats.events} events, ${report.redaction.applied ? `${report.redaction.total} redactions` : 'not redacted'})`);
    if (!args.quiet) void afterSave(uri, format);
    return uri.fsPath;
  };
}

async function afterSave(uri: vscode.Uri, format: ReportFormat): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Vigil: report saved to ${path.basename(uri.fsPath)}.`, 'Open', 'Reveal');
  if (choice === 'Open') {
    if (format === 'html') await vscode.env.openExternal(uri);
    else await vscode.window.showTextDocument(uri);
  } else if (choice === 'Reveal') {
    await vscode.commands.executeCommand('revealFileInOS', uri);
  }
}
