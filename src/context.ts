import type * as vscode from 'vscode';
import type { Config } from './config';
import type { SessionRegistry } from './sessions/sessionRegistry';
import type { SessionSelection } from './sessions/sessionSelection';

/** What every command, view and editor feature gets: built once in `activate`. */
export interface VigilContext {
  extension: vscode.ExtensionContext;
  config: Config;
  log: vscode.LogOutputChannel;
  sessions: SessionRegistry;
  selection: SessionSelection;
}

/** A command implementation, made by a factory over the context: `export function foo(ctx: VigilContext): Cmd`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Cmd = (...args: any[]) => unknown;
