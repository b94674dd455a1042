import type { Finding, Session, VigilEvent } from '../model/events';
import { omitContent } from './omitContent';
import { redactReport } from './redact/redactReport';
import type { IdentityOptions } from './redact/identity';
import type { RedactionSample } from './redact/redactDeep';
import { localIdentity } from './redact/redactText';
import { computeStats } from './reportStats';
import { REPORT_VERSION, type Report, type ReportChild, type ReportDecision, type ReportOptions, type ReportRisk } from './reportSchema';

export interface ReportSessionInput {
  session: Session;
  events: readonly VigilEvent[];
  /** Findings the analyzer raised; `finding` events in `events` are merged in (by id). */
  findings: readonly Finding[];
  /** Risk per tool call, when the caller scored them (analyzer.riskFor). */
  risks?: readonly ReportRisk[];
}

export interface BuildReportInput extends ReportSessionInput {
  /** Subagent sessions. */
  children?: readonly ReportSessionInput[];
}

export interface BuildReportOptions extends ReportOptions {
  /** Defaults to now. */
  generatedAt?: string;
  generator?: { name: string; version: string };
  /** Home folders and user names to redact; defaults to the local user's. */
  identity?: IdentityOptions;
  /** Collects masked examples of replacements (for the export preview). */
  samples?: RedactionSample[];
}

export const GENERATOR = { name: 'vigil', version: '0.1.0' } as const;

function mergeFindings(events: readonly VigilEvent[], findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const add = (f: Finding) => {
    if (seen.has(f.id)) return;
    seen.add(f.id);
    out.push(f);
  };
  for (const f of findings) add(f);
  for (const e of events) if (e.kind === 'finding') add(e.finding);
  return out;
}

/** Gate decisions come from the session's `gate_decision` events. */
export function decisionsOf(events: readonly VigilEvent[]): ReportDecision[] {
  const out: ReportDecision[] = [];
  for (const e of events) {
    if (e.kind !== 'gate_decision') continue;
    const d: ReportDecision = { ...e.decision, eventId: e.id, sessionId: e.sessionId, seq: e.seq };
    if (e.ts) d.ts = e.ts;
    out.push(d);
  }
  return out;
}

/** `finding` events become findings (their single home in a report); viewers re-interleave them. */
function withoutFindingEvents(events: readonly VigilEvent[]): VigilEvent[] {
  return events.filter((e) => e.kind !== 'finding');
}

function part(input: ReportSessionInput, opts: ReportOptions): ReportChild {
  const findings = mergeFindings(input.events, input.findings);
  const kept = omitContent(withoutFindingEvents(input.events), findings, opts);
  return { session: input.session, events: kept.events, findings: kept.findings, risks: [...(input.risks ?? [])] };
}

/**
 * Builds a shareable report of one session and its subagents. Stats (files changed, +/- counts) are
 * computed before contents are left out; redaction (on unless `redact: false`) runs last, over every
 * string of the report.
 */
export function buildReport(input: BuildReportInput, opts: BuildReportOptions): Report {
  const options: ReportOptions = { redact: opts.redact, includeFileContents: opts.includeFileContents, includeReasoning: opts.includeReasoning };
  const main = part(input, options);
  const decisions = decisionsOf(input.events);
  const report: Report = {
    vigilReport: REPORT_VERSION,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    generator: { ...(opts.generator ?? GENERATOR) },
    session: input.session,
    children: (input.children ?? []).map((c) => part(c, options)),
    events: main.events,
    findings: main.findings,
    decisions,
    risks: main.risks,
    stats: computeStats(withoutFindingEvents(input.events), main.findings, decisions, main.risks),
    redaction: { applied: false, counts: {}, total: 0, droppedSpans: 0 },
    options,
  };
  return opts.redact ? redactReport(report, opts.identity ?? localIdentity(), opts.samples) : report;
}
