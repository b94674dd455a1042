/**
 * Wires the edit gate into the extension: the socket server (core), the decision engine (core), the
 * registry, the review UI, the audit log, the discovery files and the terminal env vars, plus the
 * gate commands. Everything is disposed with the returned handle.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VigilContext } from '../context';
import { registerCommands } from '../commands/registerCommands';
import { AuditLog } from '../core/gate/auditLog';
import { DiscoveryFiles } from '../core/gate/discoveryFiles';
import { ENV_FAIL_OPEN, ENV_SOCKET, ENV_TOKEN } from '../core/gate/gateChannel';
import { GateEngine, type DecisionInfo } from '../core/gate/gateEngine';
import { startHookServer, type HookServer } from '../core/gate/hookServer';
import type { Agent } from '../core/model/events';
import { parseHookPayload, type HookPayloadResult, type ParsedHookPayload } from '../core/sources/hooks/parseHookPayload';
import { checkGate, installHooks, uninstallHooks } from './hookCommands';
import { ReviewContentProvider } from './reviewDocuments';
import { ReviewQueue } from './reviewQueue';

export interface GateHandle extends vscode.Disposable {
  readonly ready: Promise<void>;
  socket(): string | undefined;
  readonly engine: GateEngine<HookPayloadResult>;
  readonly audit: AuditLog;
  readonly reviews: ReviewQueue;
  /** The last decisions (newest last), for the check command and tests. */
  readonly recent: DecisionInfo[];
}

const AGENT: Record<ParsedHookPayload['caller'], Agent> = { 'claude-code': 'claude-code', codex: 'codex', vscode: 'copilot' };

export function registerGate(ctx: VigilContext): GateHandle {
  const { extension, config, log } = ctx;
  const disposables: vscode.Disposable[] = [];
  const storage = (extension.storageUri ?? extension.globalStorageUri).fsPath;
  const audit = new AuditLog(path.join(storage, 'gate-audit.jsonl'));
  const provider = new ReviewContentProvider();
  const reviews = new ReviewQueue({
    provider,
    tmpRoot: path.join(storage, 'reviews'),
    log,
    threshold: () => config.get('gate.threshold'),
    timeoutSeconds: () => config.get('gate.reviewTimeoutSeconds'),
  });
  disposables.push(provider, reviews);
  const recent: DecisionInfo[] = [];
  const shimPath = extension.asAbsolutePath(path.join('dist', 'hook.js'));

  const engine = new GateEngine<HookPayloadResult>({
    parse: parseHookPayload,
    ingest: (p) => {
      const call = ctx.sessions.ingestHook({
        agent: AGENT[p.caller],
        sessionId: p.sessionId,
        ...(p.cwd ? { cwd: p.cwd } : {}),
        ...(p.transcriptPath ? { transcriptPath: p.transcriptPath } : {}),
        events: p.events,
      });
      const session = ctx.sessions.get(p.sessionId);
      return { ...(call ? { call } : {}), ...(session ? { session } : {}) };
    },
    settings: () => ({ enabled: config.get('gate.enabled'), threshold: config.get('gate.threshold'), reviewTimeoutSeconds: config.get('gate.reviewTimeoutSeconds') }),
    review: (req, signal) => reviews.review(req, signal),
    audit,
    protectedPaths: () => [shimPath, storage],
    onDecision: (d) => {
      recent.push(d);
      if (recent.length > 50) recent.shift();
      log.info(`gate: ${d.decision.decision} ${d.tool} (${d.caller}, session ${d.sessionId}) by ${d.decision.decidedBy}, risk ${d.decision.score}, ${d.ms.toFixed(1)} ms`);
    },
    onError: (m) => log.warn(`gate: ${m}`),
  });

  let server: HookServer | undefined;
  let discovery: DiscoveryFiles | undefined;
  let disposed = false;
  const folders = (): string[] => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const publish = (): void => {
    if (!server || disposed) return;
    const failOpen = config.get('gate.failOpen');
    const env = extension.environmentVariableCollection;
    env.description = 'Lets agents started here reach the Vigil edit gate.';
    env.replace(ENV_SOCKET, server.socket);
    env.replace(ENV_TOKEN, server.token);
    if (failOpen) env.replace(ENV_FAIL_OPEN, '1');
    else env.delete(ENV_FAIL_OPEN);
    try {
      discovery?.update(folders(), { socket: server.socket, token: server.token, failOpen });
    } catch (e) {
      log.error(`gate: cannot write discovery files: ${String(e)}`);
    }
  };

  const ready = startHookServer({ handler: (payload, signal) => engine.handle(payload, signal), onError: (m) => log.warn(`gate: ${m}`) }).then(
    (s) => {
      if (disposed) return void s.close();
      server = s;
      discovery = new DiscoveryFiles({ socket: s.socket, token: s.token, failOpen: config.get('gate.failOpen') });
      publish();
      log.info(`gate: listening on ${s.socket}`);
    },
    (e: unknown) => {
      log.error(`gate: could not start the hook server: ${String(e)}`);
      void vscode.window.showErrorMessage(`Vigil: the edit gate could not start (${String(e)}). Hooks will deny until it runs.`);
    },
  );

  disposables.push(
    vscode.workspace.onDidChangeWorkspaceFolders(() => publish()),
    config.onDidChange(['gate.failOpen'], () => publish()),
    ...registerCommands(ctx, {
      'vigil.installHooks': (c) => () => installHooks(c, shimPath),
      'vigil.uninstallHooks': (c) => () => uninstallHooks(c),
      'vigil.checkGate': (c) => () => checkGate(c, shimPath),
      'vigil.gate.showReview': () => () => reviews.reveal(),
      'vigil.gate.verifyAuditLog': () => async () => {
        const r = await audit.verify();
        const msg = r.ok ? `Vigil: the gate audit log is intact (${r.entries} decisions).` : `Vigil: the gate audit log was altered at line ${r.badLine}: ${r.error}.`;
        void (r.ok ? vscode.window.showInformationMessage(msg) : vscode.window.showErrorMessage(msg));
        return r;
      },
    }),
  );

  return {
    ready,
    socket: () => server?.socket,
    engine,
    audit,
    reviews,
    recent,
    dispose: () => {
      disposed = true;
      discovery?.dispose();
      void server?.close();
      extension.environmentVariableCollection.delete(ENV_SOCKET);
      extension.environmentVariableCollection.delete(ENV_TOKEN);
      extension.environmentVariableCollection.delete(ENV_FAIL_OPEN);
      for (const d of disposables) d.dispose();
    },
  };
}
