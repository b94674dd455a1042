import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VigilContext } from '../context';
import type { SelectResult } from '../shared/protocol';
import type { Handlers } from './messageRouter';
import type { StreamView } from './streamView';

/** What the handlers need from the panel provider. */
export interface PanelHost {
  ctx: VigilContext;
  view: StreamView;
  follow: boolean;
  /** Selects a session in the stream (and the shared selection); returns what the webview needs. */
  select(sessionId: string): SelectResult;
}

function selectResult(host: PanelHost): SelectResult {
  return { sessionId: host.view.sessionId ?? '', total: host.view.total, findings: host.view.findings(), sessions: host.view.scope() };
}

function resolveFile(host: PanelHost, sessionId: string, p: string): vscode.Uri {
  if (path.isAbsolute(p)) return vscode.Uri.file(p);
  const cwd = host.ctx.sessions.get(sessionId)?.session.cwd ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!cwd) throw new Error(`cannot resolve relative path ${p}`);
  return vscode.Uri.file(path.join(cwd, p));
}

async function run(command: string, ...args: unknown[]): Promise<{ done: boolean }> {
  await vscode.commands.executeCommand(command, ...args);
  return { done: true };
}

/** The panel's request handlers, one per message kind. */
export function createHandlers(host: PanelHost): Handlers {
  return {
    selectSession: (m) => host.select(m.sessionId),
    openSubagent: (m) => host.select(m.sessionId),
    setFilter: (m) => {
      host.view.setFilter(m.filter);
      return selectResult(host);
    },
    loadRange: (m) => {
      if (m.sessionId !== host.view.sessionId) throw new Error('stale session');
      return { sessionId: m.sessionId, start: m.start, total: host.view.total, rows: host.view.range(m.start, m.count) };
    },
    loadEvent: (m) => {
      const event = host.view.findEvent(m.eventId);
      if (!event) throw new Error('no such event');
      // A missing raw input would not survive the protocol's schema (input is a required key).
      return { event: event.kind === 'tool_call' && event.input === undefined ? { ...event, input: null } : event };
    },
    locateEvent: (m) => ({ row: host.view.locate((e) => e.id === m.eventId) }),
    revealToolCall: (m) => ({ row: host.view.locate((e) => e.kind === 'tool_call' && e.toolUseId === m.toolUseId) }),
    openLocation: async (m) => {
      const uri = resolveFile(host, m.sessionId, m.path);
      const line = Math.max(0, (m.line ?? 1) - 1);
      await vscode.window.showTextDocument(uri, { preview: true, selection: new vscode.Range(line, 0, line, 0) });
      return { done: true };
    },
    exportReport: (m) => run('vigil.exportReport', { sessionId: m.sessionId }),
    enableThinkingSummaries: () => run('vigil.enableThinkingSummaries'),
    toggleShowAll: () => run('vigil.toggleShowAll'),
    setFollow: (m) => {
      host.follow = m.follow;
      return { done: true };
    },
  };
}
