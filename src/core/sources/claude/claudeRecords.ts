import { z } from 'zod';

/**
 * Zod schemas for Claude Code transcript lines (`~/.claude/projects/<project>/<session>.jsonl`).
 * The format is internal to Claude Code and changes between versions, so every schema is loose:
 * only the fields Vigil reads are declared, extra keys pass through, and deep payloads stay
 * `unknown` until the parser looks at them (validating them lazily keeps parsing fast).
 */

const optStr = z.string().optional().catch(undefined);
const optBool = z.boolean().optional().catch(undefined);

/** Fields shared by conversational records (user, assistant, system, progress, attachment). */
export const ClaudeEnvelopeSchema = z.looseObject({
  type: z.string(),
  uuid: optStr,
  parentUuid: z.string().nullable().optional().catch(undefined),
  sessionId: optStr,
  timestamp: optStr,
  cwd: optStr,
  version: optStr,
  isSidechain: optBool,
  agentId: optStr,
  isMeta: optBool,
});
export type ClaudeEnvelope = z.infer<typeof ClaudeEnvelopeSchema>;

export const ClaudeMessageSchema = z.looseObject({
  role: optStr,
  model: optStr,
  id: optStr,
  content: z.union([z.string(), z.array(z.unknown())]).optional().catch(undefined),
});

export const ClaudeConversationSchema = z.looseObject({
  message: ClaudeMessageSchema,
  isCompactSummary: optBool,
  isVisibleInTranscriptOnly: optBool,
  /** Claude Code's own tool metadata next to a tool result: an object, or a string such as "User rejected tool use". */
  toolUseResult: z.unknown().optional(),
  sourceToolUseID: optStr,
  toolDenialKind: optStr,
});

export const TextBlockSchema = z.looseObject({ type: z.literal('text'), text: z.string().catch('') });
export const ThinkingBlockSchema = z.looseObject({ type: z.literal('thinking'), thinking: z.string().catch('') });
export const RedactedThinkingBlockSchema = z.looseObject({ type: z.literal('redacted_thinking') });
export const ToolUseBlockSchema = z.looseObject({
  type: z.enum(['tool_use', 'server_tool_use']),
  id: optStr,
  name: z.string().catch('unknown'),
  input: z.unknown().optional(),
});
export const ToolResultBlockSchema = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: optStr,
  content: z.unknown().optional(),
  is_error: optBool,
});
export const ImageBlockSchema = z.looseObject({ type: z.literal('image') });
export const FallbackBlockSchema = z.looseObject({
  type: z.literal('fallback'),
  from: z.looseObject({ model: optStr }).optional().catch(undefined),
  to: z.looseObject({ model: optStr }).optional().catch(undefined),
});

export const ClaudeBlockSchema = z.discriminatedUnion('type', [
  TextBlockSchema,
  ThinkingBlockSchema,
  RedactedThinkingBlockSchema,
  ToolUseBlockSchema,
  ToolResultBlockSchema,
  ImageBlockSchema,
  FallbackBlockSchema,
]);
export type ClaudeBlock = z.infer<typeof ClaudeBlockSchema>;

export const ClaudeSystemSchema = z.looseObject({
  subtype: optStr,
  content: z.unknown().optional(),
  level: optStr,
  durationMs: z.number().optional().catch(undefined),
  compactMetadata: z.looseObject({ trigger: optStr, preTokens: z.number().optional().catch(undefined) }).optional().catch(undefined),
  preventedContinuation: optBool,
  stopReason: optStr,
  hookErrors: z.array(z.unknown()).optional().catch(undefined),
  error: z.unknown().optional(),
  apiRefusalExplanation: z.string().nullable().optional().catch(undefined),
  originalModel: optStr,
  fallbackModel: optStr,
});

/** Title records: newer versions write `custom-title` / `ai-title`, older ones `summary`. */
export const ClaudeTitleSchema = z.looseObject({
  customTitle: optStr,
  aiTitle: optStr,
  summary: optStr,
});

export const ClaudeQueueOperationSchema = z.looseObject({ operation: optStr, content: z.unknown().optional() });

/** Record types Claude Code writes that carry nothing Vigil shows; they are read and ignored, not counted as skipped. */
export const IGNORED_RECORD_TYPES: ReadonlySet<string> = new Set([
  'progress',
  'file-history-snapshot',
  'attachment',
  'permission-mode',
  'mode',
  'agent-name',
  'last-prompt',
  'frame-link',
  'pr-link',
  'started',
  'result',
  'relocated',
  'worktree-state',
  'bridge-session',
  'atis-latch',
  'tag',
  'agent-setting',
]);

/** System subtypes read and ignored (not counted). Others become notices or are counted as unknown. */
export const IGNORED_SYSTEM_SUBTYPES: ReadonlySet<string> = new Set([
  'session_start',
  'informational',
  'bridge_status',
  'microcompact_boundary',
  'away_summary',
]);
