import type { Finding } from './events';
import { severityRank, type Severity } from './taxonomy';

/** A piece of text; flagged pieces carry every finding whose span covers them. */
export interface Segment {
  start: number;
  end: number;
  findings: Finding[];
  /** Highest severity among `findings` (colour of the highlight). */
  severity?: Severity;
}

/**
 * Cuts `[0, length)` into consecutive segments at every span boundary, so overlapping spans become
 * non-overlapping pieces each listing all findings that cover them. Spans are clamped to the text
 * (the webview may hold a trimmed text); empty and inverted spans are ignored. O(k log k) in spans.
 */
export function segmentText(length: number, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .filter((f) => f.span)
    .map((f) => ({ f, s: Math.min(f.span!.start, length), e: Math.min(f.span!.end, length) }))
    .filter((x) => x.e > x.s);
  if (!spans.length) return length > 0 ? [{ start: 0, end: length, findings: [] }] : [];
  const cuts = new Set<number>([0, length]);
  for (const x of spans) {
    cuts.add(x.s);
    cuts.add(x.e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((x) => x.s <= start && x.e >= end).map((x) => x.f);
    const seg: Segment = { start, end, findings: covering };
    if (covering.length) seg.severity = covering.reduce<Severity>((m, f) => (severityRank(f.severity) > severityRank(m) ? f.severity : m), covering[0]!.severity);
    const prev = out[out.length - 1];
    // Merge neighbours with the same set of findings (keeps the DOM small).
    if (prev && sameFindings(prev.findings, covering)) prev.end = end;
    else out.push(seg);
  }
  return out;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** Findings that point into a given field of an event (`field` missing counts as the event's main text). */
export function findingsForField(findings: readonly Finding[] | undefined, field: 'text' | 'command' | 'content' | 'path' | 'input'): Finding[] {
  return (findings ?? []).filter((f) => f.span && (f.field ?? (field === 'text' ? 'text' : undefined)) === field);
}
