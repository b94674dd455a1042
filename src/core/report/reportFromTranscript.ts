import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Finding, VigilEvent } from '../model/events';
import { createAnalyzer } from '../monitors/analyzer';
import type { AnalyzerOptions } from '../monitors/types';
import { readTranscriptFile, type TranscriptReadResult } from '../sources/readTranscript';
import type { BuildReportInput, ReportSessionInput } from './buildReport';
import type { ReportRisk } from './reportSchema';

export interface TranscriptReportInput extends BuildReportInput {
  format: TranscriptReadResult['format'];
  stats: TranscriptReadResult['stats'];
}

/** Runs the monitors over a session's events: findings plus the risk of every tool call. */
export function analyzeEvents(events: readonly VigilEvent[], opts: AnalyzerOptions = {}): { findings: Finding[]; risks: ReportRisk[] } {
  const analyzer = createAnalyzer(opts);
  const risks: ReportRisk[] = [];
  for (const e of events) {
    analyzer.push(e);
    if (e.kind === 'tool_call') risks.push({ eventId: e.id, seq: e.seq, ...analyzer.riskFor(e) });
  }
  return { findings: [...analyzer.findings()], risks };
}

async function readAnalyzed(file: string, opts: AnalyzerOptions): Promise<(ReportSessionInput & { read: TranscriptReadResult }) | undefined> {
  const read = await readTranscriptFile(file);
  if (!read.session) return undefined;
  return { session: read.session, events: read.events, ...analyzeEvents(read.events, opts), read };
}

/** Claude Code keeps subagent transcripts in `<session>/subagents/agent-*.jsonl` next to the main one. */
async function subagentFiles(transcript: string): Promise<string[]> {
  const dir = path.join(path.dirname(transcript), path.basename(transcript, '.jsonl'), 'subagents');
  try {
    const names = await fsp.readdir(dir);
    return names.filter((n) => n.endsWith('.jsonl')).sort().map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/**
 * Everything a report of one transcript file needs: its session and events (any supported format),
 * the analyzer's findings and risks, and its subagent sessions. Throws when the file cannot be read
 * or is in no supported format.
 */
export async function reportInputFromTranscript(file: string, opts: AnalyzerOptions = {}): Promise<TranscriptReportInput> {
  const main = await readAnalyzed(file, opts);
  if (!main) throw new Error(`${file}: not a supported transcript (Claude Code, Codex or Vigil JSONL)`);
  const children: ReportSessionInput[] = [];
  for (const f of await subagentFiles(file)) {
    const child = await readAnalyzed(f, opts);
    if (child) children.push({ session: child.session, events: child.events, findings: child.findings, risks: child.risks });
  }
  const { read, ...input } = main;
  return { ...input, children, format: read.format, stats: read.stats };
}
