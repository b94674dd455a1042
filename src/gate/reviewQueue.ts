/**
 * Pending human reviews: one shown at a time (diff + review panel), the rest queued, the count in
 * the status bar. Implements the engine's `review(req, signal)`; the engine owns the time-out and
 * aborts `signal` on time-out or when the agent stops waiting, which drops the review here.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { ReviewOutcome, ReviewRequest } from '../core/gate/gateEngine';
import { reviewedInput } from '../core/gate/reviewedInput';
import { describeSignature } from '../core/gate/similar';
import { closePrepared, prepareReview, reviewedText, showPrepared, type PreparedReview, type ReviewContentProvider } from './reviewDocuments';
import type { ReviewInbound, ReviewView } from './reviewMessages';
import { ReviewPanel } from './reviewPanel';

interface Pending {
  req: ReviewRequest;
  resolve(o: ReviewOutcome): void;
  reject(e: Error): void;
  prepared?: PreparedReview;
  deadline: number;
}

export interface ReviewQueueDeps {
  provider: ReviewContentProvider;
  tmpRoot: string;
  log: vscode.LogOutputChannel;
  threshold(): number;
  timeoutSeconds(): number;
}

const AGENT_NAMES: Record<string, string> = { 'claude-code': 'Claude Code', codex: 'Codex', vscode: 'VS Code agent' };

export class ReviewQueue implements vscode.Disposable {
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private readonly panel: ReviewPanel;
  private readonly status = vscode.window.createStatusBarItem('vigil.gate.reviews', vscode.StatusBarAlignment.Left, 1000);
  private showing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: ReviewQueueDeps) {
    this.panel = new ReviewPanel((m) => void this.onMessage(m), deps.log);
    this.status.name = 'Vigil pending reviews';
    this.status.command = 'vigil.gate.showReview';
    this.updateStatus();
  }

  get pending(): number {
    return this.queue.length;
  }

  review(req: ReviewRequest, signal: AbortSignal): Promise<ReviewOutcome> {
    return new Promise<ReviewOutcome>((resolve, reject) => {
      const p: Pending = { req, resolve, reject, deadline: Date.now() + this.deps.timeoutSeconds() * 1000 };
      if (signal.aborted) return reject(new Error('cancelled before the review opened'));
      this.queue.push(p);
      signal.addEventListener('abort', () => void this.settle(p, undefined, new Error('the agent stopped waiting (time-out or cancelled hook)')), { once: true });
      this.updateStatus();
      if (!this.current) this.showing = this.showing.then(() => this.showNext());
      else this.refreshPanel();
    });
  }

  /** Brings the current review back (status bar click, command). */
  async reveal(): Promise<void> {
    if (!this.current) return;
    if (this.current.prepared) await showPrepared(this.current.prepared);
    this.refreshPanel(false);
  }

  private async showNext(): Promise<void> {
    const next = this.queue[0];
    this.current = next;
    this.updateStatus();
    if (!next) {
      this.panel.show({ type: 'empty', pending: 0 });
      this.panel.hide();
      return;
    }
    try {
      next.prepared = await prepareReview(next.req, this.deps.provider, this.deps.tmpRoot);
      if (this.current !== next) return void (await next.prepared.dispose());
      await showPrepared(next.prepared);
      this.refreshPanel();
      void vscode.window.showWarningMessage(`Vigil: ${AGENT_NAMES[next.req.caller] ?? next.req.caller} waits for your review of ${next.req.call.name} (risk ${next.req.risk.score}).`, 'Show review').then((c) => {
        if (c) void this.reveal();
      });
    } catch (e) {
      this.deps.log.error(`Vigil review could not be shown: ${String(e)}`);
      await this.settle(next, { decision: 'deny', decidedBy: 'error', reason: `Vigil could not show the review: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private view(p: Pending): ReviewView {
    const r = p.req;
    return {
      reviewId: r.id,
      title: `${AGENT_NAMES[r.caller] ?? r.caller} wants to ${what(r)}`,
      agent: AGENT_NAMES[r.caller] ?? r.caller,
      tool: r.call.name,
      target: p.prepared?.target ?? r.call.command ?? r.call.name,
      score: r.risk.score,
      threshold: this.deps.threshold(),
      reasons: r.reasons.filter((x) => !r.mandatory.includes(x)),
      mandatory: r.mandatory,
      quotes: r.findings.map((f) => ({ monitor: f.monitor, severity: f.severity, message: f.message, quote: f.quote })),
      ...(r.similar ? { similar: describeSignature(r.similar) } : {}),
      editNote: p.prepared?.editNote ?? '',
      position: 1,
      pending: this.queue.length,
      timeoutSeconds: Math.max(0, Math.round((p.deadline - Date.now()) / 1000)),
    };
  }

  private refreshPanel(preserveFocus = true): void {
    if (this.current) this.panel.show({ type: 'show', view: this.view(this.current) }, preserveFocus);
  }

  private async onMessage(m: ReviewInbound): Promise<void> {
    const p = this.current;
    if (m.type === 'ready') return;
    if (!p || m.reviewId !== p.req.id) return;
    if (m.type === 'openDiff') return void (await this.reveal());
    const reviewer = safeUser();
    if (m.type === 'reject') return this.settle(p, { decision: 'deny', decidedBy: 'human', reason: m.reason, reviewer });
    let updatedInput: unknown;
    const ed = p.prepared?.editable;
    if (ed && p.prepared) {
      const text = await reviewedText(p.prepared);
      if (text !== undefined) updatedInput = reviewedInput(p.req.call.name, p.req.call.input, ed.change, ed.before, ed.proposed, text);
    }
    await this.settle(p, {
      decision: 'allow',
      decidedBy: 'human',
      reviewer,
      ...(updatedInput !== undefined ? { updatedInput } : {}),
      ...(m.type === 'approveSimilar' ? { allowSimilar: true } : {}),
    });
  }

  private async settle(p: Pending, outcome: ReviewOutcome | undefined, err?: Error): Promise<void> {
    const i = this.queue.indexOf(p);
    if (i < 0) return;
    this.queue.splice(i, 1);
    if (outcome) p.resolve(outcome);
    else p.reject(err ?? new Error('review dropped'));
    if (p.prepared) {
      await closePrepared(p.prepared).catch((e: unknown) => this.deps.log.warn(`closing review editors: ${String(e)}`));
      await p.prepared.dispose().catch(() => undefined);
    }
    if (this.current === p) {
      this.current = undefined;
      this.showing = this.showing.then(() => this.showNext());
    } else {
      this.updateStatus();
      this.refreshPanel();
    }
  }

  private updateStatus(): void {
    const n = this.queue.length;
    if (!n) return this.status.hide();
    this.status.text = `$(shield) Vigil: ${n} review${n === 1 ? '' : 's'} pending`;
    this.status.tooltip = 'An agent is waiting for your decision. Click to show the review.';
    this.status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.status.show();
  }

  dispose(): void {
    for (const p of [...this.queue]) p.reject(new Error('Vigil is shutting down'));
    this.queue.length = 0;
    this.panel.dispose();
    this.status.dispose();
  }
}

function what(r: ReviewRequest): string {
  const c = r.call;
  if (c.command !== undefined) return `run a command (${c.name})`;
  const ch = c.changes ?? [];
  if (ch.length === 1 && ch[0]) return `${ch[0].kind === 'add' ? 'write' : ch[0].kind} ${ch[0].path} (${c.name})`;
  if (ch.length) return `change ${ch.length} files (${c.name})`;
  return `use ${c.name}`;
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'reviewer';
  }
}
