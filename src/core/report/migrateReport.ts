import { z } from 'zod';
import { FindingSchema, SessionSchema, VigilEventSchema } from '../model/events';
import { decisionsOf } from './buildReport';
import { computeStats } from './reportStats';
import { REPORT_VERSION } from './reportSchema';

/**
 * Report format migrations: each step takes a parsed older document and returns the next version's
 * shape (validated afterwards by ReportSchema). Add a step when the format changes; never edit one.
 */

/** Format 0: the pre-release draft (`{vigilReport: 0, createdAt, session, events, findings}`), no
 *  decisions/stats/redaction summary. Its redaction state is unknown, so it is marked not applied. */
const ReportV0Schema = z.object({
  vigilReport: z.literal(0),
  createdAt: z.string(),
  session: SessionSchema,
  events: z.array(VigilEventSchema),
  findings: z.array(FindingSchema),
});

function migrateV0(doc: unknown): unknown {
  const v0 = ReportV0Schema.parse(doc);
  const decisions = decisionsOf(v0.events);
  return {
    vigilReport: 1,
    generatedAt: v0.createdAt,
    generator: { name: 'vigil', version: '0 (migrated)' },
    session: v0.session,
    children: [],
    events: v0.events,
    findings: v0.findings,
    decisions,
    risks: [],
    stats: computeStats(v0.events, v0.findings, decisions, []),
    redaction: { applied: false, counts: {}, total: 0, droppedSpans: 0 },
    options: { redact: false, includeFileContents: true, includeReasoning: true },
  };
}

const MIGRATIONS: Record<number, (doc: unknown) => unknown> = { 0: migrateV0 };

export type MigrateResult = { ok: true; doc: unknown; from: number } | { ok: false; error: string };

/** Brings a document of any known format version up to REPORT_VERSION. */
export function migrateReport(doc: Record<string, unknown>): MigrateResult {
  const version = doc.vigilReport;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: 'Not a Vigil report: the "vigilReport" format version is missing.' };
  }
  if (version > REPORT_VERSION) {
    return { ok: false, error: `This report uses format ${version}, written by a newer Vigil; this Vigil reads formats up to ${REPORT_VERSION}. Update Vigil to open it.` };
  }
  let current: unknown = doc;
  for (let v = version; v < REPORT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `Report format ${version} is no longer supported (no migration from ${v}).` };
    try {
      current = step(current);
    } catch (e) {
      return { ok: false, error: `Report format ${version} could not be migrated: ${e instanceof z.ZodError ? summarizeZodError(e) : String(e)}` };
    }
  }
  return { ok: true, doc: current, from: version };
}

/** First few validation problems as "path: message", for error messages. */
export function summarizeZodError(e: z.ZodError, max = 3): string {
  const parts = e.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = e.issues.length > max ? ` (+${e.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
