import * as vscode from 'vscode';
import { reasoningHidden } from '../core/session/sessionLog';
import type { SessionSummary } from '../core/session/types';
import type { Cmd, VigilContext } from '../context';
import { REASONING_VIEW_ID } from '../panel/reasoningViewProvider';

interface SessionItem extends vscode.QuickPickItem {
  id: string;
}

const STATE_ICON: Record<SessionSummary['state'], string> = { live: '$(pulse)', idle: '$(clock)', ended: '$(circle-outline)' };

/** One quick-pick row: agent, title, state, counts and the highest flag. */
export function sessionItem(s: SessionSummary, selected: string | undefined): SessionItem {
  const c = s.counts;
  const hidden = reasoningHidden(c) ? ' (reasoning hidden)' : '';
  const flag = s.maxSeverity ? `, max ${s.maxSeverity}` : '';
  return {
    id: s.session.id,
    label: `${STATE_ICON[s.state]} ${s.session.title ?? s.session.id}`,
    description: `${s.session.agent} · ${s.state}${s.source === 'transcript' || s.source === 'hook' ? '' : ` · ${s.source}`}${s.session.id === selected ? ' · selected' : ''}`,
    detail: `${c.events} events, ${c.reasoning} reasoning${hidden}, ${c.toolCalls} tool calls, ${c.findings} findings${flag}, risk ${s.maxRisk}`,
  };
}

/** `vigil.pickSession`: choose the session the panel, status bar and export follow. An id argument selects directly. */
export function pickSession(ctx: VigilContext): Cmd {
  return async (id?: unknown): Promise<string | undefined> => {
    let chosen = typeof id === 'string' ? id : undefined;
    if (!chosen) {
      const items = ctx.sessions.list().map((s) => sessionItem(s, ctx.selection.current()));
      if (!items.length) {
        const showAll = 'Show all projects';
        const pick = await vscode.window.showInformationMessage('Vigil has no sessions for this workspace yet.', showAll);
        if (pick === showAll) await vscode.commands.executeCommand('vigil.toggleShowAll', true);
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(items, { title: 'Vigil: sessions', placeHolder: 'Select the session to follow', matchOnDescription: true, matchOnDetail: true });
      chosen = pick?.id;
    }
    if (!chosen || !ctx.sessions.get(chosen)) return undefined;
    ctx.selection.select(chosen);
    await vscode.commands.executeCommand(`${REASONING_VIEW_ID}.focus`);
    return chosen;
  };
}
