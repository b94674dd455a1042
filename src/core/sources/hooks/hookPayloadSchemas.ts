import { z } from 'zod';

/**
 * One tolerant schema for hook stdin payloads of Claude Code and Codex (snake_case:
 * `session_id`, `hook_event_name`, `tool_name`…) and VS Code agent hooks (camelCase common fields
 * `sessionId`, `hookEventName`, `timestamp`, with snake_case tool fields; some builds send
 * snake_case throughout). Unknown fields pass through; wrong-typed fields become undefined.
 */
const optStr = z.string().optional().catch(undefined);
const optNullableStr = z.string().nullable().optional().catch(undefined);

export const HookPayloadSchema = z.looseObject({
  session_id: optStr,
  sessionId: optStr,
  hook_event_name: optStr,
  hookEventName: optStr,
  timestamp: z.union([z.string(), z.number()]).optional().catch(undefined),
  transcript_path: optNullableStr,
  transcriptPath: optNullableStr,
  cwd: optStr,
  permission_mode: optStr,
  tool_name: optStr,
  toolName: optStr,
  tool_input: z.unknown().optional(),
  toolInput: z.unknown().optional(),
  tool_use_id: optStr,
  toolUseId: optStr,
  tool_response: z.unknown().optional(),
  toolResponse: z.unknown().optional(),
  prompt: optStr,
  /** Codex: turn id and model. */
  turn_id: optStr,
  model: optStr,
  agent_id: optStr,
  agent_type: optStr,
  message: optStr,
  error: optStr,
  stop_hook_active: z.boolean().optional().catch(undefined),
  last_assistant_message: optStr,
});
export type HookPayload = z.infer<typeof HookPayloadSchema>;

export const HOOK_EVENTS = ['PreToolUse', 'PostToolUse', 'UserPromptSubmit', 'Stop', 'SubagentStop', 'SessionStart', 'SessionEnd', 'Notification', 'PreCompact', 'PostToolUseFailure', 'PermissionRequest', 'SubagentStart'] as const;
export type HookEventName = (typeof HOOK_EVENTS)[number];
