import type { Finding, ToolCallEvent } from '../model/events';

const MAX_CALLS_AHEAD = 3;

interface PendingThought {
  eventId: string;
  findings: Finding[];
  callsSeen: number;
  linkedRelated: boolean;
}

/** Words in a quote distinctive enough to tie it to a command or path (identifiers, file names). */
function distinctiveWords(quote: string): string[] {
  const words = quote.match(/[A-Za-z_][\w./-]{3,80}/g) ?? [];
  return words.filter((w) => /[./_-]/.test(w) || /[a-z][A-Z]/.test(w)).map((w) => w.replace(/[.,:;]+$/, '').toLowerCase());
}

function relates(f: Finding, call: ToolCallEvent): boolean {
  const hay = [call.command ?? '', ...(call.paths ?? []), ...(call.changes ?? []).map((c) => c.path)].join('\n').toLowerCase();
  if (!hay) return false;
  return distinctiveWords(f.quote).some((w) => w.length >= 4 && hay.includes(w));
}

/**
 * Links flagged reasoning/assistant spans to the tool call they lead to: the next call in the same
 * turn, re-pointed to a later call (up to 3 ahead) whose command or paths name something in the span.
 * Findings are updated in place (the same objects the analyzer returned).
 */
export class ThoughtLinker {
  private pending: PendingThought[] = [];

  addThoughts(eventId: string, findings: Finding[]): void {
    if (findings.length > 0) this.pending.push({ eventId, findings, callsSeen: 0, linkedRelated: false });
  }

  /** A new turn starts: thoughts from the previous one no longer lead anywhere. */
  reset(): void {
    this.pending = [];
  }

  /** Links pending thoughts to this call; returns the id of the thought event behind it, if any. */
  onToolCall(call: ToolCallEvent): string | undefined {
    let behind: string | undefined;
    for (const p of this.pending) {
      p.callsSeen++;
      const related = p.findings.some((f) => relates(f, call));
      if (p.callsSeen === 1 || (related && !p.linkedRelated)) {
        for (const f of p.findings) f.relatedEventId = call.id;
        if (related) p.linkedRelated = true;
        behind = p.eventId;
      }
    }
    this.pending = this.pending.filter((p) => p.callsSeen < MAX_CALLS_AHEAD && !p.linkedRelated);
    return behind;
  }

  /** The most recent thought event with findings still pending (for scoring a proposal). */
  recent(): readonly { eventId: string; findings: readonly Finding[]; callsSeen: number }[] {
    return this.pending;
  }
}
