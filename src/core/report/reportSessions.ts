import type { Finding, Session, VigilEvent } from '../model/events';
import type { Report } from './reportSchema';

/** One session of a report as a viewer loads it: its events with each finding as a `finding` event. */
export interface ReportSessionEvents {
  session: Session;
  events: VigilEvent[];
}

/**
 * Interleaves findings into the event stream as `finding` events, each right after the event it
 * flags (findings whose event is missing go at the end). Viewers that take `finding` events as the
 * findings (the session registry's read-only sessions) then show exactly the report's flags.
 */
export function eventsWithFindings(events: readonly VigilEvent[], findings: readonly Finding[]): VigilEvent[] {
  const present = new Set<string>();
  for (const e of events) if (e.kind === 'finding') present.add(e.finding.id);
  const byEvent = new Map<string, Finding[]>();
  for (const f of findings) if (!present.has(f.id)) byEvent.set(f.eventId, [...(byEvent.get(f.eventId) ?? []), f]);
  const out: VigilEvent[] = [];
  const add = (f: Finding, after: VigilEvent | undefined) => {
    out.push({ id: `finding:${f.id}`, sessionId: after?.sessionId ?? f.eventId, seq: out.length, ...(after?.ts ? { ts: after.ts } : {}), kind: 'finding', finding: f });
  };
  for (const e of events) {
    out.push({ ...e, seq: out.length });
    for (const f of byEvent.get(e.id) ?? []) add(f, e);
    byEvent.delete(e.id);
  }
  for (const list of byEvent.values()) for (const f of list) add(f, out[out.length - 1]);
  return out;
}

/** The main session and its subagents, ready to load read-only (subagents keep their parent link). */
export function reportSessions(report: Report): { main: ReportSessionEvents; children: ReportSessionEvents[] } {
  return {
    main: { session: report.session, events: eventsWithFindings(report.events, report.findings) },
    children: report.children.map((c) => ({
      session: { ...c.session, parentSessionId: c.session.parentSessionId ?? report.session.id },
      events: eventsWithFindings(c.events, c.findings),
    })),
  };
}
