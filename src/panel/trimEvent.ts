import type { VigilEvent } from '../core/model/events';
import type { PanelRow } from '../shared/protocol';

/** Limits for the trimmed event views sent to the webview (the full event is fetched on demand). */
export const TRIM_LIMITS = { text: 16_000, output: 2_000, command: 4_000, input: 1_500 } as const;

function cutText(s: string, limit: number, field: string, cut: Record<string, number>): string {
  if (s.length <= limit) return s;
  cut[field] = s.length;
  return s.slice(0, limit);
}

function inputPreview(input: unknown, cut: Record<string, number>): string | undefined {
  if (input === undefined) return undefined;
  let json: string;
  try {
    json = JSON.stringify(input, null, 1) ?? '';
  } catch {
    json = String(input);
  }
  return cutText(json, TRIM_LIMITS.input, 'input', cut);
}

/**
 * A bounded copy of an event for the webview: long texts cut (recorded in `cut` with their full
 * length), the raw tool input replaced by a JSON preview, file contents dropped from changes.
 */
export function trimEvent(event: VigilEvent, row: number): PanelRow {
  const cut: Record<string, number> = {};
  let e: VigilEvent;
  let preview: string | undefined;
  switch (event.kind) {
    case 'user_prompt':
    case 'reasoning':
    case 'assistant_message':
    case 'notice':
      e = { ...event, text: cutText(event.text, TRIM_LIMITS.text, 'text', cut) };
      break;
    case 'tool_result':
      e = { ...event, output: cutText(event.output, TRIM_LIMITS.output, 'output', cut) };
      break;
    case 'tool_call':
      preview = inputPreview(event.input, cut);
      e = {
        ...event,
        input: null,
        command: event.command === undefined ? undefined : cutText(event.command, TRIM_LIMITS.command, 'command', cut),
        paths: event.paths?.slice(0, 50),
        changes: event.changes?.slice(0, 50).map((c) => ({ path: c.path, absPath: c.absPath, kind: c.kind, movePath: c.movePath, hunks: firstLines(c.hunks) })),
      };
      break;
    default:
      e = event;
  }
  const out: PanelRow = { row, event: e };
  if (Object.keys(cut).length) out.cut = cut;
  if (preview !== undefined) out.inputPreview = preview;
  return out;
}

/** Keep only the first hunk's start line (for "jump to line"), not the diff text. */
function firstLines(hunks: { newStart?: number; oldStart?: number; lines: string[] }[] | undefined) {
  const h = hunks?.[0];
  if (!h) return undefined;
  return [{ newStart: h.newStart, oldStart: h.oldStart, lines: [] }];
}
