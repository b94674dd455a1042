import * as vscode from 'vscode';
import type { Cmd, VigilContext } from '../context';
import { REASONING_VIEW_ID } from '../panel/reasoningViewProvider';

/** `vigil.showPanel`: reveals and focuses the Reasoning view; with a session id, selects it first. */
export function showPanel(ctx: VigilContext): Cmd {
  return async (sessionId?: unknown) => {
    if (typeof sessionId === 'string' && ctx.sessions.get(sessionId)) ctx.selection.select(sessionId);
    await vscode.commands.executeCommand(`${REASONING_VIEW_ID}.focus`);
  };
}
