import type { Finding, ToolCallEvent, VigilEvent } from '../../model/events';
import { SEVERITIES, severityRank, type Severity } from '../../model/taxonomy';
import type { Report, ReportDecision } from '../reportSchema';
import { eventLabel, findingPlace, formatTime, redactionLine } from './reportText';
import { mdCode, mdQuote, mdText } from './markdownEscape';

const SEV_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' };
const MAX_FLAGS = 100;
const MAX_TIMELINE = 200;

function header(r: Report): string[] {
  const s = r.session;
  const title = s.title ?? firstPrompt(r.events) ?? s.id;
  const facts = [
    `**Agent** ${mdText(s.agent)}${s.model ? ` (${mdText(s.model)})` : ''}`,
    `**Session** ${mdCode(s.id)}`,
    s.startedAt ? `**Started** ${mdText(s.startedAt)}` : '',
    `**Events** ${r.stats.events} · **Tool calls** ${r.stats.toolCalls} · **Flags** ${r.stats.findings} · **Max risk** ${r.stats.maxRisk}/100`,
  ].filter(Boolean);
  const notes = [redactionLine(r)];
  if (!r.options.includeReasoning) notes.push('Reasoning left out.');
  if (!r.options.includeFileContents) notes.push('File contents left out.');
  return [`# Vigil report: ${mdText(clipLine(title, 120))}`, '', facts.join(' · '), '', `*${mdText(notes.join(' '))}*`, ''];
}

function clipLine(s: string, max: number): string {
  const line = s.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function firstPrompt(events: readonly VigilEvent[]): string | undefined {
  for (const e of events) if (e.kind === 'user_prompt' && e.text.trim()) return e.text;
  return undefined;
}

function task(r: Report): string[] {
  const p = firstPrompt(r.events);
  return ['## Task', '', p ? mdQuote(p, 30) : '*No user prompt in this session.*', ''];
}

function files(r: Report): string[] {
  const f = r.stats.filesChanged;
  const out = [`## Files changed (${f.length})`, ''];
  if (!f.length) out.push('*No file changes.*');
  for (const x of f) out.push(`- ${mdCode(x.path)} **+${x.added} −${x.removed}** · ${x.kind}${x.edits > 1 ? ` · ${x.edits} edits` : ''}`);
  return [...out, ''];
}

function flags(r: Report, byId: Map<string, VigilEvent>): string[] {
  const all = [...r.findings, ...r.children.flatMap((c) => c.findings)];
  const sorted = all.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const counts = SEVERITIES.slice().reverse().map((s) => `${s} ${r.stats.findingsBySeverity[s] ?? 0}`).join(' · ');
  const out = [`## Flags (${all.length})`, '', all.length ? counts : '*No flags.*', ''];
  for (const f of sorted.slice(0, MAX_FLAGS)) out.push(...flag(f, byId), '');
  if (sorted.length > MAX_FLAGS) out.push(`*… ${sorted.length - MAX_FLAGS} more flags in the JSON or HTML report.*`, '');
  return out;
}

function flag(f: Finding, byId: Map<string, VigilEvent>): string[] {
  const lines = [`${SEV_ICON[f.severity]} **${f.severity}** · ${mdText(f.category.replace(/_/g, ' '))} — ${mdText(f.message)}`, ''];
  if (f.quote.trim()) lines.push(mdQuote(f.quote, 12), '');
  lines.push(`<sub>${mdText(`${f.monitor} · ${findingPlace(f, byId.get(f.eventId))}`)}</sub>`);
  return lines;
}

function decisions(r: Report, calls: Map<string, ToolCallEvent>): string[] {
  const d = r.decisions;
  const out = [`## Gate decisions (${d.length})`, ''];
  if (!d.length) out.push('*No gate decisions.*');
  for (const x of d) out.push(decisionLine(x, calls));
  return [...out, ''];
}

function decisionLine(d: ReportDecision, calls: Map<string, ToolCallEvent>): string {
  const call = d.toolUseId ? calls.get(d.toolUseId) : undefined;
  const who = d.decidedBy === 'human' ? `a human${d.reviewer ? ` (${mdText(d.reviewer)})` : ''}` : mdText(d.decidedBy);
  const what = call ? mdCode(eventLabel(call)) : d.toolUseId ? mdCode(d.toolUseId) : 'a tool call';
  const reason = d.reason ? ` — “${mdText(d.reason)}”` : '';
  const reasons = d.reasons.length ? ` (${mdText(d.reasons.join('; '))})` : '';
  return `- ${formatTime(d.ts)} **${d.decision === 'deny' ? 'Denied' : 'Allowed'}** ${what} by ${who} · risk ${d.score}${reasons}${reason}`;
}

/** Risky moments in order: flags (medium and up), scored tool calls (risk ≥ 20) and decisions. */
function timeline(r: Report, byId: Map<string, VigilEvent>): string[] {
  type Row = { seq: number; line: string };
  const rows: Row[] = [];
  for (const f of r.findings) {
    const e = byId.get(f.eventId);
    if (severityRank(f.severity) < 1 || !e) continue;
    rows.push({ seq: e.seq, line: `- ${formatTime(e.ts)} #${e.seq} ${SEV_ICON[f.severity]} ${f.severity} ${mdText(f.category.replace(/_/g, ' '))}: ${mdText(clipLine(f.message, 140))}` });
  }
  for (const x of r.risks) {
    const e = byId.get(x.eventId);
    if (x.score < 20 || !e) continue;
    rows.push({ seq: x.seq, line: `- ${formatTime(e.ts)} #${x.seq} risk **${x.score}** ${mdCode(eventLabel(e))}${x.reasons.length ? ` — ${mdText(x.reasons.map((y) => y.label).join('; '))}` : ''}` });
  }
  for (const d of r.decisions) rows.push({ seq: d.seq, line: `- ${formatTime(d.ts)} #${d.seq} gate **${d.decision}** (${mdText(d.decidedBy)}, risk ${d.score})` });
  rows.sort((a, b) => a.seq - b.seq);
  const out = ['## Risk timeline', ''];
  if (!rows.length) out.push('*Nothing risky happened.*');
  for (const x of rows.slice(0, MAX_TIMELINE)) out.push(x.line);
  if (rows.length > MAX_TIMELINE) out.push(`- *… ${rows.length - MAX_TIMELINE} more*`);
  return [...out, ''];
}

function subagents(r: Report): string[] {
  if (!r.children.length) return [];
  const out = [`## Subagents (${r.children.length})`, ''];
  for (const c of r.children) {
    const name = c.session.agentName ?? c.session.id;
    out.push(`- ${mdCode(name)}${c.session.title ? ` ${mdText(clipLine(c.session.title, 100))}` : ''}: ${c.events.length} events, ${c.findings.length} flags`);
  }
  return [...out, ''];
}

/** A Markdown summary for a pull-request description. All agent text is escaped and made inert. */
export function renderMarkdown(r: Report): string {
  const byId = new Map<string, VigilEvent>();
  const calls = new Map<string, ToolCallEvent>();
  for (const e of [...r.events, ...r.children.flatMap((c) => c.events)]) {
    byId.set(e.id, e);
    if (e.kind === 'tool_call') calls.set(e.toolUseId, e);
  }
  const parts = [...header(r), ...task(r), ...files(r), ...flags(r, byId), ...decisions(r, calls), ...timeline(r, byId), ...subagents(r)];
  parts.push(`<sub>${mdText(`Generated by ${r.generator.name} ${r.generator.version} at ${r.generatedAt}`)}</sub>`, '');
  return parts.join('\n');
}
