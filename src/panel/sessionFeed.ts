/**
 * Batches session appends: many appends in a burst become one flush per `intervalMs` per
 * session, so the webview gets one `appended` message per batch instead of one per line.
 */
export class SessionFeed {
  private pending = new Map<string, Map<string, unknown>>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly flush: (sessionId: string, changed: unknown[]) => void,
    private readonly intervalMs = 30,
  ) {}

  /** Note that `sessionId` gained events; `changed` are the events reported with the append (deduplicated by id). */
  push<E extends { id: string }>(sessionId: string, changed: readonly E[]): void {
    let m = this.pending.get(sessionId);
    if (!m) this.pending.set(sessionId, (m = new Map()));
    for (const e of changed) m.set(e.id, e);
    this.timer ??= setTimeout(() => this.flushNow(), this.intervalMs);
  }

  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    for (const [sid, changed] of batch) this.flush(sid, [...changed.values()]);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
