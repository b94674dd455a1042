import { z } from 'zod';

/**
 * Hook stdin payloads, tolerant: unknown fields pass through, everything but the session id and
 * the event name is optional, and wrong-typed optional fields become undefined instead of failing.
 */
const optStr = z.string().optional().catch(undefined);
const optNullableStr = z.string().nullable().optional().catch(undefined);

/** Claude Code and Codex: snake_case (`session_id`, `hook_event_name`, `tool_name`, …). */
export const SnakeHookPayloadSchema = z.looseObject({
  session_id: z.string().min(1),
  hook_event_name: z.string().min(1),
  transcript_path: optNullableStr,
  cwd: optStr,
  permission_mode: optStr,
  tool_name: optStr,
  tool_input: z.unknown().optional(),
  tool_use_id: optStr,
  tool_response: z.unknown().optional(),
  prompt: optStr,
  /** Codex: turn id and model. */
  turn_id: optStr,
  model: optStr,
  agent_id: optStr,
  agent_type: optStr,
  message: optStr,
  stop_hook_active: z.boolean().optional().catch(undefined),
  last_assistant_message: optStr,
});
export type SnakeHookPayload = z.infer<typeof SnakeHookPayloadSchema>;

/** VS Code agent hooks: camelCase common fields, snake_case tool fields (camelCase accepted too). */
export const VscodeHookPayloadSchema = z.looseObject({
  sessionId: z.string().min(1),
  hookEventName: z.string().min(1),
  timestamp: z.union([z.string(), z.number()]).optional().catch(undefined),
  cwd: optStr,
  transcript_path: optNullableStr,
  transcriptPath: optNullableStr,
  tool_name: optStr,
  toolName: optStr,
  tool_input: z.unknown().optional(),
  toolInput: z.unknown().optional(),
  tool_use_id: optStr,
  toolUseId: optStr,
  tool_response: z.unknown().optional(),
  toolResponse: z.unknown().optional(),
  prompt: optStr,
});
export type VscodeHookPayload = z.infer<typeof VscodeHookPayloadSchema>;

export const HOOK_EVENTS = ['PreToolUse', 'PostToolUse', 'UserPromptSubmit', 'Stop', 'SubagentStop', 'SessionStart', 'SessionEnd', 'Notification', 'PreCompact', 'PostToolUseFailure', 'PermissionRequest', 'SubagentStart'] as const;
export type HookEventName = (typeof HOOK_EVENTS)[number];
