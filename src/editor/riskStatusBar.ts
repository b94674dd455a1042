import * as vscode from 'vscode';
import { reasoningHidden } from '../core/session/sessionLog';
import type { SessionSummary } from '../core/session/types';
import type { VigilContext } from '../context';

/**
 * Status-bar item: the highest risk and finding severity of the selected session (else the most
 * recent live one), coloured by severity; clicking opens the Reasoning panel.
 */
export class RiskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vigil.risk', vscode.StatusBarAlignment.Left, 50);
  private readonly subs: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: VigilContext) {
    this.item.name = 'Vigil risk';
    this.item.command = 'vigil.showPanel';
    const schedule = () => {
      this.timer ??= setTimeout(() => this.update(), 100);
    };
    this.subs.push(ctx.sessions.onDidChangeSessions(schedule), ctx.sessions.onDidAppend(schedule), ctx.selection.onDidChange(schedule));
    this.update();
  }

  /** The summary shown now, if any (for tests). */
  shown(): SessionSummary | undefined {
    const sel = this.ctx.selection.current();
    const log = sel ? this.ctx.sessions.get(sel) : undefined;
    if (log) return log.summary();
    return this.ctx.sessions.list().find((s) => s.state === 'live');
  }

  /** Text of the item now (for tests). */
  text(): string {
    return this.item.text;
  }

  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const s = this.shown();
    if (!s) {
      this.item.hide();
      return;
    }
    const sev = s.maxSeverity;
    const icon = s.state === 'live' ? '$(eye)' : '$(eye-closed)';
    this.item.text = `${icon} Vigil ${s.maxRisk}${sev ? ` · ${sev}` : ''}`;
    this.item.backgroundColor =
      sev === 'critical' || sev === 'high'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : sev === 'medium'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    const c = s.counts;
    const tip = new vscode.MarkdownString();
    tip.appendText(`${s.session.title ?? s.session.id} (${s.session.agent}, ${s.state})\n\n`);
    tip.appendText(`Highest risk ${s.maxRisk}/100${sev ? `, worst finding ${sev}` : ''}. ${c.findings} findings, ${c.toolCalls} tool calls, ${c.reasoning} reasoning blocks`);
    if (reasoningHidden(c)) tip.appendText(' (all hidden)');
    tip.appendText('.\n\nClick to open the Reasoning panel.');
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
    this.item.dispose();
  }
}
