/**
 * The real gate without VS Code: hook server + engine + payload parser + per-session logs with the
 * real analyzer. Used by the bench, integration tests and anything that wants a gate outside the
 * extension; the extension itself wires the same engine to its session registry and review UI.
 */
import { SETTINGS } from '../config/settingsSchema';
import { createAnalyzer } from '../monitors/analyzer';
import { SessionLog } from '../session/sessionLog';
import { parseHookPayload, type HookPayloadResult } from '../sources/hooks/parseHookPayload';
import type { AuditLog } from './auditLog';
import { GateEngine, type DecisionInfo, type GateSettings, type ReviewOutcome, type ReviewRequest } from './gateEngine';
import { startHookServer, type HookServer } from './hookServer';

export interface HeadlessGateOptions {
  settings?: Partial<GateSettings>;
  review?: (req: ReviewRequest, signal: AbortSignal) => Promise<ReviewOutcome>;
  audit?: AuditLog;
  socket?: string;
  onDecision?: (d: DecisionInfo) => void;
}

export interface HeadlessGate {
  engine: GateEngine<HookPayloadResult>;
  sessions: Map<string, SessionLog>;
  server: HookServer;
  close(): Promise<void>;
}

export function createHeadlessEngine(opts: HeadlessGateOptions = {}): { engine: GateEngine<HookPayloadResult>; sessions: Map<string, SessionLog> } {
  const sessions = new Map<string, SessionLog>();
  const settings: GateSettings = { enabled: true, threshold: SETTINGS['gate.threshold'].schema.parse(undefined), reviewTimeoutSeconds: 900, ...opts.settings };
  const engine = new GateEngine<HookPayloadResult>({
    parse: parseHookPayload,
    ingest: (p) => {
      let log = sessions.get(p.sessionId);
      if (!log) {
        const agent = p.caller === 'vscode' ? 'copilot' : p.caller;
        log = new SessionLog({ session: { id: p.sessionId, agent, ...(p.cwd ? { cwd: p.cwd } : {}) }, source: 'hook', analyzer: () => createAnalyzer() });
        sessions.set(p.sessionId, log);
      }
      log.append(p.events);
      const drafted = p.events.find((e) => e.kind === 'tool_call');
      const call = drafted?.kind === 'tool_call' ? log.toolCall(drafted.toolUseId) : undefined;
      return { ...(call ? { call } : {}), session: log };
    },
    settings: () => settings,
    review: opts.review ?? (async () => ({ decision: 'deny', decidedBy: 'error', reason: 'no reviewer attached to this gate' })),
    ...(opts.audit ? { audit: opts.audit } : {}),
    ...(opts.onDecision ? { onDecision: opts.onDecision } : {}),
  });
  return { engine, sessions };
}

export async function startHeadlessGate(opts: HeadlessGateOptions = {}): Promise<HeadlessGate> {
  const { engine, sessions } = createHeadlessEngine(opts);
  const server = await startHookServer({ handler: (payload, signal) => engine.handle(payload, signal), ...(opts.socket ? { socket: opts.socket } : {}) });
  return { engine, sessions, server, close: () => server.close() };
}
