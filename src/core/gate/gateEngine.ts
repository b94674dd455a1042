/**
 * The gate's request handler, vscode-free: raw hook payload → validate → parse → ingest into the
 * session → score → decide → (maybe) human review with a time-out → record (session + audit log) →
 * the agent-format reply. The extension wires in the real registry and review UI; tests and the
 * bench wire in fakes. Any error denies (fail closed).
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { Finding, GateDecision, Risk, ToolCallEvent } from '../model/events';
import { hashInput, type AuditLog } from './auditLog';
import { decide } from './decide';
import type { HookReply } from './gateChannel';
import { EMPTY_REPLY, preToolUseReply, type HookCaller } from './hookResponse';
import { signatureFor, type SimilarSignature } from './similar';

export type ParsedHookLike =
  | { ok: true; caller: HookCaller; event: string; sessionId: string; cwd?: string; toolUseId?: string }
  | { ok: false; error: string };

/** What the engine needs from the session a call belongs to. */
export interface GateSession {
  riskFor(call: ToolCallEvent): Risk;
  readonly findings: readonly Finding[];
  addDecision(decision: GateDecision): void;
}

export interface ReviewRequest {
  id: string;
  caller: HookCaller;
  sessionId: string;
  cwd?: string;
  call: ToolCallEvent;
  risk: Risk;
  reasons: string[];
  /** Reasons that force a review regardless of the score. */
  mandatory: string[];
  /** Findings tied to the call (flagged reasoning quotes etc.). */
  findings: Finding[];
  /** What "approve similar" would remember; undefined = not offered. */
  similar?: SimilarSignature;
}

export interface ReviewOutcome {
  decision: 'allow' | 'deny';
  decidedBy: 'human' | 'error';
  reason?: string;
  reviewer?: string;
  /** Replacement tool input when the reviewer edited the proposal. */
  updatedInput?: unknown;
  allowSimilar?: boolean;
}

export interface GateSettings {
  enabled: boolean;
  threshold: number;
  reviewTimeoutSeconds: number;
}

export interface DecisionInfo {
  decision: GateDecision;
  caller: HookCaller;
  sessionId: string;
  tool: string;
  ms: number;
}

export interface GateEngineDeps<P> {
  parse(json: unknown): P & ParsedHookLike;
  /** Stores the parsed events; returns the stored tool call (PreToolUse) and its session. */
  ingest(parsed: P & ParsedHookLike & { ok: true }): { call?: ToolCallEvent; session?: GateSession };
  settings(): GateSettings;
  review(req: ReviewRequest, signal: AbortSignal): Promise<ReviewOutcome>;
  audit?: AuditLog;
  protectedPaths?: () => readonly string[];
  onDecision?(info: DecisionInfo): void;
  onError?(message: string): void;
}

const EnvelopeSchema = z.union([
  z.object({ hook_event_name: z.string() }).passthrough(),
  z.object({ hookEventName: z.string() }).passthrough(),
]);

export class GateEngine<P> {
  private readonly similar = new Map<string, SimilarSignature[]>();
  private reviewSeq = 0;

  constructor(private readonly deps: GateEngineDeps<P>) {}

  /** Signatures remembered by "approve similar" for a session. */
  similarFor(sessionId: string): readonly SimilarSignature[] {
    return this.similar.get(sessionId) ?? [];
  }

  clearSimilar(sessionId?: string): void {
    if (sessionId) this.similar.delete(sessionId);
    else this.similar.clear();
  }

  async handle(raw: string, signal: AbortSignal = new AbortController().signal): Promise<HookReply> {
    const t0 = performance.now();
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return this.errorDeny('the hook payload on stdin is not valid JSON', raw);
    }
    const env = EnvelopeSchema.safeParse(json);
    if (!env.success) return this.errorDeny('the hook payload has no hook_event_name/hookEventName; not a hook call', json);
    const eventName = 'hook_event_name' in env.data ? env.data.hook_event_name : env.data.hookEventName;
    const parsed = this.deps.parse(json);
    if (!parsed.ok) {
      if (eventName !== 'PreToolUse') return EMPTY_REPLY;
      return this.errorDeny(`invalid ${eventName} payload: ${parsed.error}`, json);
    }
    if (parsed.event !== 'PreToolUse') {
      try {
        this.deps.ingest(parsed);
      } catch (e) {
        this.deps.onError?.(`ingesting ${parsed.event} failed: ${String(e)}`);
      }
      return EMPTY_REPLY;
    }
    const { call, session } = this.deps.ingest(parsed);
    if (!call || !session) return this.errorDeny('the PreToolUse payload has no tool call Vigil could read', json, parsed.sessionId);
    const risk = session.riskFor(call);
    const settings = this.deps.settings();
    const similar = this.similarFor(parsed.sessionId);
    const action = decide({
      enabled: settings.enabled,
      threshold: settings.threshold,
      call,
      risk,
      findings: session.findings,
      similar,
      protectedPaths: this.deps.protectedPaths?.(),
    });
    const base = { toolUseId: call.toolUseId, score: risk.score, reasons: action.reasons };
    if (action.action === 'allow') {
      const why =
        action.decidedBy === 'threshold'
          ? `Vigil: risk ${risk.score} below threshold ${settings.threshold}`
          : action.decidedBy === 'allowSimilar'
            ? 'Vigil: matches a call approved as similar in this session'
            : 'Vigil: gate disabled';
      const decision: GateDecision = { ...base, decision: 'allow', decidedBy: action.decidedBy, reason: why };
      return this.finish(parsed.caller, parsed.sessionId, call, session, decision, undefined, t0);
    }
    const sig = action.mandatory.length ? undefined : signatureFor(call);
    const req: ReviewRequest = {
      id: `review-${++this.reviewSeq}`,
      caller: parsed.caller,
      sessionId: parsed.sessionId,
      ...(parsed.cwd ? { cwd: parsed.cwd } : {}),
      call,
      risk,
      reasons: action.reasons,
      mandatory: action.mandatory,
      findings: session.findings.filter((f) => f.eventId === call.id || f.relatedEventId === call.id || risk.reasons.some((r) => r.findingId === f.id)),
      ...(sig ? { similar: sig } : {}),
    };
    const outcome = await this.reviewWithTimeout(req, settings.reviewTimeoutSeconds, signal);
    if (outcome === 'timeout') {
      const reason = `Vigil: no human decision within ${settings.reviewTimeoutSeconds} s; denied. Ask the user to review it in VS Code, then retry.`;
      return this.finish(parsed.caller, parsed.sessionId, call, session, { ...base, decision: 'deny', decidedBy: 'timeout', reason }, undefined, t0);
    }
    if (outcome.decision === 'allow' && outcome.allowSimilar && sig) this.similar.set(parsed.sessionId, [...similar, sig]);
    const reason =
      outcome.decision === 'deny'
        ? outcome.reason?.trim()
          ? `Rejected by the reviewer in Vigil: ${outcome.reason.trim()}`
          : 'Rejected by the reviewer in Vigil (no reason given).'
        : outcome.updatedInput !== undefined
          ? 'Approved in Vigil with the reviewer’s edits.'
          : 'Approved in Vigil by the reviewer.';
    const decision: GateDecision = {
      ...base,
      decision: outcome.decision,
      decidedBy: outcome.decidedBy,
      reason,
      ...(outcome.reviewer ? { reviewer: outcome.reviewer } : {}),
    };
    return this.finish(parsed.caller, parsed.sessionId, call, session, decision, outcome.updatedInput, t0);
  }

  private reviewWithTimeout(req: ReviewRequest, seconds: number, signal: AbortSignal): Promise<ReviewOutcome | 'timeout'> {
    const ctl = new AbortController();
    const onAbort = (): void => ctl.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), seconds * 1000);
    });
    const review = this.deps.review(req, ctl.signal).catch(
      (e: unknown): ReviewOutcome => ({ decision: 'deny', decidedBy: 'error', reason: `review failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return Promise.race([review, timeout]).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      ctl.abort();
    });
  }

  private finish(
    caller: HookCaller,
    sessionId: string,
    call: ToolCallEvent,
    session: GateSession,
    decision: GateDecision,
    updatedInput: unknown,
    t0: number,
  ): HookReply {
    const ms = performance.now() - t0;
    try {
      session.addDecision(decision);
    } catch (e) {
      this.deps.onError?.(`recording the decision failed: ${String(e)}`);
    }
    this.audit({
      sessionId,
      ...(call.toolUseId ? { toolUseId: call.toolUseId } : {}),
      tool: call.name,
      caller,
      decision: decision.decision,
      decidedBy: decision.decidedBy,
      score: decision.score,
      reasons: decision.reasons,
      ...(decision.reason ? { reason: decision.reason } : {}),
      ...(decision.reviewer ? { reviewer: decision.reviewer } : {}),
      inputHash: hashInput(call.input),
      reviewedInputHash: hashInput(updatedInput === undefined ? call.input : updatedInput),
      decisionMs: Math.round(ms * 1000) / 1000,
    });
    this.deps.onDecision?.({ decision, caller, sessionId, tool: call.name, ms });
    return preToolUseReply(caller, {
      decision: decision.decision,
      reason: decision.reason ?? '',
      ...(updatedInput !== undefined && decision.decision === 'allow' ? { updatedInput } : {}),
    });
  }

  private errorDeny(message: string, input: unknown, sessionId = 'unknown'): HookReply {
    this.deps.onError?.(message);
    this.audit({
      sessionId,
      tool: '',
      caller: 'unknown',
      decision: 'deny',
      decidedBy: 'error',
      score: 0,
      reasons: [message],
      reason: message,
      inputHash: hashInput(input),
      decisionMs: 0,
    });
    // Exit 2 + stderr blocks in every agent, whatever its output format.
    return { exitCode: 2, stdout: '', stderr: `Vigil gate: ${message}; denied.\n` };
  }

  private audit(record: Parameters<AuditLog['append']>[0]): void {
    this.deps.audit?.append(record).catch((e: unknown) => this.deps.onError?.(`audit log write failed: ${String(e)}`));
  }
}
