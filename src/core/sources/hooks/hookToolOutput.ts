/** Longest tool output kept from a PostToolUse payload. */
export const MAX_HOOK_OUTPUT_CHARS = 64 * 1024;

function rec(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/**
 * Text and error flag of a PostToolUse `tool_response`: a string, Bash's `{stdout, stderr,
 * interrupted}`, content-part arrays, `{output | content | result}`, or any other object (as JSON).
 */
export function hookToolOutput(response: unknown, failed = false): { text: string; isError: boolean } {
  let text = '';
  let isError = failed;
  const r = rec(response);
  if (typeof response === 'string') text = response;
  else if (Array.isArray(response)) {
    text = response.map((p) => (typeof p === 'string' ? p : typeof rec(p)?.text === 'string' ? String(rec(p)?.text) : '')).filter(Boolean).join('\n');
  } else if (r) {
    if (typeof r.stdout === 'string' || typeof r.stderr === 'string') {
      text = [r.stdout, r.stderr].filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
    } else if (typeof r.output === 'string') text = r.output;
    else if (typeof r.content === 'string') text = r.content;
    else if (typeof r.result === 'string') text = r.result;
    else text = safeJson(response);
    if (r.is_error === true || r.isError === true || r.success === false || r.interrupted === true) isError = true;
    const code = r.exit_code ?? r.exitCode;
    if (typeof code === 'number' && code !== 0) isError = true;
    if (typeof r.error === 'string' && r.error) isError = true;
  } else if (response !== undefined && response !== null) text = String(response);
  if (text.length > MAX_HOOK_OUTPUT_CHARS) text = `${text.slice(0, MAX_HOOK_OUTPUT_CHARS)}\n…[truncated ${text.length - MAX_HOOK_OUTPUT_CHARS} chars]`;
  return { text, isError };
}
