import type { CodexState, Emit } from './codexState';
import { dedupKey } from './codexText';

/**
 * User prompts. Codex writes the typed prompt twice (a `user` response item and a `user_message`
 * event) and also injects context as `user` messages (AGENTS.md, environment context). Known
 * injections are dropped by their markers; other user items wait until the `user_message` event
 * says which one the person typed, or until the agent starts working (older files without events).
 */

const MAX_PENDING = 32;

function promptEvent(state: CodexState, emit: Emit, text: string, line: number, ts: string | undefined, suffix = ''): void {
  state.userPrompts++;
  if (!state.session.title) {
    const first = text.trim().split('\n', 1)[0] ?? '';
    if (first) state.session.title = first.length > 80 ? `${first.slice(0, 79)}…` : first;
  }
  emit({ id: `${state.session.id}:L${line}${suffix}`, kind: 'user_prompt', text, ...(ts ? { ts } : {}), line });
}

/** A `user` response item that is not a known injection. */
export function userItem(state: CodexState, emit: Emit, text: string, line: number, ts: string | undefined): void {
  const key = dedupKey(text);
  const i = state.userFromEvents.indexOf(key);
  if (i >= 0) {
    state.userFromEvents.splice(i, 1);
    return;
  }
  state.pendingUser.push(ts ? { text, ts, line } : { text, line });
  if (state.pendingUser.length > MAX_PENDING) state.pendingUser.shift();
}

/** A `user_message` event (or item_completed UserMessage): the prompt the person typed. */
export function userEvent(state: CodexState, emit: Emit, text: string, line: number, ts: string | undefined): void {
  const key = dedupKey(text);
  const match = state.pendingUser.find((p) => dedupKey(p.text) === key);
  state.pendingUser = [];
  if (match) {
    promptEvent(state, emit, match.text, match.line, match.ts);
    return;
  }
  state.userFromEvents.push(key);
  if (state.userFromEvents.length > MAX_PENDING) state.userFromEvents.shift();
  promptEvent(state, emit, text, line, ts);
}

/** The agent started working without a `user_message` event: pending user items were prompts. */
export function flushPendingUser(state: CodexState, emit: Emit): void {
  if (!state.pendingUser.length) return;
  const pending = state.pendingUser;
  state.pendingUser = [];
  for (const p of pending) promptEvent(state, emit, p.text, p.line, p.ts);
}
