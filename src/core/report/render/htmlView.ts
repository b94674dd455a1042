import { diffChange, unifiedDiff } from '../../changes/unifiedDiff';
import type { Finding, VigilEvent } from '../../model/events';
import type { FileChange } from '../../model/fileChange';
import { maxSeverity, type Severity } from '../../model/taxonomy';
import { findingsForField, segmentText } from '../../model/spans';
import type { FileStat, Report, ReportChild, ReportDecision } from '../reportSchema';
import { clip, inertText } from './inertText';
import { eventLabel, findingPlace, formatTime, redactionLine } from './reportText';

/**
 * The HTML report's data: plain JSON the inline script turns into DOM with textContent only. Every
 * string is already inert (inertText) and clipped, and highlights are precomputed segments, so the
 * browser side only builds nodes.
 */
export interface HtmlView {
  title: string;
  facts: [string, string][];
  notes: string[];
  task: string;
  files: FileStat[];
  decisions: ViewDecision[];
  categories: string[];
  sessions: ViewSession[];
  generated: string;
}
export interface ViewSession {
  name: string;
  rows: ViewRow[];
}
/** [text, severity of the highlight or "", finding ids] */
export type ViewSegment = [string, string, string];
export interface ViewFinding {
  id: string;
  sev: Severity;
  cat: string;
  monitor: string;
  message: string;
  quote: string;
  where: string;
}
export interface ViewRow {
  id: string;
  seq: number;
  time: string;
  kind: string;
  label: string;
  /** Highest severity of the row's findings ("" when none). */
  sev: string;
  cats: string[];
  segs?: ViewSegment[];
  blocks?: [string, string][];
  diffs?: [string, string[]][];
  findings: ViewFinding[];
  risk?: [number, string];
  decision?: string;
}
export interface ViewDecision {
  seq: number;
  time: string;
  decision: string;
  by: string;
  score: number;
  what: string;
  reason: string;
}

const MAX_TEXT = 20_000;
const MAX_BLOCK = 4_000;
const MAX_DIFF_LINES = 400;
const MAX_LINE = 2_000;

const t = (s: string, max = MAX_TEXT): string => clip(inertText(s), max);

/** Text cut into plain and highlighted pieces (spans of the findings on this field), each made inert. */
function segments(text: string, findings: readonly Finding[], field: 'text' | 'command'): ViewSegment[] {
  let cut = Math.min(text.length, MAX_TEXT);
  const c = text.charCodeAt(cut - 1);
  if (cut < text.length && c >= 0xd800 && c <= 0xdbff) cut--;
  const segs = segmentText(cut, findingsForField(findings, field)).map((x): ViewSegment => [inertText(text.slice(x.start, x.end)), x.severity ?? '', x.findings.map((f) => f.id).join(' ')]);
  if (cut < text.length) segs.push([`… [${text.length - cut} more characters]`, '', '']);
  return segs;
}

/** Diff lines of one change: full before/after when known (H2's diff), else edits or hunks as given. */
export function changeDiff(c: FileChange): string[] {
  let lines: string[] = [];
  if (c.before !== undefined || (c.kind === 'add' && c.after !== undefined)) {
    const d = diffChange(c, undefined);
    if (d.ok) lines = d.diff.split('\n').slice(2);
  }
  if (!lines.length && c.edits?.length) {
    for (const e of c.edits) lines.push(...unifiedDiff({ newPath: c.path, before: e.oldString, after: e.newString }).diff.split('\n').slice(2));
  }
  if (!lines.length && c.hunks?.length) {
    for (const h of c.hunks) {
      lines.push(`@@ ${h.oldStart !== undefined ? `-${h.oldStart},${h.oldLines ?? 0} +${h.newStart ?? 0},${h.newLines ?? 0} ` : ''}@@${h.header ? ` ${h.header}` : ''}`);
      lines.push(...h.lines);
    }
  }
  if (!lines.length && c.after !== undefined) lines = c.after.split('\n').map((l) => `+${l}`);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out = lines.slice(0, MAX_DIFF_LINES).map((l) => t(l, MAX_LINE));
  if (lines.length > MAX_DIFF_LINES) out.push(`… ${lines.length - MAX_DIFF_LINES} more lines`);
  return out;
}

function viewFinding(f: Finding, e: VigilEvent | undefined): ViewFinding {
  return { id: f.id, sev: f.severity, cat: f.category, monitor: t(f.monitor, 200), message: t(f.message, 2000), quote: t(f.quote, 2000), where: t(findingPlace(f, e), 500) };
}

function inputText(input: unknown): string {
  if (input === undefined) return '';
  try {
    return typeof input === 'string' ? input : JSON.stringify(input, null, 2);
  } catch {
    return String(input);
  }
}

function row(e: VigilEvent, findings: readonly Finding[], risk: ReportChild['risks'][number] | undefined, byId: Map<string, VigilEvent>): ViewRow {
  const sev = findings.reduce<Severity | undefined>((m, f) => maxSeverity(m, f.severity), undefined) ?? '';
  const r: ViewRow = { id: e.id, seq: e.seq, time: formatTime(e.ts), kind: e.kind, label: t(eventLabel(e), 300), sev, cats: [...new Set(findings.map((f) => f.category))], findings: findings.map((f) => viewFinding(f, byId.get(f.eventId))) };
  if (risk) r.risk = [risk.score, t(risk.reasons.map((x) => x.label).join('; '), 1000)];
  switch (e.kind) {
    case 'user_prompt':
    case 'assistant_message':
    case 'notice':
      r.segs = segments(e.text, findings, 'text');
      break;
    case 'reasoning':
      r.segs = segments(e.visibility === 'hidden' ? '(reasoning withheld by the agent)' : e.text, e.visibility === 'hidden' ? [] : findings, 'text');
      if (e.visibility === 'summary') r.label = 'reasoning (summary)';
      break;
    case 'tool_call': {
      if (e.command !== undefined) r.segs = segments(e.command, findings, 'command');
      if (e.changes?.length) r.diffs = e.changes.map((c) => [t(c.kind === 'move' && c.movePath ? `${c.path} → ${c.movePath}` : c.path, 500), changeDiff(c)]);
      else if (e.command === undefined) r.blocks = [['input', t(inputText(e.input), MAX_BLOCK)]];
      break;
    }
    case 'tool_result':
      r.blocks = [[e.rejected ? 'rejected by the user' : e.isError ? 'error' : 'output', t(e.output, MAX_BLOCK)]];
      break;
    case 'finding':
      r.segs = [[t(`${e.finding.severity} · ${e.finding.category}: ${e.finding.message}`), '', '']];
      break;
    case 'gate_decision':
      r.decision = e.decision.decision;
      r.segs = [[t(`${e.decision.decision} by ${e.decision.decidedBy}${e.decision.reviewer ? ` (${e.decision.reviewer})` : ''}, risk ${e.decision.score}${e.decision.reason ? `: ${e.decision.reason}` : ''}`), '', '']];
      break;
  }
  return r;
}

function viewSession(name: string, part: { events: readonly VigilEvent[]; findings: readonly Finding[]; risks: ReportChild['risks'] }): ViewSession {
  const byEvent = new Map<string, Finding[]>();
  for (const f of part.findings) byEvent.set(f.eventId, [...(byEvent.get(f.eventId) ?? []), f]);
  const risks = new Map(part.risks.map((r) => [r.eventId, r]));
  const byId = new Map(part.events.map((e) => [e.id, e]));
  return { name: t(name, 300), rows: part.events.filter((e) => e.kind !== 'finding').map((e) => row(e, byEvent.get(e.id) ?? [], risks.get(e.id), byId)) };
}

function viewDecision(d: ReportDecision, calls: Map<string, VigilEvent>): ViewDecision {
  const call = d.toolUseId ? calls.get(d.toolUseId) : undefined;
  const by = d.decidedBy === 'human' ? `human${d.reviewer ? ` (${d.reviewer})` : ''}` : d.decidedBy;
  return { seq: d.seq, time: formatTime(d.ts), decision: d.decision, by: t(by, 200), score: d.score, what: t(call ? eventLabel(call) : d.toolUseId ?? 'tool call', 300), reason: t([d.reason, d.reasons.join('; ')].filter(Boolean).join(' — '), 2000) };
}

export function buildHtmlView(r: Report): HtmlView {
  const prompt = r.events.find((e) => e.kind === 'user_prompt');
  const s = r.session;
  const facts: [string, string][] = [['Agent', `${s.agent}${s.model ? ` (${s.model})` : ''}`], ['Session', s.id]];
  if (s.startedAt) facts.push(['Started', s.startedAt]);
  if (s.cwd) facts.push(['Folder', s.cwd]);
  facts.push(['Events', String(r.stats.events)], ['Tool calls', String(r.stats.toolCalls)], ['Flags', String(r.stats.findings)], ['Max risk', `${r.stats.maxRisk}/100`]);
  const notes = [redactionLine(r)];
  if (!r.options.includeReasoning) notes.push('Reasoning left out.');
  if (!r.options.includeFileContents) notes.push('File contents left out.');
  const cats = new Set([...r.findings, ...r.children.flatMap((c) => c.findings)].map((f) => f.category));
  const calls = new Map<string, VigilEvent>();
  for (const e of r.events) if (e.kind === 'tool_call') calls.set(e.toolUseId, e);
  return {
    title: t(s.title ?? (prompt?.kind === 'user_prompt' ? prompt.text.split('\n')[0] ?? '' : '') ?? s.id, 200) || s.id,
    facts: facts.map(([k, v]) => [k, t(v, 500)]),
    notes,
    task: prompt?.kind === 'user_prompt' ? t(prompt.text) : '',
    files: r.stats.filesChanged.map((f) => ({ ...f, path: t(f.path, 500) })),
    decisions: r.decisions.map((d) => viewDecision(d, calls)),
    categories: [...cats].sort(),
    sessions: [viewSession('Main session', r), ...r.children.map((c) => viewSession(`Subagent ${c.session.agentName ?? c.session.id}`, c))],
    generated: t(`${r.generator.name} ${r.generator.version} · ${r.generatedAt}`, 200),
  };
}
