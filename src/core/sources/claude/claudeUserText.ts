/** Longest tool output kept on a tool_result event (characters). */
export const MAX_TOOL_OUTPUT_CHARS = 64 * 1024;

/** What a user-side text in a Claude transcript really is. */
export type UserTextKind =
  /** Typed by the human (or a slash command they ran). */
  | 'prompt'
  /** "[Request interrupted by user…]". */
  | 'interrupted'
  /** Output of a local slash command (`<local-command-stdout>`). */
  | 'local_command'
  /** Background task finished (`<task-notification>`). */
  | 'task_notification'
  /** Text Claude Code injects for the model (`<system-reminder>`, caveats): not shown. */
  | 'injected';

export interface ClassifiedUserText {
  kind: UserTextKind;
  text: string;
}

const COMMAND_NAME = /<command-name>([^<]{0,500})<\/command-name>/;
const COMMAND_ARGS = /<command-args>([^<]{0,20000})<\/command-args>/;
const TAG_ONLY = /<\/?[a-z][a-z0-9-]{0,40}>/g;

/** Strips Claude Code's pseudo-XML wrapper tags, keeping their text. */
export function stripWrapperTags(s: string): string {
  return s.replace(TAG_ONLY, '').trim();
}

/**
 * Classifies one user text: real prompts, slash commands (rendered as "/cmd args"), and the
 * wrappers Claude Code writes on the user side (interruptions, command output, notifications).
 */
export function classifyUserText(raw: string): ClassifiedUserText {
  const text = raw.trim();
  if (text.startsWith('[Request interrupted by user')) return { kind: 'interrupted', text: text.replace(/^\[|\]$/g, '') };
  if (text.startsWith('<local-command-stdout>') || text.startsWith('<local-command-stderr>') || text.startsWith('<bash-stdout>') || text.startsWith('<bash-stderr>')) {
    return { kind: 'local_command', text: stripWrapperTags(text) };
  }
  if (text.startsWith('<task-notification>')) return { kind: 'task_notification', text: stripWrapperTags(text) };
  if (text.startsWith('<system-reminder>') || text.startsWith('<local-command-caveat>')) return { kind: 'injected', text };
  if (text.startsWith('<command-name>') || text.startsWith('<command-message>')) {
    const name = COMMAND_NAME.exec(text)?.[1]?.trim();
    const args = COMMAND_ARGS.exec(text)?.[1]?.trim();
    if (name) return { kind: 'prompt', text: args ? `${name} ${args}` : name };
    return { kind: 'prompt', text: stripWrapperTags(text) };
  }
  if (text.startsWith('<bash-input>')) return { kind: 'prompt', text: `!${stripWrapperTags(text)}` };
  return { kind: 'prompt', text };
}

const IDE_BLOCK_RE = /^\s*<(ide_opened_file|ide_selection)>[\s\S]*?(?:<\/\1>|$)/;

/**
 * Splits the IDE context the VS Code extension puts before a prompt (`<ide_opened_file>The user opened
 * the file … in the IDE…</ide_opened_file>`, `<ide_selection>…</ide_selection>`, each usually its own
 * text block) from what the person typed after it.
 */
export function splitIdeContext(text: string): { context: string[]; rest: string } {
  const context: string[] = [];
  let rest = text;
  for (let i = 0; i < 20; i++) {
    const m = IDE_BLOCK_RE.exec(rest);
    if (!m) break;
    const body = m[0].replace(/<\/?ide_[a-z_]{1,30}>/g, '').trim();
    if (body) context.push(body);
    rest = rest.slice(m[0].length);
  }
  return { context, rest: context.length ? rest.trim() : text };
}

/**
 * Text of a message content: a string, or blocks of which `text` blocks are joined and images
 * become "[image]". Other block kinds are ignored.
 */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const b of content) {
    if (!b || typeof b !== 'object') continue;
    const block = b as { type?: unknown; text?: unknown };
    if (block.type === 'text' && typeof block.text === 'string') parts.push(block.text);
    else if (block.type === 'image') parts.push('[image]');
    else if (block.type === 'document') parts.push('[document]');
  }
  return parts.join('\n');
}

/** Tool output text, truncated to `max` characters with a marker saying how much was cut. */
export function truncateOutput(text: string, max = MAX_TOOL_OUTPUT_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n… [truncated ${text.length - max} characters]`;
}

const REJECTION_PREFIX = "The user doesn't want to proceed with this tool use";

/** True when a tool result says the human rejected the call in Claude Code's own prompt. */
export function isUserRejection(output: string, toolUseResult: unknown, denialKind: string | undefined): boolean {
  if (denialKind === 'user-rejected') return true;
  if (typeof toolUseResult === 'string' && toolUseResult.startsWith('User rejected tool use')) return true;
  return output.startsWith(REJECTION_PREFIX);
}
