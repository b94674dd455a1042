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
 * Codex persists the same reasoning summary / assistant message up to three times: as a
 * `response_item`, as an `event_msg` (agent_reasoning — one per summary part — or agent_message)
 * and, in newer versions, as an item_completed item. Per turn, whichever comes first is shown; a
 * later record whose parts were all shown from another source is a copy. Once a turn has shown a
 * response item of a kind, event copies of that kind are dropped without comparing.
 */
export type DedupKind = 'reasoning' | 'assistant';
export type DedupSource = 'response' | 'event' | 'item_completed';

const MAX_PARTS = 64;

export class TurnDedup {
  private parts: Record<DedupKind, { key: string; sources: Set<DedupSource> }[]> = { reasoning: [], assistant: [] };
  private responseSeen: Record<DedupKind, boolean> = { reasoning: false, assistant: false };

  newTurn(): void {
    this.parts = { reasoning: [], assistant: [] };
    this.responseSeen = { reasoning: false, assistant: false };
  }

  /** True when a record with these part texts should be shown (it is not a copy of one already shown). */
  accept(kind: DedupKind, texts: readonly string[], source: DedupSource): boolean {
    if (source !== 'response' && this.responseSeen[kind]) return false;
    if (source === 'response') this.responseSeen[kind] = true;
    if (!texts.length) return source === 'response';
    const list = this.parts[kind];
    const twins = texts.map((t) => list.find((p) => p.key === norm(t) && !p.sources.has(source)));
    if (twins.every((t) => t !== undefined)) {
      for (const t of twins) t?.sources.add(source);
      return false;
    }
    if (source !== 'response') {
      for (const t of texts) list.push({ key: norm(t), sources: new Set([source]) });
      if (list.length > MAX_PARTS) list.splice(0, list.length - MAX_PARTS);
    }
    return true;
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
  /** Prompts shown recently, by dedup key, with the record kinds they were seen as (to drop copies). */
  recentPrompts: { key: string; sources: Set<PromptSource> }[];
  userPrompts: number;
}

export type Emit = (draft: DraftEvent) => void;

/** Where a copy of a user prompt came from. */
export type PromptSource = 'response' | 'user_message' | 'item_completed';

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
    recentPrompts: [],
    userPrompts: 0,
  };
}

export function startTurn(state: CodexState, turnId: string | undefined): void {
  if (turnId && turnId === state.turnId) return;
  state.turnId = turnId;
  state.dedup.newTurn();
}
