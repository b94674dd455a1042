import type { ToolCallEvent } from '../model/events';

/**
 * One tool call delivered twice — by a hook payload (the authoritative proposal, seen before the
 * call runs) and by a transcript line — with the same `toolUseId` becomes one event:
 *  - identity (`id`, `seq`, `sessionId`) stays the earliest one's, so views do not jump;
 *  - the hook's proposal wins for what the call does (`input`, `command`, `changes`, `paths`, kind);
 *    the transcript fills what the hook lacked (e.g. `subagentSessionId`, `line`, `ts`);
 *  - `origin` is `hook` whenever a hook delivered it.
 * Two transcript copies (or two hook copies): the incoming one fills gaps only.
 */
export function mergeToolCall(existing: ToolCallEvent, incoming: ToolCallEvent): ToolCallEvent {
  const hook = existing.origin === 'hook' ? existing : incoming.origin === 'hook' ? incoming : undefined;
  const primary = hook ?? existing;
  const secondary = primary === existing ? incoming : existing;
  const earliest = existing.seq <= incoming.seq ? existing : incoming;

  // The primary copy's defined fields win; the other copy fills the gaps (transcript line, subagent id…).
  const merged: ToolCallEvent = { ...secondary, ...defined(primary) };
  if (!primary.changes?.length) {
    if (secondary.changes?.length) merged.changes = secondary.changes;
  } else if (secondary.changes?.length) {
    // Same file in both: the other copy fills what the proposal lacks (e.g. `before` read by the transcript).
    merged.changes = primary.changes.map((c) => {
      const twin = secondary.changes?.find((o) => o.path === c.path);
      return twin ? { ...twin, ...defined(c) } : c;
    });
  }
  merged.id = earliest.id;
  merged.seq = earliest.seq;
  merged.sessionId = earliest.sessionId;
  if (hook) merged.origin = 'hook';
  else if (existing.origin ?? incoming.origin) merged.origin = existing.origin ?? incoming.origin;
  return merged;
}

/** The object without its undefined-valued keys (so they don't erase the other copy's values). */
function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
