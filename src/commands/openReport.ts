import * as vscode from 'vscode';
import { parseReportJson } from '../core/report/parseReport';
import { reportSessions } from '../core/report/reportSessions';
import type { Cmd, VigilContext } from '../context';
import { REASONING_VIEW_ID } from '../panel/reasoningViewProvider';

export interface OpenReportArgs {
  /** Report JSON to open (path or Uri); without it a file dialog asks. */
  path?: string | vscode.Uri;
  /** Do not focus the panel. */
  background?: boolean;
}

/**
 * `vigil.openReport`: opens a shared report (JSON), validates it (older formats are migrated, newer
 * refused), and loads its session and subagents read-only into the registry, so the panel shows it
 * with the same views as a live session. The content stays untrusted: the panel renders it as text.
 * Returns the id of the loaded session.
 */
export function openReport(ctx: VigilContext): Cmd {
  return async (arg?: OpenReportArgs | vscode.Uri | string): Promise<string | undefined> => {
    const args: OpenReportArgs = arg instanceof vscode.Uri || typeof arg === 'string' ? { path: arg } : (arg ?? {});
    let uri = typeof args.path === 'string' ? vscode.Uri.file(args.path) : args.path;
    if (!uri) {
      const picked = await vscode.window.showOpenDialog({
        title: 'Vigil: open a shared report',
        canSelectMany: false,
        filters: { 'Vigil reports': ['json'], 'All files': ['*'] },
      });
      uri = picked?.[0];
      if (!uri) return undefined;
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      void vscode.window.showErrorMessage(`Vigil: cannot read ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    const parsed = parseReportJson(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`Vigil: ${uri.fsPath} cannot be opened. ${parsed.error}`);
      return undefined;
    }
    const { main, children } = reportSessions(parsed.report);
    const log = ctx.sessions.addStatic({ ...main.session, transcriptPath: uri.fsPath }, main.events, { source: 'report', readOnly: true });
    for (const c of children) {
      ctx.sessions.addStatic({ ...c.session, parentSessionId: log.session.id }, c.events, { source: 'report', readOnly: true });
    }
    const r = parsed.report;
    const red = r.redaction.applied ? `redacted (${r.redaction.total})` : 'not redacted';
    ctx.log.info(`opened report ${uri.fsPath}: session ${r.session.id}, ${r.stats.events} events, ${r.stats.findings} flags, ${children.length} subagents, ${red}${parsed.migratedFrom !== undefined ? `, migrated from format ${parsed.migratedFrom}` : ''}`);
    ctx.selection.select(log.session.id);
    if (!args.background) void vscode.commands.executeCommand(`${REASONING_VIEW_ID}.focus`);
    return log.session.id;
  };
}
