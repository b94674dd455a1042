import * as vscode from 'vscode';
import { emptyRules, parseRules, type TeamRules } from '../core/rules/parseRules';

const RULES_GLOB = '.vigil/rules.json';

/** Concatenates the rules of several workspace folders (later folders' severity overrides win). */
export function mergeRules(all: readonly TeamRules[]): TeamRules {
  const out = emptyRules();
  for (const r of all) {
    out.patterns.push(...r.patterns);
    for (const [k, v] of r.severities) out.severities.set(k, v);
    out.protectedPaths.push(...r.protectedPaths);
    out.allowPaths.push(...r.allowPaths);
    out.allowCommands.push(...r.allowCommands);
    out.allowMonitors.push(...r.allowMonitors);
  }
  return out;
}

/**
 * Team rules from `.vigil/rules.json` in the workspace folders, read only in a trusted workspace
 * and reloaded when a rules file changes, trust is granted or folders change. A bad entry is
 * reported (log + one warning per load) and dropped; the other rules still apply.
 */
export class TeamRulesLoader implements vscode.Disposable {
  private rules: TeamRules = emptyRules();
  private readonly emitter = new vscode.EventEmitter<TeamRules>();
  readonly onDidChange: vscode.Event<TeamRules> = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [this.emitter];
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RULES_GLOB}`);
    const reload = () => void this.load();
    this.subs.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  current(): TeamRules {
    return this.rules;
  }

  /** (Re)reads every folder's rules file; loads run one after another, so the last one wins. */
  load(): Promise<void> {
    this.queue = this.queue.then(() => this.loadNow()).catch((err) => this.log.error(`team rules: ${String(err)}`));
    return this.queue;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }

  private async loadNow(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      this.set(emptyRules());
      return;
    }
    const loaded: TeamRules[] = [];
    const problems: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, RULES_GLOB);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const { rules, errors } = parseRules(text);
      loaded.push(rules);
      for (const e of errors) problems.push(`${uri.fsPath}: ${e}`);
      this.log.info(`team rules: ${uri.fsPath}: ${rules.patterns.length} patterns, ${rules.protectedPaths.length} protected paths, ${errors.length} errors`);
    }
    for (const p of problems) this.log.warn(`team rules: ${p}`);
    if (problems.length) {
      void vscode.window.showWarningMessage(`Vigil: ${problems.length} problem(s) in .vigil/rules.json; those entries are ignored, the other rules apply. ${problems[0]}`);
    }
    this.set(mergeRules(loaded));
  }

  private set(rules: TeamRules): void {
    this.rules = rules;
    this.emitter.fire(rules);
  }
}
