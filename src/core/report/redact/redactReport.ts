import type { Finding, VigilEvent } from '../../model/events';
import type { Report, ReportChild } from '../reportSchema';
import { collectHomeNames, type IdentityOptions } from './identity';
import { RedactionRun, type RedactionSample } from './redactDeep';
import { createRedactor, mapOffset } from './redactText';

/**
 * Redacts every string of a report (events, tool inputs, paths, findings, decisions, stats, session)
 * and records counts by kind in `report.redaction`.
 *
 * Finding spans: a span points into one field of its event. When that field is known (`text`,
 * `command`) its offsets are mapped through the replacements (a span edge inside a replaced secret
 * snaps to the marker's edge) and the quote becomes exactly the redacted slice, so highlights stay
 * aligned. When the field cannot be resolved, the span is kept only if redaction changed nothing in
 * the event; otherwise it is dropped (counted in `redaction.droppedSpans`) and the quote is redacted
 * on its own.
 */
export function redactReport(report: Report, local: IdentityOptions, samples?: RedactionSample[]): Report {
  const names = new Set(local.userNames);
  visitStrings(report, (s) => collectHomeNames(s, names));
  const run = new RedactionRun(createRedactor({ homeDirs: local.homeDirs, userNames: [...names] }), samples);
  let droppedSpans = 0;

  const part = (events: readonly VigilEvent[], findings: readonly Finding[]) => {
    const changed = new Set<string>();
    const originals = new Map<string, VigilEvent>();
    const outEvents = events.map((e) => {
      originals.set(e.id, e);
      const before = run.total;
      const r = run.deep(e);
      if (run.total !== before) changed.add(e.id);
      return r;
    });
    const outFindings = findings.map((f) => {
      const r = redactFinding(f, originals.get(f.eventId), changed.has(f.eventId), run);
      if (f.span && !r.span) droppedSpans++;
      return r;
    });
    return { events: outEvents, findings: outFindings };
  };

  const main = part(report.events, report.findings);
  const children: ReportChild[] = report.children.map((c) => {
    const p = part(c.events, c.findings);
    return { session: run.deep(c.session), events: p.events, findings: p.findings, risks: run.deep(c.risks) };
  });
  return {
    ...report,
    session: run.deep(report.session),
    events: main.events,
    findings: main.findings,
    children,
    decisions: run.deep(report.decisions),
    risks: run.deep(report.risks),
    stats: run.deep(report.stats),
    redaction: { applied: true, counts: sortedCounts(run.counts), total: run.total, droppedSpans },
  };
}

function fieldText(e: VigilEvent | undefined, f: Finding): string | undefined {
  if (!e) return undefined;
  if ((f.field ?? 'text') === 'text' && 'text' in e) return e.text;
  if (f.field === 'command' && e.kind === 'tool_call') return e.command;
  return undefined;
}

function redactFinding(f: Finding, event: VigilEvent | undefined, eventChanged: boolean, run: RedactionRun): Finding {
  const out = run.deep(f);
  if (!f.span) return out;
  const source = fieldText(event, f);
  if (source === undefined) {
    if (eventChanged) delete out.span;
    return out;
  }
  const r = run.redactRaw(source);
  if (!r.hits.length) return out;
  const start = mapOffset(r.hits, f.span.start, 'start');
  const end = mapOffset(r.hits, f.span.end, 'end');
  if (start > end || end > r.text.length) {
    delete out.span;
    return out;
  }
  out.span = { start, end };
  if (source.slice(f.span.start, f.span.end) === f.quote) out.quote = r.text.slice(start, end);
  return out;
}

function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Calls `fn` on every string (and object key) in a JSON-like value. */
export function visitStrings(value: unknown, fn: (s: string) => void): void {
  if (typeof value === 'string') fn(value);
  else if (Array.isArray(value)) for (const v of value) visitStrings(v, fn);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      fn(k);
      visitStrings(v, fn);
    }
  }
}
