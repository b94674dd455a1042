import type { Finding, VigilEvent } from '../../model/events';
import type { Report } from '../reportSchema';

/** Plain (unescaped) text shared by the Markdown and HTML renderers; callers escape it. */

export function formatTime(ts: string | undefined): string {
  if (!ts) return '--:--:--';
  const m = /T(\d\d:\d\d:\d\d)/.exec(ts);
  return m?.[1] ?? ts.slice(0, 19);
}

/** Short label of an event: "Bash: npm test", "Edit src/a.ts", "reasoning", … */
export function eventLabel(e: VigilEvent): string {
  switch (e.kind) {
    case 'tool_call': {
      const detail = e.command ?? e.changes?.map((c) => c.path).join(', ') ?? e.paths?.join(', ') ?? '';
      const oneLine = detail.replace(/\s+/g, ' ').trim();
      return oneLine ? `${e.name}: ${oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine}` : e.name;
    }
    case 'tool_result':
      return e.isError ? 'tool error' : 'tool result';
    case 'notice':
      return e.subtype;
    case 'finding':
      return 'flag';
    case 'gate_decision':
      return `gate ${e.decision.decision}`;
    default:
      return e.kind.replace(/_/g, ' ');
  }
}

export function findingPlace(f: Finding, e: VigilEvent | undefined): string {
  if (!e) return `event ${f.eventId}`;
  const label = eventLabel(e);
  const line = f.lines?.length ? `:${f.lines[0]}` : '';
  const where = f.path && (line || !label.includes(f.path)) ? ` in ${f.path}${line}` : '';
  return `${label} #${e.seq} at ${formatTime(e.ts)}${where}`;
}

export function redactionLine(r: Report): string {
  if (!r.redaction.applied) return 'Not redacted: this report may contain secrets, paths and names.';
  if (!r.redaction.total) return 'Redacted: nothing needed replacing.';
  const kinds = Object.entries(r.redaction.counts).map(([k, n]) => `${k} ${n}`).join(', ');
  return `Redacted ${r.redaction.total} item${r.redaction.total === 1 ? '' : 's'} (${kinds}).`;
}
