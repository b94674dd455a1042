import { createHash } from 'node:crypto';
import type { DraftEvent, ToolKind } from '../../model/events';
import type { FileChange } from '../../model/fileChange';
import { claudeToolKind, claudeToolToCall } from '../claude/claudeTools';
import { codexToolToCall, parseArguments } from '../codex/codexTools';
import { HookPayloadSchema, type HookEventName } from './hookPayloadSchemas';
import { detectHookCaller, type HookCaller } from './hookCaller';
import { hookToolOutput } from './hookToolOutput';
import { vscodeToolToCall } from './vscodeTools';

export interface ParsedHookPayload {
  ok: true;
  caller: HookCaller;
  /** The hook event (PreToolUse, PostToolUse, UserPromptSubmit, Stop, … or a newer name as given). */
  event: HookEventName | (string & {});
  sessionId: string;
  cwd: string | undefined;
  transcriptPath?: string;
  /** The agent's tool-use id; synthesised (`hook:<hash>`) when an older agent sent none. */
  toolUseId?: string;
  toolName?: string;
  /** Events the payload stands for: a tool_call (origin `hook`), tool_result, user_prompt or notice. */
  events: DraftEvent[];
  raw: unknown;
}
export type HookPayloadResult = ParsedHookPayload | { ok: false; error: string };

interface Common {
  caller: HookCaller;
  event: string;
  sessionId: string;
  cwd: string | undefined;
  transcriptPath: string | undefined;
  toolName: string | undefined;
  toolInput: unknown;
  toolUseId: string | undefined;
  toolResponse: unknown;
  prompt: string | undefined;
  message: string | undefined;
  ts: string | undefined;
}

function isoTs(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  return typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? v : undefined;
}

function nonEmpty(s: string | null | undefined): string | undefined {
  return typeof s === 'string' && s.trim() ? s : undefined;
}

const UUID_FILE = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl?$/i;

function normalise(json: unknown): Common | { error: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { error: 'hook payload is not a JSON object' };
  const parsed = HookPayloadSchema.safeParse(json);
  if (!parsed.success) return { error: 'hook payload does not have the shape of a hook payload' };
  const p = parsed.data;
  const event = nonEmpty(p.hook_event_name ?? p.hookEventName);
  if (!event) return { error: 'hook payload has no event name (hook_event_name / hookEventName)' };
  const caller = detectHookCaller(p);
  const transcriptPath = nonEmpty(p.transcript_path ?? p.transcriptPath);
  const cwd = nonEmpty(p.cwd);
  // VS Code's session id is optional: fall back to the transcript's id, then the workspace.
  const sessionId =
    nonEmpty(p.session_id ?? p.sessionId) ??
    (caller === 'vscode' ? (UUID_FILE.exec(transcriptPath ?? '')?.[1] ?? `vscode:${cwd ?? 'workspace'}`) : undefined);
  if (!sessionId) return { error: 'hook payload has no session id (session_id / sessionId)' };
  return {
    caller,
    event,
    sessionId,
    cwd,
    transcriptPath,
    toolName: nonEmpty(p.tool_name ?? p.toolName),
    toolInput: parseArguments(p.tool_input ?? p.toolInput),
    toolUseId: nonEmpty(p.tool_use_id ?? p.toolUseId),
    toolResponse: p.tool_response ?? p.toolResponse ?? (p.error !== undefined ? { error: p.error } : undefined),
    prompt: p.prompt,
    message: p.message ?? p.last_assistant_message,
    ts: isoTs(p.timestamp),
  };
}

interface CallInfo {
  toolKind: ToolKind;
  command?: string;
  paths?: string[];
  changes?: FileChange[];
}

function mapTool(c: Common, name: string): CallInfo {
  if (c.caller === 'codex') return codexToolToCall(name, c.toolInput, c.cwd);
  if (c.caller === 'vscode') {
    const info = vscodeToolToCall(name, c.toolInput, c.cwd);
    // VS Code also runs Claude-format hooks for the Claude harness: fall back to Claude's tool names.
    return info.toolKind === 'other' && claudeToolKind(name) !== 'other' ? claudeToolToCall(name, c.toolInput, c.cwd) : info;
  }
  return claudeToolToCall(name, c.toolInput, c.cwd);
}

function stableJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/** Older agents send no tool_use_id: a digest of session + tool + input pairs Pre and Post payloads of one call. */
function synthToolUseId(c: Common, name: string): string {
  return `hook:${createHash('sha256').update(`${c.sessionId}\0${name}\0${stableJson(c.toolInput)}`).digest('hex').slice(0, 20)}`;
}

function eventsFor(c: Common): { events: DraftEvent[]; toolUseId?: string } {
  const at = c.ts ? { ts: c.ts } : {};
  const isPre = c.event === 'PreToolUse' || c.event === 'PermissionRequest';
  const isPost = c.event === 'PostToolUse' || c.event === 'PostToolUseFailure';
  if ((isPre || isPost) && c.toolName) {
    const name = c.toolName;
    const toolUseId = c.toolUseId ?? synthToolUseId(c, name);
    const info = mapTool(c, name);
    const call: DraftEvent = { id: `hook:${toolUseId}`, kind: 'tool_call', toolUseId, name, toolKind: info.toolKind, input: c.toolInput, origin: 'hook', ...at };
    if (info.command !== undefined) call.command = info.command;
    if (info.paths) call.paths = info.paths;
    if (info.changes) call.changes = info.changes;
    const events: DraftEvent[] = [call];
    if (isPost) {
      const out = hookToolOutput(c.toolResponse, c.event === 'PostToolUseFailure');
      events.push({ id: `hook-result:${toolUseId}`, kind: 'tool_result', toolUseId, isError: out.isError, output: out.text, ...at });
    }
    return { events, toolUseId };
  }
  const digest = (s: string): string => createHash('sha256').update(`${c.sessionId}\0${c.event}\0${s}`).digest('hex').slice(0, 16);
  if (c.event === 'UserPromptSubmit' && c.prompt !== undefined) {
    return { events: [{ id: `hook-prompt:${digest(`${c.prompt}\0${c.ts ?? ''}`)}`, kind: 'user_prompt', text: c.prompt, ...at }] };
  }
  if (c.event === 'Stop' || c.event === 'SubagentStop' || c.event === 'SessionEnd') {
    const subtype = c.event === 'SessionEnd' ? 'session_end' : 'turn_end';
    return { events: [{ id: `hook-${subtype}:${digest(c.ts ?? String(Date.now()))}`, kind: 'notice', subtype, text: c.event === 'SubagentStop' ? 'Subagent stopped' : c.event === 'SessionEnd' ? 'Session ended' : 'Turn complete', ...at }] };
  }
  if (c.event === 'Notification' && c.message) {
    return { events: [{ id: `hook-notification:${digest(c.message + (c.ts ?? ''))}`, kind: 'notice', subtype: 'notification', text: c.message, ...at }] };
  }
  return { events: [] };
}

export interface ParseHookOptions {
  /** Clock (ms) for events of payloads without a timestamp (Claude Code, Codex): hooks fire live. Default Date.now(). */
  now?: number;
}

/**
 * Reads one hook payload (parsed JSON, or the JSON text) from Claude Code, Codex or VS Code agent
 * hooks. Never throws: anything unusable gives `{ ok: false, error }`.
 */
export function parseHookPayload(json: unknown, options: ParseHookOptions = {}): HookPayloadResult {
  try {
    let value = json;
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json) as unknown;
      } catch {
        return { ok: false, error: 'hook payload is not valid JSON' };
      }
    }
    const c = normalise(value);
    if ('error' in c) return { ok: false, error: c.error };
    c.ts ??= new Date(options.now ?? Date.now()).toISOString();
    const { events, toolUseId } = eventsFor(c);
    const result: ParsedHookPayload = { ok: true, caller: c.caller, event: c.event, sessionId: c.sessionId, cwd: c.cwd, events, raw: value };
    if (c.transcriptPath) result.transcriptPath = c.transcriptPath;
    if (toolUseId) result.toolUseId = toolUseId;
    if (c.toolName) result.toolName = c.toolName;
    return result;
  } catch (e) {
    return { ok: false, error: `unreadable hook payload: ${e instanceof Error ? e.message : String(e)}` };
  }
}
