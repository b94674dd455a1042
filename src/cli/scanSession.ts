import type { Finding, ToolKind, VigilEvent } from '../core/model/events';
import { createAnalyzer } from '../core/monitors/analyzer';
import type { AnalyzerOptions } from '../core/monitors/types';
import { readTranscriptFile } from '../core/sources/readTranscript';
import type { ParseStats } from '../core/sources/types';

export type ToolCallCounts = Record<ToolKind, number>;

export interface ScanStats {
  events: number;
  reasoning: number;
  /** Reasoning blocks whose text is readable (full or summary). */
  reasoningVisible: number;
  toolCalls: ToolCallCounts;
  /** Lines the parser skipped (malformed, invalid, unknown type, too long). */
  skipped: number;
  skippedByReason: Record<string, number>;
}

/** A finding as printed: the Finding fields plus the transcript line of its event. */
export type ScanFinding = Finding & { line?: number };

export interface ScanSession {
  path: string;
  agent: string;
  sessionId: string | null;
  parentSessionId: string | null;
  title?: string;
  stats: ScanStats;
  maxRisk: number;
  findings: ScanFinding[];
}

export function emptyToolCounts(): ToolCallCounts {
  return { edit: 0, write: 0, shell: 0, read: 0, search: 0, subagent: 0, mcp: 0, other: 0 };
}

function countEvent(stats: ScanStats, e: VigilEvent): void {
  stats.events++;
  if (e.kind === 'reasoning') {
    stats.reasoning++;
    if (e.visibility !== 'hidden') stats.reasoningVisible++;
  } else if (e.kind === 'tool_call') {
    stats.toolCalls[e.toolKind]++;
  }
}

/**
 * Reads one transcript (format sniffed) in bounded memory, counting events and running every event
 * through a fresh analyzer. Returns undefined when the file is in no supported format.
 */
export async function scanTranscript(file: string, analyzerOptions: AnalyzerOptions = {}): Promise<ScanSession | undefined> {
  const analyzer = createAnalyzer(analyzerOptions);
  const stats: ScanStats = { events: 0, reasoning: 0, reasoningVisible: 0, toolCalls: emptyToolCounts(), skipped: 0, skippedByReason: {} };
  const lineOf = new Map<string, number>();
  const res = await readTranscriptFile(file, {
    retainEvents: false,
    onEvents: (events) => {
      for (const e of events) {
        countEvent(stats, e);
        const found = analyzer.push(e);
        if (found.length && e.line !== undefined) lineOf.set(e.id, e.line);
      }
    },
  });
  if (!res.format) return undefined;
  const parse: ParseStats = res.stats;
  stats.skipped = parse.skipped;
  stats.skippedByReason = parse.skippedByReason;
  const findings: ScanFinding[] = analyzer.findings().map((f) => {
    const line = lineOf.get(f.eventId);
    return line !== undefined ? { ...f, line } : { ...f };
  });
  const out: ScanSession = {
    path: file,
    agent: res.session?.agent ?? res.format,
    sessionId: res.session?.id ?? null,
    parentSessionId: res.session?.parentSessionId ?? null,
    stats,
    maxRisk: analyzer.maxRisk(),
    findings,
  };
  if (res.session?.title) out.title = res.session.title;
  return out;
}
