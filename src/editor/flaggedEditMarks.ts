import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { severityRank, type Severity } from '../core/model/taxonomy';
import type { VigilContext } from '../context';
import { flaggedEdits, forgetLines, type FlaggedEdit } from './flaggedLines';

const REFRESH_MS = 150;
const MAX_READ_BYTES = 4 * 1024 * 1024;

/**
 * Marks the lines flagged edits changed, for sessions that are live (and the selected one unless it
 * ended): a gutter flag, an overview-ruler mark and a hover with each finding and the reasoning it
 * follows (`vigil.editor.decorations`); optionally Problems entries (`vigil.editor.problems`).
 */
export class FlaggedEditMarks implements vscode.Disposable {
  private readonly high: vscode.TextEditorDecorationType;
  private readonly medium: vscode.TextEditorDecorationType;
  private readonly problems = vscode.languages.createDiagnosticCollection('vigil');
  private readonly subs: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private edits: FlaggedEdit[] = [];
  /** Changed lines read from disk, per session, call and file (see `flaggedEdits`). */
  private readonly lineCache = new Map<string, number[]>();

  constructor(private readonly ctx: VigilContext) {
    const icon = (name: string) => vscode.Uri.joinPath(ctx.extension.extensionUri, 'media', name);
    this.high = vscode.window.createTextEditorDecorationType({
      gutterIconPath: icon('flagHigh.svg'),
      gutterIconSize: 'contain',
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.errorForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      isWholeLine: true,
    });
    this.medium = vscode.window.createTextEditorDecorationType({
      gutterIconPath: icon('flag.svg'),
      gutterIconSize: 'contain',
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.warningForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      isWholeLine: true,
    });
    const schedule = () => this.schedule();
    this.subs.push(
      ctx.sessions.onDidAppend((a) => {
        if (a.findings.length || a.events.some((e) => e.kind === 'tool_call')) schedule();
      }),
      ctx.sessions.onDidChangeSessions(schedule),
      ctx.selection.onDidChange(schedule),
      ctx.config.onDidChange(['editor.decorations', 'editor.problems'], schedule),
      vscode.window.onDidChangeVisibleTextEditors(() => this.apply()),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        forgetLines(this.lineCache, doc.uri.fsPath);
        schedule();
      }),
    );
    schedule();
  }

  /** Current flagged edits (for tests and the status bar tooltip). */
  current(): readonly FlaggedEdit[] {
    return this.edits;
  }

  /** Recomputes now (tests call this instead of waiting for the debounce). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.edits = this.compute();
    this.apply();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
    this.high.dispose();
    this.medium.dispose();
    this.problems.dispose();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.refresh(), REFRESH_MS);
  }

  private compute(): FlaggedEdit[] {
    const selected = this.ctx.selection.current();
    const out: FlaggedEdit[] = [];
    for (const s of this.ctx.sessions.list()) {
      const log = this.ctx.sessions.get(s.session.id);
      if (!log || s.counts.findings === 0) continue;
      if (s.state !== 'live' && !(s.session.id === selected && s.state !== 'ended')) continue;
      out.push(...flaggedEdits(log, readText, this.lineCache));
    }
    return out;
  }

  private apply(): void {
    const decorate = this.ctx.config.get('editor.decorations');
    const byPath = new Map<string, FlaggedEdit[]>();
    for (const e of this.edits) byPath.set(e.absPath, [...(byPath.get(e.absPath) ?? []), e]);
    for (const editor of vscode.window.visibleTextEditors) {
      const edits = decorate ? (byPath.get(editor.document.uri.fsPath) ?? []) : [];
      const high: vscode.DecorationOptions[] = [];
      const medium: vscode.DecorationOptions[] = [];
      for (const e of edits) {
        const hover = hoverFor(e);
        const bucket = severityRank(worst(e)) >= severityRank('high') ? high : medium;
        for (const line of e.lines) {
          if (line > editor.document.lineCount) continue;
          bucket.push({ range: new vscode.Range(line - 1, 0, line - 1, 0), hoverMessage: hover });
        }
      }
      editor.setDecorations(this.high, high);
      editor.setDecorations(this.medium, medium);
    }
    this.problems.clear();
    if (!this.ctx.config.get('editor.problems')) return;
    for (const [absPath, edits] of byPath) {
      const diags: vscode.Diagnostic[] = [];
      for (const e of edits) {
        const first = Math.max(0, Math.min(...e.lines) - 1);
        const last = Math.max(first, Math.max(...e.lines) - 1);
        for (const f of e.findings) {
          const d = new vscode.Diagnostic(new vscode.Range(first, 0, last, Number.MAX_SAFE_INTEGER), `${f.category}: ${f.message}`, diagSeverity(f.severity));
          d.source = 'Vigil';
          d.code = f.monitor;
          diags.push(d);
        }
      }
      this.problems.set(vscode.Uri.file(absPath), diags);
    }
  }
}

function worst(e: FlaggedEdit): Severity {
  return e.findings.reduce<Severity>((m, f) => (severityRank(f.severity) > severityRank(m) ? f.severity : m), 'low');
}

function hoverFor(e: FlaggedEdit): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  // Agent text goes in escaped (escapeMarkdown); only our own command link is trusted.
  md.isTrusted = { enabledCommands: ['vigil.showPanel'] };
  md.supportHtml = false;
  md.appendMarkdown('**Vigil** flagged this edit\n\n');
  for (const f of e.findings) {
    md.appendMarkdown(`- \`${f.severity}\` **${f.category}**: ${escapeMarkdown(f.message)}\n`);
  }
  for (const q of e.quotes) {
    md.appendMarkdown(`\n> ${escapeMarkdown(q)}\n`);
  }
  md.appendMarkdown(`\n[Show in panel](command:vigil.showPanel)`);
  return md;
}

/**
 * Agent text as literal markdown on one line. Not `appendText`: it turns every space into `&nbsp;`, so a
 * long quote can only wrap mid-word in the hover. Backslash-escapes all ASCII punctuation (markdown
 * syntax, `<`/`&` for HTML and entities, `$(` for theme icons); newlines become spaces.
 */
function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

function diagSeverity(s: Severity): vscode.DiagnosticSeverity {
  if (s === 'critical' || s === 'high') return vscode.DiagnosticSeverity.Error;
  if (s === 'medium') return vscode.DiagnosticSeverity.Warning;
  return vscode.DiagnosticSeverity.Information;
}

function readText(absPath: string): string | undefined {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === absPath);
  if (open) return open.getText();
  try {
    if (fs.statSync(absPath).size > MAX_READ_BYTES) return undefined;
    return fs.readFileSync(absPath, 'utf8');
  } catch {
    return undefined;
  }
}
