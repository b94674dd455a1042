import * as vscode from 'vscode';
import { enableThinkingSummaries as enableInFile } from '../core/settingsFile/claudeThinkingSummaries';
import { claudeConfigDir } from '../core/sources/claude/claudeDiscovery';
import type { Cmd, VigilContext } from '../context';

export interface EnableThinkingArgs {
  /** Skip the modal confirmation (tests; the caller already asked). */
  confirmed?: boolean;
}

/**
 * `vigil.enableThinkingSummaries`: when Claude Code writes empty thinking blocks, Vigil cannot show
 * its reasoning. After a modal confirmation this sets `"showThinkingSummaries": true` in
 * `<claude config dir>/settings.json` (comments and other keys kept, atomic write, backup), and
 * offers Undo. Returns the settings file path when it was changed.
 */
export function enableThinkingSummaries(ctx: VigilContext): Cmd {
  return async (args?: EnableThinkingArgs): Promise<string | undefined> => {
    const dir = claudeConfigDir(ctx.config.get('claude.configDir'));
    if (!args?.confirmed) {
      const yes = 'Turn on';
      const answer = await vscode.window.showWarningMessage(
        'Turn on Claude Code thinking summaries?',
        {
          modal: true,
          detail: `Claude Code currently writes its thinking as empty blocks, so Vigil cannot show or check it. This sets "showThinkingSummaries": true in ${dir}/settings.json (a backup is kept). New Claude Code sessions will then write reasoning summaries.`,
        },
        yes,
      );
      if (answer !== yes) return undefined;
    }
    try {
      const change = await enableInFile(dir);
      if (!change.changed) {
        void vscode.window.showInformationMessage('Claude Code thinking summaries are already on.');
        return undefined;
      }
      ctx.log.info(`set showThinkingSummaries=true in ${change.file}${change.backupPath ? ` (backup ${change.backupPath})` : ''}`);
      void vscode.window.showInformationMessage('Claude Code thinking summaries are on for new sessions.', 'Undo').then(async (pick) => {
        if (pick !== 'Undo') return;
        const undone = await change.undo();
        if (undone) ctx.log.info(`restored ${change.file}`);
        else void vscode.window.showWarningMessage(`${change.file} changed since; not undoing.`);
      });
      return change.file;
    } catch (err) {
      ctx.log.error(`could not enable thinking summaries: ${String(err)}`);
      void vscode.window.showErrorMessage(`Vigil: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  };
}
