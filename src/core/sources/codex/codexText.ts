/** Text extraction from Codex content shapes (message content parts, outputs, reasoning). */

/** Longest tool output kept on an event; the rest is cut with a marker. */
export const MAX_OUTPUT_CHARS = 64 * 1024;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Joins the text of content parts (`input_text`, `output_text`, `text`, `summary_text`, `reasoning_text`…). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return isRecord(content) && typeof content.text === 'string' ? content.text : '';
  const parts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') parts.push(part);
    else if (isRecord(part) && typeof part.text === 'string') parts.push(part.text);
  }
  return parts.join('\n');
}

/** Texts of each part (for reasoning summaries, which Codex also persists part by part as agent_reasoning). */
export function partTexts(content: unknown): string[] {
  if (!Array.isArray(content)) return typeof content === 'string' && content ? [content] : [];
  const out: string[] = [];
  for (const part of content) {
    if (typeof part === 'string' && part) out.push(part);
    else if (isRecord(part) && typeof part.text === 'string' && part.text) out.push(part.text);
  }
  return out;
}

/**
 * Context Codex injects as "user" messages — not what the person typed (codex-rs "session prefix"
 * and contextual user messages): environment/context updates, AGENTS.md / user instructions, skill
 * bodies, turn-aborted and sub-agent notices, `!cmd` shell echoes, the compaction bridge.
 */
const INJECTED = /^\s*(?:<(?:environment_context|user_instructions|instructions|turn_aborted|user_shell_command|skill|subagent_notification|tool_context|reasoning_context|pinned_notes|context_update|permissions instructions|collaboration_mode)>|#\s*AGENTS\.md instructions for |You were originally given instructions from a user over one or more turns)/i;

/** True when any text part of a user message is injected context (as Codex itself decides). */
export function isInjectedContext(content: unknown): boolean {
  const parts = typeof content === 'string' ? [content] : partTexts(content);
  return parts.some((t) => INJECTED.test(t));
}

export function truncate(text: string, max = MAX_OUTPUT_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}\n…[truncated ${text.length - max} chars]` : text;
}

/**
 * Output text and error flag of a function/custom tool output. Shapes: a string (plain, or JSON
 * `{"output","metadata":{"exit_code"}}`), `{content, success}`, content-part arrays, `{type,text}`.
 */
export function toolOutput(output: unknown): { text: string; isError: boolean } {
  let text = '';
  let isError = false;
  if (typeof output === 'string') {
    text = output;
    if (output.startsWith('{')) {
      try {
        const j: unknown = JSON.parse(output);
        if (isRecord(j) && typeof j.output === 'string') {
          text = j.output;
          const meta = j.metadata;
          if (isRecord(meta) && typeof meta.exit_code === 'number' && meta.exit_code !== 0) isError = true;
        }
      } catch {
        // plain text that starts with a brace
      }
    }
  } else if (isRecord(output) && 'content' in output) {
    text = contentText(output.content);
    if (output.success === false) isError = true;
  } else if (Array.isArray(output) || isRecord(output)) {
    text = contentText(output);
  }
  const exit = /(?:^|\n)Process exited with code (\d+)/.exec(text.slice(0, 4096));
  if (exit && exit[1] !== '0') isError = true;
  if (/^(?:apply_patch verification failed|Failed to apply patch|error:)/i.test(text)) isError = true;
  return { text: truncate(text), isError };
}

/** The user declined the call in Codex's own approval prompt. */
export function isRejectedOutput(text: string): boolean {
  return /\brejected by (?:the )?user\b|user (?:declined|denied)\b/i.test(text.slice(0, 2000));
}

/**
 * Key for recognising the two copies of one text (response item vs event): trimmed, with redaction
 * markers of sanitised files (`[REDACTED_MESSAGE len=… sha=…]` vs `[REDACTED_TEXT …]`) made alike.
 */
export function dedupKey(text: string): string {
  return text.trim().replace(/\[REDACTED_[A-Z_]+ (len=\d+ sha=[0-9a-f]+)\]/g, '[REDACTED $1]');
}
