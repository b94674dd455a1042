import * as vscode from 'vscode';
import type { VigilContext } from '../context';
import { reasoningHidden } from '../core/session/sessionLog';

const DONT_ASK_KEY = 'vigil.hiddenReasoning.dontAsk';

/**
 * Says so when a live Claude Code session writes only empty (hidden) thinking, and offers to turn
 * on thinking summaries (the command asks for consent before writing anything). Once per window,
 * and never again after "Don't ask again".
 */
export function watchHiddenReasoning(ctx: VigilContext): vscode.Disposable {
  let asked = false;
  return ctx.sessions.onDidAppend((a) => {
    if (asked || ctx.extension.globalState.get<boolean>(DONT_ASK_KEY)) return;
    if (!a.events.some((e) => e.kind === 'reasoning')) return;
    const log = ctx.sessions.get(a.sessionId);
    if (!log || log.session.agent !== 'claude-code' || log.state() !== 'live') return;
    const { counts } = log.summary();
    if (!reasoningHidden(counts)) return;
    asked = true;
    ctx.log.info(`session ${a.sessionId}: ${counts.reasoning} reasoning blocks, all hidden`);
    const turnOn = 'Turn on summaries…';
    const never = "Don't ask again";
    void vscode.window
      .showInformationMessage('Claude Code is hiding its reasoning in this session (empty thinking blocks), so Vigil can only check its actions.', turnOn, never)
      .then(async (pick) => {
        if (pick === turnOn) await vscode.commands.executeCommand('vigil.enableThinkingSummaries');
        else if (pick === never) await ctx.extension.globalState.update(DONT_ASK_KEY, true);
      });
  });
}
