import type { Finding, GateDecision, Risk, Session, ToolCallEvent, VigilEvent } from '../model/events';
import type { Severity } from '../model/taxonomy';

export type SessionState = 'live' | 'idle' | 'ended';

export interface Disposable {
  dispose(): void;
}

/** Summary of a session for lists (session picker, panel list, status bar). */
export interface SessionSummary {
  session: Session;
  state: SessionState;
  /** Where it comes from: a live transcript, a replay, or an opened (read-only) report. */
  source: 'transcript' | 'replay' | 'report' | 'hook';
  readOnly: boolean;
  counts: { events: number; reasoning: number; reasoningVisible: number; toolCalls: number; findings: number };
  /** Highest finding severity so far. */
  maxSeverity?: Severity;
  maxRisk: number;
  /** ISO timestamp of the last event. */
  lastEventAt?: string;
  /** Child (subagent) session ids. */
  children: string[];
}

/** What a session log tells its listeners after an append. */
export interface SessionAppend {
  sessionId: string;
  events: VigilEvent[];
  findings: Finding[];
}

/**
 * The one compact per-session store (implemented in `sessionLog.ts`): events in order, the
 * findings the analyzer raised, and gate decisions. Views read from it; they keep no copies.
 */
export interface SessionLogApi {
  readonly session: Session;
  readonly events: readonly VigilEvent[];
  readonly findings: readonly Finding[];
  summary(): SessionSummary;
  /** Event by id. */
  event(id: string): VigilEvent | undefined;
  /** Tool call by the agent's tool-use id. */
  toolCall(toolUseId: string): ToolCallEvent | undefined;
  riskFor(call: ToolCallEvent): Risk;
  /** Record a gate decision; it becomes a `gate_decision` event. */
  addDecision(decision: GateDecision): void;
}
