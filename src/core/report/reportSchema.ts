import { z } from 'zod';
import { FindingSchema, GateDecisionSchema, RiskSchema, SessionSchema, VigilEventSchema } from '../model/events';
import { CategorySchema, SeveritySchema } from '../model/taxonomy';

/** The report format version this Vigil writes. Older versions are migrated on open (see `migrateReport.ts`). */
export const REPORT_VERSION = 1 as const;

export const ReportOptionsSchema = z.object({
  /** Secrets, home paths and user names were replaced with markers. */
  redact: z.boolean(),
  /** File contents (edit/write payloads, before/after, hunks, read results) were kept. */
  includeFileContents: z.boolean(),
  /** Reasoning text (and quotes of reasoning findings) was kept. */
  includeReasoning: z.boolean(),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

/** A gate decision with where it sits in the session (from its `gate_decision` event). */
export const ReportDecisionSchema = GateDecisionSchema.extend({
  eventId: z.string(),
  sessionId: z.string(),
  seq: z.number().int().nonnegative(),
  ts: z.string().optional(),
});
export type ReportDecision = z.infer<typeof ReportDecisionSchema>;

/** Risk of one tool call as scored when the report was built (lets viewers rebuild the risk column). */
export const ReportRiskSchema = RiskSchema.extend({ eventId: z.string(), seq: z.number().int().nonnegative() });
export type ReportRisk = z.infer<typeof ReportRiskSchema>;

export const FileStatSchema = z.object({
  path: z.string(),
  kind: z.enum(['add', 'delete', 'update', 'move']),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  /** How many tool calls changed this file. */
  edits: z.number().int().positive(),
});
export type FileStat = z.infer<typeof FileStatSchema>;

export const ReportStatsSchema = z.object({
  events: z.number().int().nonnegative(),
  eventsByKind: z.record(z.string(), z.number().int().nonnegative()),
  toolCalls: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
  findingsBySeverity: z.record(SeveritySchema, z.number().int().nonnegative()),
  findingsByCategory: z.record(CategorySchema, z.number().int().nonnegative()),
  decisions: z.number().int().nonnegative(),
  denied: z.number().int().nonnegative(),
  maxRisk: z.number().min(0).max(100),
  filesChanged: z.array(FileStatSchema),
  firstEventAt: z.string().optional(),
  lastEventAt: z.string().optional(),
});
export type ReportStats = z.infer<typeof ReportStatsSchema>;

export const RedactionSummarySchema = z.object({
  applied: z.boolean(),
  /** Replacements by kind (e.g. { "openai-key": 2, "home-path": 14 }); never the values. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  /** Finding spans that no longer lined up with the redacted text and were dropped. */
  droppedSpans: z.number().int().nonnegative(),
});
export type RedactionSummary = z.infer<typeof RedactionSummarySchema>;

/** A subagent session: the same shape as the main one (events, findings, risks). */
export const ReportChildSchema = z.object({
  session: SessionSchema,
  events: z.array(VigilEventSchema),
  findings: z.array(FindingSchema),
  risks: z.array(ReportRiskSchema),
});
export type ReportChild = z.infer<typeof ReportChildSchema>;

export const ReportSchema = z.object({
  vigilReport: z.literal(REPORT_VERSION),
  generatedAt: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  session: SessionSchema,
  children: z.array(ReportChildSchema),
  events: z.array(VigilEventSchema),
  findings: z.array(FindingSchema),
  decisions: z.array(ReportDecisionSchema),
  risks: z.array(ReportRiskSchema),
  stats: ReportStatsSchema,
  redaction: RedactionSummarySchema,
  options: ReportOptionsSchema,
});
export type Report = z.infer<typeof ReportSchema>;

/** Top-level key order of a written report (renderJson keeps it; nested keys are sorted). */
export const REPORT_KEY_ORDER: readonly (keyof Report)[] = [
  'vigilReport', 'generatedAt', 'generator', 'options', 'redaction', 'session', 'stats',
  'findings', 'decisions', 'risks', 'events', 'children',
];
