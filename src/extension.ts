import * as vscode from 'vscode';
import { Config } from './config';
import type { VigilContext } from './context';
import { createAnalyzer } from './core/monitors/analyzer';
import { registerCommands } from './commands/registerCommands';
import { FlaggedEditMarks } from './editor/flaggedEditMarks';
import { RiskStatusBar } from './editor/riskStatusBar';
import { registerGate, type GateHandle } from './gate/gate';
import { registerReasoningView } from './panel/reasoningViewProvider';
import { autoSelect } from './sessions/autoSelect';
import { watchHiddenReasoning } from './sessions/hiddenReasoningNotice';
import { SessionRegistry } from './sessions/sessionRegistry';
import { SessionSelection } from './sessions/sessionSelection';
import { SessionSources } from './sessions/sessionSources';
import { TeamRulesLoader } from './sessions/teamRulesLoader';

/** What `activate` returns: the live objects, for extension-host tests and other extensions. */
export interface VigilApi {
  context: VigilContext;
  registry: SessionRegistry;
  selection: SessionSelection;
  config: Config;
  sources: SessionSources;
  rules: TeamRulesLoader;
  marks: FlaggedEditMarks;
  statusBar: RiskStatusBar;
  gate: GateHandle;
}

export function activate(extension: vscode.ExtensionContext): VigilApi {
  const own = <T extends vscode.Disposable>(d: T): T => {
    extension.subscriptions.push(d);
    return d;
  };
  const log = own(vscode.window.createOutputChannel('Vigil', { log: true }));
  const config = own(new Config(log));
  const rules = own(new TeamRulesLoader(log));
  const sessions = own(
    new SessionRegistry({
      config,
      log,
      analyzer: () => createAnalyzer({ reasoning: config.get('monitors.reasoning'), action: config.get('monitors.action'), rules: rules.current() }),
    }),
  );
  // New monitor settings or team rules: re-run the monitors over what is loaded.
  own(config.onDidChange(['monitors.reasoning', 'monitors.action'], () => sessions.reanalyzeAll()));
  own(rules.onDidChange(() => sessions.reanalyzeAll()));
  const selection = own(new SessionSelection());
  const context: VigilContext = { extension, config, log, sessions, selection };

  for (const d of registerCommands(context)) own(d);
  own(registerReasoningView(context));
  const gate = own(registerGate(context));
  own(autoSelect(sessions, selection));
  own(watchHiddenReasoning(context));
  const marks = own(new FlaggedEditMarks(context));
  const statusBar = own(new RiskStatusBar(context));
  const sources = own(new SessionSources(context));

  // Discovery reads files: start it after activation returns, so the window is not held up.
  void rules.load().then(() => sources.start()).then(() => log.info(`sessions found: ${sessions.all().length} (${sessions.list().length} listed)`));
  log.info(`Vigil ${String(extension.extension.packageJSON.version)} activated (VS Code ${vscode.version})`);
  return { context, registry: sessions, selection, config, sources, rules, marks, statusBar, gate };
}

export function deactivate(): void {
  // Everything is disposed through `context.subscriptions`.
}
