import type { CodexState, Emit, PromptSource } from './codexState';
import { dedupKey } from './codexText';
import { titleFrom } from '../claude/claudeSessionMeta';

/**
 * User prompts. Codex writes the typed prompt up to three times — a `user` response item, a
 * `user_message` event and (newer) an item_completed UserMessage — and also injects context as
 * `user` messages (AGENTS.md, environment context). Known injections are dropped by their markers;
 * other user items wait until an event says which one the person typed, or until the agent starts
 * working (older files without events). A copy is recognised by its text and by coming from a
 * source the emitted prompt has not been seen from yet, so a prompt typed again later still counts.
 */

const MAX_RECENT = 32;

function remember(state: CodexState, key: string, sources: PromptSource[]): void {
  state.recentPrompts.push({ key, sources: new Set(sources) });
  if (state.recentPrompts.length > MAX_RECENT) state.recentPrompts.shift();
}

/** True (and the source recorded) when this record is another copy of a prompt already shown. */
function isCopy(state: CodexState, key: string, source: PromptSource): boolean {
  const r = state.recentPrompts.find((p) => p.key === key && !p.sources.has(source));
  if (!r) return false;
  r.sources.add(source);
  return true;
}

const REQUEST_MARKER = '## My request for Codex:';

/**
 * What the person asked, for the title: the IDE extension and Codex Desktop put context first
 * ("# Context from my IDE setup:" / "# Files mentioned by the user:" … "## My request for Codex:").
 */
export function requestPart(text: string): string {
  const i = text.lastIndexOf(REQUEST_MARKER);
  return i >= 0 ? text.slice(i + REQUEST_MARKER.length) : text;
}

function promptEvent(state: CodexState, emit: Emit, text: string, line: number, ts: string | undefined): void {
  state.userPrompts++;
  if (!state.session.title) {
    const title = titleFrom(requestPart(text));
    if (title) state.session.title = title;
  }
  emit({ id: `${state.session.id}:L${line}`, kind: 'user_prompt', text, ...(ts ? { ts } : {}), line });
}

/** A `user` response item that is not a known injection. */
export function userItem(state: CodexState, _emit: Emit, text: string, line: number, ts: string | undefined): void {
  if (isCopy(state, dedupKey(text), 'response')) return;
  state.pendingUser.push(ts ? { text, ts, line } : { text, line });
  if (state.pendingUser.length > MAX_RECENT) state.pendingUser.shift();
}

/** A `user_message` event or an item_completed UserMessage: the prompt the person typed. */
export function userEvent(state: CodexState, emit: Emit, text: string, line: number, ts: string | undefined, source: PromptSource): void {
  const key = dedupKey(text);
  if (!key || isCopy(state, key, source)) return;
  const match = state.pendingUser.find((p) => dedupKey(p.text) === key);
  // Other pending user items were injected context.
  state.pendingUser = [];
  if (match) {
    remember(state, key, ['response', source]);
    promptEvent(state, emit, match.text, match.line, match.ts);
    return;
  }
  remember(state, key, [source]);
  promptEvent(state, emit, text, line, ts);
}

/** The agent started working without a prompt event: pending user items were prompts. */
export function flushPendingUser(state: CodexState, emit: Emit): void {
  if (!state.pendingUser.length) return;
  const pending = state.pendingUser;
  state.pendingUser = [];
  for (const p of pending) {
    remember(state, dedupKey(p.text), ['response']);
    promptEvent(state, emit, p.text, p.line, p.ts);
  }
}
