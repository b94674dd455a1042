import type { DraftEvent, Session } from '../../model/events';
import { dedupKey } from './codexText';

/** Bounded insertion-ordered set: remembers the last `cap` keys. */
export class RecentSet {
  private readonly keys = new Set<string>();
  constructor(private readonly cap: number) {}
  has(k: string): boolean {
    return this.keys.has(k);
  }
  add(k: string): void {
    this.keys.delete(k);
    this.keys.add(k);
    if (this.keys.size > this.cap) {
      const first = this.keys.values().next();
      if (!first.done) this.keys.delete(first.value);
    }
  }
  delete(k: string): boolean {
    return this.keys.delete(k);
  }
  clear(): void {
    this.keys.clear();
  }
}

/**
 * Codex persists the same reasoning summary / message twice: as a `response_item` and as an
 * `event_msg` (agent_reasoning, agent_message; newer: item_completed). Per turn, whichever comes
 * first is emitted; the other is recognised by its text and dropped. Once a turn has shown a
 * response item of a kind, event copies of that kind are dropped without comparing.
 */
export type DedupKind = 'reasoning' | 'assistant';

export class TurnDedup {
  private readonly fromEvents: Record<DedupKind, string[]> = { reasoning: [], assistant: [] };
  private readonly itemsSeen: Record<DedupKind, boolean> = { reasoning: false, assistant: false };

  newTurn(): void {
    for (const k of ['reasoning', 'assistant'] as const) {
      this.fromEvents[k] = [];
      this.itemsSeen[k] = false;
    }
  }

  /** An event_msg copy: true when it should be emitted. */
  acceptEvent(kind: DedupKind, text: string): boolean {
    if (this.itemsSeen[kind]) return false;
    const list = this.fromEvents[kind];
    list.push(norm(text));
    if (list.length > 64) list.shift();
    return true;
  }

  /** A response_item with these part texts: true when it should be emitted (not already shown from events). */
  acceptItem(kind: DedupKind, parts: readonly string[]): boolean {
    this.itemsSeen[kind] = true;
    if (!parts.length) return true;
    const list = this.fromEvents[kind];
    const idx = parts.map((p) => list.indexOf(norm(p)));
    if (idx.some((i) => i < 0)) return true;
    for (const p of parts) list.splice(list.indexOf(norm(p)), 1);
    return false;
  }
}

function norm(s: string): string {
  return dedupKey(s);
}

/** Mutable per-file parse state shared by the record handlers. */
export interface CodexState {
  session: Session;
  /** Session id was read from session_meta (not the fallback). */
  haveMeta: boolean;
  cwd: string | undefined;
  turnId: string | undefined;
  dedup: TurnDedup;
  /** Tool call ids already emitted (and their outputs). */
  calls: RecentSet;
  results: RecentSet;
  /** Response-item tool calls seen: newer `*_end` / item_completed records then only duplicate them. */
  responseToolCalls: boolean;
  /** User messages from response items waiting for the matching `user_message` event (or a flush). */
  pendingUser: { text: string; ts?: string; line: number }[];
  /** Normalised texts of user prompts emitted from events (to drop the response-item copy). */
  userFromEvents: string[];
  userPrompts: number;
}

export type Emit = (draft: DraftEvent) => void;

export function newState(fallbackId: string): CodexState {
  return {
    session: { id: fallbackId, agent: 'codex' },
    haveMeta: false,
    cwd: undefined,
    turnId: undefined,
    dedup: new TurnDedup(),
    calls: new RecentSet(20000),
    results: new RecentSet(20000),
    responseToolCalls: false,
    pendingUser: [],
    userFromEvents: [],
    userPrompts: 0,
  };
}

export function startTurn(state: CodexState, turnId: string | undefined): void {
  if (turnId && turnId === state.turnId) return;
  state.turnId = turnId;
  state.dedup.newTurn();
}
