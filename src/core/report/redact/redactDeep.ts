import { mapOffset, type RedactedText, type Redactor } from './redactText';

/** A masked example of one replacement, for the export preview: the redacted text around the marker. */
export interface RedactionSample {
  kind: string;
  context: string;
}

/** Structural fields: ids, enums and timestamps that are not user content and must stay joinable. */
const STRUCTURAL_KEYS = new Set([
  'id', 'sessionId', 'eventId', 'toolUseId', 'relatedEventId', 'subagentSessionId', 'parentSessionId',
  'findingId', 'kind', 'severity', 'category', 'channel', 'monitor', 'visibility', 'decision', 'decidedBy',
  'field', 'toolKind', 'origin', 'agent', 'ts', 'startedAt', 'generatedAt', 'firstEventAt', 'lastEventAt', 'vigilReport',
]);

/** Counts replacements by kind while redacting; caches strings (paths and names repeat a lot). */
export class RedactionRun {
  readonly counts: Record<string, number> = {};
  total = 0;
  private readonly cache = new Map<string, RedactedText>();

  /** `samples`: when given, up to `perKind` masked contexts per kind are collected into it. */
  constructor(
    private readonly redactor: Redactor,
    private readonly samples?: RedactionSample[],
    private readonly perKind = 3,
  ) {}

  /** Redacts one string and counts its replacements. */
  text(s: string): string {
    const r = this.redactRaw(s);
    for (const h of r.hits) {
      const n = (this.counts[h.kind] = (this.counts[h.kind] ?? 0) + 1);
      if (this.samples && n <= this.perKind) this.samples.push({ kind: h.kind, context: maskedContext(r, h.start, h.replacement.length) });
    }
    this.total += r.hits.length;
    return r.text;
  }

  /** Redacts without counting (for span bookkeeping of text that is counted elsewhere). */
  redactRaw(s: string): RedactedText {
    if (s.length < 3) return { text: s, hits: [] };
    const cached = s.length <= 256 ? this.cache.get(s) : undefined;
    if (cached) return cached;
    const r = this.redactor.redact(s);
    if (s.length <= 256) this.cache.set(s, r);
    return r;
  }

  /**
   * Redacts every string in a JSON-like value, object keys included. Structural keys of Vigil's own
   * objects keep their values; inside `input` (the agent's raw tool input) nothing is structural.
   */
  deep<T>(value: T, raw = false): T {
    return this.walk(value, raw) as T;
  }

  private walk(value: unknown, raw: boolean): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v, raw));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = raw ? this.text(k) : k;
      // Only scalar values of structural keys are kept (`decision` is an enum on a decision but an object on its event).
      const next = !raw && STRUCTURAL_KEYS.has(k) && (v === null || typeof v !== 'object') ? v : this.walk(v, raw || k === 'input');
      // defineProperty: a "__proto__" key from agent input stays a plain own property.
      Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}

const CONTEXT_CHARS = 32;

function maskedContext(r: RedactedText, originalStart: number, markerLength: number): string {
  const at = mapOffset(r.hits, originalStart, 'start');
  const from = Math.max(0, at - CONTEXT_CHARS);
  const to = Math.min(r.text.length, at + markerLength + CONTEXT_CHARS);
  const body = r.text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < r.text.length ? '…' : ''}`;
}
