import type { ToolResultEvent, VigilEvent } from '../model/events';
import { mergeToolCall } from './mergeToolCall';

/** Ids the hook payload parser gives its events (`hook:<toolUseId>`, `hook-result:…`, `hook-prompt:…`). */
export function isHookEventId(id: string): boolean {
  return id.startsWith('hook:') || id.startsWith('hook-');
}

/**
 * Finds the stored copy of an event that reached the session twice: once from a hook payload and
 * once from the transcript. Tool calls and results pair by `toolUseId`; a user prompt pairs with an
 * identical prompt from the other channel (once, so a prompt typed twice stays twice).
 */
export class DuplicateIndex {
  private readonly calls = new Map<string, number>();
  private readonly results = new Map<string, number>();
  /** Unpaired prompts by text, with where they came from. */
  private readonly prompts = new Map<string, { at: number; hook: boolean }[]>();

  /** Where `e` is already stored, and the merged event to store there; undefined when `e` is new. */
  find(e: VigilEvent, events: readonly VigilEvent[]): { at: number; merged: VigilEvent } | undefined {
    if (e.kind === 'tool_call') {
      const at = this.calls.get(e.toolUseId);
      const existing = at === undefined ? undefined : events[at];
      if (at === undefined || existing?.kind !== 'tool_call') return undefined;
      return { at, merged: { ...mergeToolCall(existing, e), id: existing.id, seq: existing.seq, sessionId: existing.sessionId } };
    }
    if (e.kind === 'tool_result') {
      const at = this.results.get(e.toolUseId);
      const existing = at === undefined ? undefined : events[at];
      if (at === undefined || existing?.kind !== 'tool_result') return undefined;
      return { at, merged: mergeResult(existing, e) };
    }
    if (e.kind === 'user_prompt') {
      const list = this.prompts.get(promptKey(e.text));
      const hook = isHookEventId(e.id);
      const i = list?.findIndex((p) => p.hook !== hook) ?? -1;
      if (!list || i < 0) return undefined;
      const [pair] = list.splice(i, 1);
      const existing = events[pair!.at]!;
      return { at: pair!.at, merged: existing.ts || !e.ts ? existing : { ...existing, ts: e.ts } };
    }
    return undefined;
  }

  /** Records a newly stored event. */
  add(e: VigilEvent, at: number): void {
    if (e.kind === 'tool_call') this.calls.set(e.toolUseId, at);
    else if (e.kind === 'tool_result') this.results.set(e.toolUseId, at);
    else if (e.kind === 'user_prompt') {
      const key = promptKey(e.text);
      const list = this.prompts.get(key) ?? [];
      list.push({ at, hook: isHookEventId(e.id) });
      this.prompts.set(key, list);
    }
  }

  toolCallAt(toolUseId: string): number | undefined {
    return this.calls.get(toolUseId);
  }

  clear(): void {
    this.calls.clear();
    this.results.clear();
    this.prompts.clear();
  }
}

function promptKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first copy wins; the second fills what it lacked (output, rejection, line, time). */
function mergeResult(existing: ToolResultEvent, incoming: ToolResultEvent): ToolResultEvent {
  const merged: ToolResultEvent = { ...existing };
  if (!merged.output && incoming.output) merged.output = incoming.output;
  if (merged.rejected === undefined && incoming.rejected !== undefined) merged.rejected = incoming.rejected;
  if (merged.line === undefined && incoming.line !== undefined) merged.line = incoming.line;
  if (merged.ts === undefined && incoming.ts !== undefined) merged.ts = incoming.ts;
  if (!merged.isError && incoming.isError) merged.isError = true;
  return merged;
}
