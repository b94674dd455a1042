import { z } from 'zod';
import { FindingSchema, SessionSchema, VigilEventSchema } from '../core/model/events';
import { CategorySchema, SeveritySchema } from '../core/model/taxonomy';

/**
 * The one protocol between the extension host and the Reasoning panel webview. Both sides import
 * it and validate every message on receipt (the webview is an untrusted boundary, and so is the
 * agent text inside the messages). Shape: a `ready` handshake, requests with ids answered by a
 * `response` carrying the same id, and host notifications (`init`, `sessions`, `appended`, `reset`).
 */

const EVENT_KINDS = ['user_prompt', 'reasoning', 'assistant_message', 'tool_call', 'tool_result', 'notice', 'finding', 'gate_decision'] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export const ALL_EVENT_KINDS: readonly (typeof EVENT_KINDS)[number][] = EVENT_KINDS;

/** Summary of a session as the panel sees it (mirrors `SessionSummary`). */
export const PanelSessionSchema = z.object({
  session: SessionSchema,
  state: z.enum(['live', 'idle', 'ended']),
  source: z.enum(['transcript', 'replay', 'report', 'hook']),
  readOnly: z.boolean(),
  counts: z.object({
    events: z.number().int().nonnegative(),
    reasoning: z.number().int().nonnegative(),
    reasoningVisible: z.number().int().nonnegative(),
    toolCalls: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
  }),
  maxSeverity: SeveritySchema.optional(),
  maxRisk: z.number(),
  lastEventAt: z.string().optional(),
  children: z.array(z.string()),
});
export type PanelSession = z.infer<typeof PanelSessionSchema>;

/** What the stream shows. Empty arrays / missing fields mean "no restriction". */
export const ViewFilterSchema = z.object({
  kinds: z.array(EventKindSchema).default([]),
  minSeverity: SeveritySchema.optional(),
  categories: z.array(CategorySchema).default([]),
  /** Only events that carry a finding. */
  flaggedOnly: z.boolean().default(false),
  text: z.string().max(500).default(''),
  /** Subagent scope: session ids (the selected one and/or its subagents) merged into the stream. Empty = the selected session only. */
  sessions: z.array(z.string()).default([]),
});
export type ViewFilter = z.infer<typeof ViewFilterSchema>;
export const DEFAULT_FILTER: ViewFilter = { kinds: [], categories: [], flaggedOnly: false, text: '', sessions: [] };

/**
 * One row of the stream: a trimmed view of an event (big texts cut, tool input previewed as JSON,
 * file contents dropped). `cut` names the fields that were cut and their full lengths; the full
 * event is fetched on demand with `loadEvent`.
 */
export const PanelRowSchema = z.object({
  row: z.number().int().nonnegative(),
  event: VigilEventSchema,
  cut: z.record(z.string(), z.number()).optional(),
  /** Tool input as (possibly truncated) JSON text, for tool calls. */
  inputPreview: z.string().optional(),
});
export type PanelRow = z.infer<typeof PanelRowSchema>;

export const SettingsSchema = z.object({
  showAll: z.boolean(),
  monitorsReasoning: z.boolean(),
  monitorsAction: z.boolean(),
});
export type PanelSettings = z.infer<typeof SettingsSchema>;

export const ViewStateSchema = z.object({
  sessionId: z.string().optional(),
  filter: ViewFilterSchema,
  follow: z.boolean(),
});
export type PanelViewState = z.infer<typeof ViewStateSchema>;

const id = z.number().int().nonnegative();
const sid = z.string().min(1).max(500);

// ---- webview -> host -------------------------------------------------------------------------

export const WebviewMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('selectSession'), id, sessionId: sid }),
  z.object({ kind: z.literal('setFilter'), id, filter: ViewFilterSchema }),
  z.object({ kind: z.literal('loadRange'), id, sessionId: sid, start: z.number().int().nonnegative(), count: z.number().int().min(0).max(500) }),
  z.object({ kind: z.literal('loadEvent'), id, sessionId: sid, eventId: z.string().min(1) }),
  z.object({ kind: z.literal('locateEvent'), id, sessionId: sid, eventId: z.string().min(1) }),
  z.object({ kind: z.literal('revealToolCall'), id, sessionId: sid, toolUseId: z.string().min(1) }),
  z.object({ kind: z.literal('openLocation'), id, sessionId: sid, path: z.string().min(1).max(4096), line: z.number().int().positive().optional() }),
  z.object({ kind: z.literal('openSubagent'), id, sessionId: sid }),
  z.object({ kind: z.literal('exportReport'), id, sessionId: sid }),
  z.object({ kind: z.literal('enableThinkingSummaries'), id }),
  z.object({ kind: z.literal('toggleShowAll'), id }),
  z.object({ kind: z.literal('setFollow'), id, follow: z.boolean() }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessageSchema>;
export type WebviewRequest = Exclude<WebviewMessage, { kind: 'ready' }>;
export type RequestKind = WebviewRequest['kind'];

/** Results of each request, by kind. */
export const SelectResultSchema = z.object({
  sessionId: z.string(),
  total: z.number().int().nonnegative(),
  findings: z.array(FindingSchema),
  /** Session ids merged in the stream (the selected one plus any subagents in the filter). */
  sessions: z.array(z.string()),
});
export type SelectResult = z.infer<typeof SelectResultSchema>;
export const FilterResultSchema = SelectResultSchema;
export const RangeResultSchema = z.object({ sessionId: z.string(), start: z.number().int(), total: z.number().int(), rows: z.array(PanelRowSchema) });
export type RangeResult = z.infer<typeof RangeResultSchema>;
export const LoadEventResultSchema = z.object({ event: VigilEventSchema });
export const LocateResultSchema = z.object({ row: z.number().int().nullable() });
export const OkResultSchema = z.object({ done: z.boolean() });

export interface ResultOf {
  selectSession: SelectResult;
  setFilter: SelectResult;
  loadRange: RangeResult;
  loadEvent: z.infer<typeof LoadEventResultSchema>;
  locateEvent: z.infer<typeof LocateResultSchema>;
  revealToolCall: z.infer<typeof LocateResultSchema>;
  openLocation: z.infer<typeof OkResultSchema>;
  openSubagent: SelectResult;
  exportReport: z.infer<typeof OkResultSchema>;
  enableThinkingSummaries: z.infer<typeof OkResultSchema>;
  toggleShowAll: z.infer<typeof OkResultSchema>;
  setFollow: z.infer<typeof OkResultSchema>;
}

export const RESULT_SCHEMAS: { [K in RequestKind]: z.ZodType<ResultOf[K]> } = {
  selectSession: SelectResultSchema,
  setFilter: FilterResultSchema,
  loadRange: RangeResultSchema,
  loadEvent: LoadEventResultSchema,
  locateEvent: LocateResultSchema,
  revealToolCall: LocateResultSchema,
  openLocation: OkResultSchema,
  openSubagent: SelectResultSchema,
  exportReport: OkResultSchema,
  enableThinkingSummaries: OkResultSchema,
  toggleShowAll: OkResultSchema,
  setFollow: OkResultSchema,
};

// ---- host -> webview -------------------------------------------------------------------------

export const HostMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('init'), sessions: z.array(PanelSessionSchema), selected: z.string().optional(), settings: SettingsSchema, state: ViewStateSchema }),
  z.object({ kind: z.literal('sessions'), sessions: z.array(PanelSessionSchema), settings: SettingsSchema.optional() }),
  z.object({
    kind: z.literal('appended'),
    sessionId: z.string(),
    /** Row count of the filtered stream after this append. */
    total: z.number().int().nonnegative(),
    /** New rows that pass the filter (row indices continue the stream). */
    rows: z.array(PanelRowSchema),
    /** Rows already sent whose event was updated (a tool call merged from hook + transcript). */
    updated: z.array(PanelRowSchema).optional(),
    findings: z.array(FindingSchema),
    /** Late findings changed which earlier rows pass the filter: cached rows are stale. */
    reindexed: z.boolean().optional(),
  }),
  /** The selection changed on the host (another view or a command): the webview follows it. */
  z.object({ kind: z.literal('selected'), sessionId: z.string().optional() }),
  z.object({ kind: z.literal('reset'), reason: z.string(), sessionId: z.string().optional() }),
  z.object({ kind: z.literal('response'), id, ok: z.boolean(), result: z.unknown().optional(), error: z.string().optional() }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;
export type HostMessageOf<K extends HostMessage['kind']> = Extract<HostMessage, { kind: K }>;
