import type * as vscode from 'vscode';
import type { SessionRegistry } from './sessionRegistry';
import type { SessionSelection } from './sessionSelection';

/**
 * Keeps a session selected: when nothing is selected, or the selected session is no longer listed,
 * the most recently active listed session (a live one first) is selected.
 */
export function autoSelect(registry: SessionRegistry, selection: SessionSelection): vscode.Disposable {
  const check = (): void => {
    const list = registry.list();
    const current = selection.current();
    if (current && list.some((s) => s.session.id === current)) return;
    const next = list.find((s) => s.state === 'live') ?? list[0];
    selection.select(next?.session.id);
  };
  return registry.onDidChangeSessions(check);
}
