import { formatScanSarif } from './sarif';
import type { ScanFinding, ScanSession } from './scanSession';

/** What `vigil scan` produces before formatting. */
export interface ScanReport {
  version: 1;
  sessions: ScanSession[];
  /** Files that were not read as transcripts, with why (unrecognised format, unreadable). */
  skippedFiles: { path: string; reason: string }[];
}

/** Turns a scan report into the text written to stdout. Add a format: add a row to SCAN_FORMATTERS. */
export type ScanFormatter = (report: ScanReport) => string;

function orderedFinding(f: ScanFinding): Record<string, unknown> {
  const { category, severity, channel, eventId, quote, span, message, ...rest } = f;
  return { category, severity, channel, eventId, quote, span: span ?? null, message, ...rest };
}

export function formatScanJson(report: ScanReport): string {
  const out = {
    version: report.version,
    sessions: report.sessions.map((s) => ({ ...s, findings: s.findings.map(orderedFinding) })),
    skippedFiles: report.skippedFiles,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatScanText(report: ScanReport): string {
  const lines: string[] = [];
  for (const s of report.sessions) {
    const calls = Object.entries(s.stats.toolCalls)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    lines.push(s.path);
    lines.push(`  ${s.agent} session ${s.sessionId ?? '?'}${s.parentSessionId ? ` (subagent of ${s.parentSessionId})` : ''}${s.title ? ` "${oneLine(s.title, 80)}"` : ''}`);
    lines.push(`  ${s.stats.events} events, reasoning ${s.stats.reasoning} (${s.stats.reasoningVisible} visible), tool calls: ${calls || 'none'}, skipped lines ${s.stats.skipped}`);
    lines.push(`  max risk ${s.maxRisk}, ${s.findings.length} finding(s)`);
    for (const f of s.findings) {
      const where = f.line !== undefined ? `line ${f.line}` : f.eventId;
      lines.push(`    [${f.severity}] ${f.category} (${f.channel}) ${where}: ${oneLine(f.message)}`);
      if (f.quote) lines.push(`      "${oneLine(f.quote)}"`);
    }
    lines.push('');
  }
  for (const f of report.skippedFiles) lines.push(`skipped ${f.path}: ${f.reason}`);
  const total = report.sessions.reduce((n, s) => n + s.findings.length, 0);
  lines.push(`${report.sessions.length} session(s), ${total} finding(s)`);
  return `${lines.join('\n')}\n`;
}

export const SCAN_FORMATTERS: Record<string, ScanFormatter> = {
  json: formatScanJson,
  text: formatScanText,
  sarif: formatScanSarif,
};
