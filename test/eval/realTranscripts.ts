/**
 * `npm run eval:real`: false-positive regression check on real public agent transcripts
 * (test/fixtures/real, sources and licences in its SOURCES.md). Every session there is scanned exactly as
 * `vigil scan` does (real reader, fresh analyzer per file) and parsed once more for parse checks (format
 * version, tool-call pairing). Prints per session the agent, version, event / tool-call / skipped-line counts
 * and its medium+ findings, then the totals: medium+ findings that match no reviewed true positive
 * (test/fixtures/real/reviewed.json) are the false positives on real work. Exits 0 (1 only on a crash).
 */
import fs from 'node:fs';
import path from 'node:path';
import { severityRank } from '../../src/core/model/taxonomy';
import { collectTranscriptFiles } from '../../src/cli/scanFiles';
import { scanTranscript, type ScanFinding, type ScanStats } from '../../src/cli/scanSession';
import { readTranscriptFile } from '../../src/core/sources/readTranscript';

/** A medium+ finding a reviewer judged a true positive. `line` disambiguates findings with the same quote. */
export interface ReviewedTruePositive {
  file: string;
  monitor: string;
  quote: string;
  line?: number;
  borderline?: boolean;
  why: string;
}

/** Parse-level facts about one file, from the events the real reader emits (no monitors involved). */
export interface ParseFacts {
  format: string | undefined;
  agent: string | undefined;
  sessionId: string | undefined;
  parentSessionId: string | undefined;
  version: string | undefined;
  events: number;
  toolCalls: number;
  toolCallsByKind: Record<string, number>;
  toolResults: number;
  /** Tool calls with no result in the file (toolUseId). */
  unpairedCalls: string[];
  /** Tool results with no call in the file (toolUseId). */
  orphanResults: string[];
  reasoning: { full: number; summary: number; hidden: number };
  skipped: number;
  skippedByReason: Record<string, number>;
}

export interface RealSession {
  /** Path relative to the fixtures folder, with `/` separators. */
  file: string;
  agent: string;
  sessionId: string | null;
  parentSessionId: string | null;
  stats: ScanStats;
  parse: ParseFacts;
  /** Medium+ findings, in the analyzer's order, each with whether it matched a reviewed true positive. */
  findings: (ScanFinding & { reviewedTrue: boolean })[];
}

export interface RealReport {
  sessions: RealSession[];
  /** Files under the folder that are in no supported format (should stay empty). */
  unsupported: string[];
  falsePositives: number;
  truePositives: ReviewedTruePositive[];
  truePositivesFound: number;
  /** Reviewed true positives no current finding matches. */
  truePositivesMissing: ReviewedTruePositive[];
}

export const REAL_DIR = path.resolve('test/fixtures/real');

export function isMediumPlus(f: ScanFinding): boolean {
  return severityRank(f.severity) >= severityRank('medium');
}

export function loadReviewed(dir: string): ReviewedTruePositive[] {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, 'reviewed.json'), 'utf8')) as { truePositives: ReviewedTruePositive[] };
  return doc.truePositives;
}

export function matchesReviewed(file: string, f: ScanFinding, tp: ReviewedTruePositive): boolean {
  return tp.file === file && tp.monitor === f.monitor && f.quote.includes(tp.quote) && (tp.line === undefined || tp.line === f.line);
}

/** Parse facts from a pass with the real reader (events retained: the fixtures are small). */
export async function parseFacts(file: string): Promise<ParseFacts> {
  const res = await readTranscriptFile(file);
  const calls = new Set<string>();
  const results = new Set<string>();
  const byKind: Record<string, number> = {};
  const reasoning = { full: 0, summary: 0, hidden: 0 };
  let toolCalls = 0;
  let toolResults = 0;
  for (const e of res.events) {
    if (e.kind === 'tool_call') {
      toolCalls++;
      byKind[e.toolKind] = (byKind[e.toolKind] ?? 0) + 1;
      calls.add(e.toolUseId);
    } else if (e.kind === 'tool_result') {
      toolResults++;
      results.add(e.toolUseId);
    } else if (e.kind === 'reasoning') {
      reasoning[e.visibility]++;
    }
  }
  return {
    format: res.format,
    agent: res.session?.agent,
    sessionId: res.session?.id,
    parentSessionId: res.session?.parentSessionId,
    version: res.session?.agentVersion,
    events: res.events.length,
    toolCalls,
    toolCallsByKind: byKind,
    toolResults,
    unpairedCalls: [...calls].filter((id) => !results.has(id)),
    orphanResults: [...results].filter((id) => !calls.has(id)),
    reasoning,
    skipped: res.stats.skipped,
    skippedByReason: res.stats.skippedByReason,
  };
}

export async function scanReal(dir = REAL_DIR): Promise<RealReport> {
  const reviewed = loadReviewed(dir);
  const { files } = await collectTranscriptFiles([dir], dir);
  const sessions: RealSession[] = [];
  const unsupported: string[] = [];
  for (const { path: abs } of files) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    const s = await scanTranscript(abs);
    if (!s) {
      unsupported.push(rel);
      continue;
    }
    const findings = s.findings.filter(isMediumPlus).map((f) => ({ ...f, reviewedTrue: reviewed.some((tp) => matchesReviewed(rel, f, tp)) }));
    sessions.push({ file: rel, agent: s.agent, sessionId: s.sessionId, parentSessionId: s.parentSessionId, stats: s.stats, parse: await parseFacts(abs), findings });
  }
  const all = sessions.flatMap((s) => s.findings.map((f) => ({ file: s.file, f })));
  const found = reviewed.filter((tp) => all.some(({ file, f }) => matchesReviewed(file, f, tp)));
  return {
    sessions,
    unsupported,
    falsePositives: all.filter(({ f }) => !f.reviewedTrue).length,
    truePositives: reviewed,
    truePositivesFound: found.length,
    truePositivesMissing: reviewed.filter((tp) => !found.includes(tp)),
  };
}

function oneLine(s: string, max = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function toolSummary(stats: ScanStats): string {
  const total = Object.values(stats.toolCalls).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(stats.toolCalls).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  return `${total}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
}

export function formatRealReport(r: RealReport): string {
  const out: string[] = [`Vigil on real public transcripts (${r.sessions.length} sessions, test/fixtures/real)`, ''];
  let events = 0;
  let calls = 0;
  let skipped = 0;
  let medium = 0;
  for (const s of r.sessions) {
    const st = s.stats;
    events += st.events;
    calls += s.parse.toolCalls;
    skipped += st.skipped;
    medium += s.findings.length;
    out.push(`${s.file}`);
    out.push(`  ${s.agent} ${s.parse.version ?? '(version unknown)'}${s.parentSessionId ? `, subagent of ${s.parentSessionId}` : ''}`);
    out.push(`  events ${st.events}, tool calls ${toolSummary(st)}, reasoning ${st.reasoning} (${st.reasoningVisible} readable), skipped lines ${st.skipped}, medium+ findings ${s.findings.length}`);
    const pairing = [s.parse.unpairedCalls.length ? `${s.parse.unpairedCalls.length} tool calls without a result` : '', s.parse.orphanResults.length ? `${s.parse.orphanResults.length} results without a call` : ''].filter(Boolean);
    if (pairing.length) out.push(`  parse: ${pairing.join(', ')}`);
    for (const f of s.findings) {
      out.push(`    ${f.reviewedTrue ? 'TP' : 'FP'} L${f.line ?? '?'} ${f.monitor} ${f.category}/${f.severity}: "${oneLine(f.quote)}"`);
    }
  }
  out.push('');
  out.push(`total: ${r.sessions.length} sessions, ${events} events, ${calls} tool calls, ${skipped} skipped lines, ${medium} medium+ findings`);
  if (r.unsupported.length) out.push(`files in no supported format: ${r.unsupported.join(', ')}`);
  out.push(`false positives on real sessions: ${r.falsePositives}`);
  out.push(`reviewed true positives still found: ${r.truePositivesFound}/${r.truePositives.length}`);
  for (const tp of r.truePositivesMissing) out.push(`  missing: ${tp.file} ${tp.monitor} "${oneLine(tp.quote, 60)}"${tp.line ? ` L${tp.line}` : ''}`);
  return out.join('\n');
}

if (/(?:^|[\\/])(?:real|realTranscripts)\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  scanReal()
    .then((r) => {
      console.log(formatRealReport(r));
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
