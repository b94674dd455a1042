import * as vscode from 'vscode';
import type { Cmd, VigilContext } from '../context';
import { enableThinkingSummaries } from './enableThinkingSummaries';
import { exportReport } from './exportReport';
import { openReport } from './openReport';
import { openTranscript } from './openTranscript';
import { pickSession } from './pickSession';
import { showPanel } from './showPanel';
import { toggleShowAll } from './toggleShowAll';

/** Every command id and the factory that builds it (ids are declared in package.json). */
export const COMMANDS: Record<string, (ctx: VigilContext) => Cmd> = {
  'vigil.showPanel': showPanel,
  'vigil.pickSession': pickSession,
  'vigil.openTranscript': openTranscript,
  'vigil.toggleShowAll': toggleShowAll,
  'vigil.enableThinkingSummaries': enableThinkingSummaries,
  'vigil.exportReport': exportReport,
  'vigil.openReport': openReport,
};

/** Registers `factories` (default: `COMMANDS`) and returns their disposables. */
export function registerCommands(ctx: VigilContext, factories: Record<string, (ctx: VigilContext) => Cmd> = COMMANDS): vscode.Disposable[] {
  return Object.entries(factories).map(([id, make]) => {
    const run = make(ctx);
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (err) {
        ctx.log.error(`${id} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        void vscode.window.showErrorMessage(`Vigil: ${id} failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    });
  });
}
