import { z } from 'zod';
import { FileChangeSchema } from './fileChange';
import { CategorySchema, SeveritySchema } from './taxonomy';

/** Agents Vigil knows. `vigil-jsonl` = written directly in Vigil's open format by another tool. */
export const AgentSchema = z.enum(['claude-code', 'codex', 'copilot', 'vigil-jsonl', 'other']);
export type Agent = z.infer<typeof AgentSchema>;

export const SessionSchema = z.object({
  id: z.string().min(1),
  agent: AgentSchema,
  cwd: z.string().optional(),
  title: z.string().optional(),
  /** ISO timestamp of the first record. */
  startedAt: z.string().optional(),
  /** Parent session id for subagents (Claude sidechains, Codex sub-agents). */
  parentSessionId: z.string().optional(),
  /** Subagent id/type inside the parent (Claude agentId, e.g. "a881341"). */
  agentName: z.string().optional(),
  transcriptPath: z.string().optional(),
  model: z.string().optional(),
  agentVersion: z.string().optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/** Normalised tool kinds. */
export const ToolKindSchema = z.enum(['edit', 'write', 'shell', 'read', 'search', 'subagent', 'mcp', 'other']);
export type ToolKind = z.infer<typeof ToolKindSchema>;

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const ChannelSchema = z.enum(['reasoning', 'action', 'llm']);
export type Channel = z.infer<typeof ChannelSchema>;

/** A monitor's flag. `span` are offsets into the flagged field of the event (`field`). */
export const FindingSchema = z.object({
  id: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  channel: ChannelSchema,
  /** Name of the monitor that raised it, e.g. "reasoning.testSpecialCasing". */
  monitor: z.string(),
  eventId: z.string(),
  /** Which text of the event the span points into. */
  field: z.enum(['text', 'command', 'content', 'path', 'input']).optional(),
  quote: z.string(),
  span: SpanSchema.optional(),
  message: z.string(),
  /** Correlation: the tool call this flagged thought leads to (or the thought behind a flagged call). */
  relatedEventId: z.string().optional(),
  /** For action findings on file changes: the changed file and the 1-based lines in the new content. */
  path: z.string().optional(),
  lines: z.array(z.number().int().positive()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RiskReasonSchema = z.object({
  label: z.string(),
  weight: z.number(),
  findingId: z.string().optional(),
});
export const RiskSchema = z.object({
  score: z.number().min(0).max(100),
  reasons: z.array(RiskReasonSchema),
});
export type Risk = z.infer<typeof RiskSchema>;

export const GateDecisionSchema = z.object({
  toolUseId: z.string().optional(),
  decision: z.enum(['allow', 'deny']),
  /** Who or what decided. */
  decidedBy: z.enum(['rule', 'threshold', 'human', 'timeout', 'error', 'allowSimilar']),
  score: z.number().min(0).max(100),
  reasons: z.array(z.string()),
  /** Reason shown to the agent on deny (reviewer's text). */
  reason: z.string().optional(),
  reviewer: z.string().optional(),
});
export type GateDecision = z.infer<typeof GateDecisionSchema>;

const base = {
  /** Stable id: derived from the source record (uuid, call id) when it has one, else `${sessionId}#${seq}`. */
  id: z.string().min(1),
  sessionId: z.string().min(1),
  /** Order within the session, strictly increasing from 0. */
  seq: z.number().int().nonnegative(),
  /** ISO timestamp when known. */
  ts: z.string().optional(),
  /** 1-based line in the source file, when parsed from one. */
  line: z.number().int().positive().optional(),
};

export const UserPromptEventSchema = z.object({ ...base, kind: z.literal('user_prompt'), text: z.string() });
/** visibility: full = raw reasoning; summary = a model-written summary (Claude summaries, Codex summaries);
 *  hidden = the agent wrote a reasoning block but withheld its text (empty thinking + signature, encrypted only). */
export const ReasoningEventSchema = z.object({
  ...base,
  kind: z.literal('reasoning'),
  text: z.string(),
  visibility: z.enum(['full', 'summary', 'hidden']),
});
export const AssistantMessageEventSchema = z.object({ ...base, kind: z.literal('assistant_message'), text: z.string() });
export const ToolCallEventSchema = z.object({
  ...base,
  kind: z.literal('tool_call'),
  toolUseId: z.string(),
  /** The agent's own tool name (Edit, Bash, apply_patch, exec_command, mcp__srv__tool, editFiles…). */
  name: z.string(),
  toolKind: ToolKindSchema,
  /** Raw input, kept as the agent sent it. */
  input: z.unknown(),
  /** Shell command line for shell tools. */
  command: z.string().optional(),
  /** Paths the call touches (reads, searches, edits). */
  paths: z.array(z.string()).optional(),
  /** Normalised file changes for edit/write tools. */
  changes: z.array(FileChangeSchema).optional(),
  /** Where the call was seen first: transcript line or hook payload (authoritative proposal). */
  origin: z.enum(['transcript', 'hook']).optional(),
  /** Child session spawned by a subagent call, when known. */
  subagentSessionId: z.string().optional(),
});
export const ToolResultEventSchema = z.object({
  ...base,
  kind: z.literal('tool_result'),
  toolUseId: z.string(),
  isError: z.boolean(),
  /** Output text, possibly truncated. */
  output: z.string(),
  /** The user rejected the call in the agent's own prompt. */
  rejected: z.boolean().optional(),
});
export const NoticeEventSchema = z.object({
  ...base,
  kind: z.literal('notice'),
  /** compaction, turn end, interruption, hook message… */
  subtype: z.string(),
  text: z.string(),
});
export const FindingEventSchema = z.object({ ...base, kind: z.literal('finding'), finding: FindingSchema });
export const GateDecisionEventSchema = z.object({ ...base, kind: z.literal('gate_decision'), decision: GateDecisionSchema });

export const VigilEventSchema = z.discriminatedUnion('kind', [
  UserPromptEventSchema,
  ReasoningEventSchema,
  AssistantMessageEventSchema,
  ToolCallEventSchema,
  ToolResultEventSchema,
  NoticeEventSchema,
  FindingEventSchema,
  GateDecisionEventSchema,
]);
export type VigilEvent = z.infer<typeof VigilEventSchema>;
export type EventKind = VigilEvent['kind'];
export type EventOf<K extends EventKind> = Extract<VigilEvent, { kind: K }>;
export type UserPromptEvent = EventOf<'user_prompt'>;
export type ReasoningEvent = EventOf<'reasoning'>;
export type AssistantMessageEvent = EventOf<'assistant_message'>;
export type ToolCallEvent = EventOf<'tool_call'>;
export type ToolResultEvent = EventOf<'tool_result'>;
export type NoticeEvent = EventOf<'notice'>;

/** Event without the session-assigned fields; parsers emit these and a SessionLog assigns seq/ids. */
export type DraftEvent = VigilEvent extends infer E ? (E extends VigilEvent ? Omit<E, 'seq' | 'sessionId'> & { sessionId?: string } : never) : never;
