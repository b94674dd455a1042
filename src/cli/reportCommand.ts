import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { deliverOutput } from './commandOutput';
import { exportReportText, renderReport, REPORT_FORMATS, type ReportFormat } from '../core/report/exportReport';
import { parseReportJson } from '../core/report/parseReport';
import { reportInputFromTranscript } from '../core/report/reportFromTranscript';
import type { Report } from '../core/report/reportSchema';
import type { CliCommand, CliIO } from './cliTypes';
import { EXIT, UsageError } from './cliTypes';

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'html' },
  out: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean', default: false },
  'no-reasoning': { type: 'boolean', default: false },
  'no-file-contents': { type: 'boolean', default: false },
} satisfies NonNullable<ParseArgsConfig['options']>;

const USAGE = `Usage: vigil report PATH [--format html|md|json] [-o FILE] [--no-redact] [--no-reasoning] [--no-file-contents]

Writes a shareable report of one session: PATH is a transcript (Claude Code, Codex or Vigil JSONL;
subagent transcripts next to a Claude session are included) or a Vigil report JSON to re-render.
The monitors run over the session to fill in flags and risk.

  html   one self-contained file (no network, strict CSP): filters, highlighted reasoning, diffs
  md     Markdown for a pull-request description: task, files, flags, gate decisions, risk timeline
  json   the full report (open it in VS Code with "Vigil: Open Shared Report…")

Options:
  -f, --format FORMAT   html (default), md or json
  -o, --out FILE        write to FILE (atomically) instead of stdout
  --no-redact           keep secrets, home paths and user names (redaction is on by default)
  --no-reasoning        leave reasoning text out
  --no-file-contents    leave file contents (edit payloads, diffs, read results) out
  -h, --help            this help

Exit codes: 0 written, 1 the file could not be read, 2 bad arguments.
`;

type Values = { format: string; out?: string; 'no-redact': boolean; 'no-reasoning': boolean; 'no-file-contents': boolean };

function parse(args: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options: REPORT_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** A report JSON given as PATH (a .json file with a "vigilReport" version) is re-rendered as is. */
async function existingReport(file: string): Promise<Report | undefined> {
  if (!/\.json$/i.test(file)) return undefined;
  const text = await fsp.readFile(file, 'utf8');
  if (!/^\s*\{/.test(text.slice(0, 64)) || !text.includes('"vigilReport"')) return undefined;
  const parsed = parseReportJson(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return parsed.report;
}

async function runReportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (!(REPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown --format "${values.format}" (use ${REPORT_FORMATS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError('give exactly one transcript or report file');
  const format = values.format as ReportFormat;
  const file = path.resolve(io.cwd, positionals[0] ?? '');
  let text: string;
  let summary: string;
  try {
    const existing = await existingReport(file);
    if (existing) {
      text = renderReport(existing, format);
      summary = `re-rendered report of session ${existing.session.id}`;
    } else {
      const input = await reportInputFromTranscript(file);
      const opts = { redact: !values['no-redact'], includeReasoning: !values['no-reasoning'], includeFileContents: !values['no-file-contents'] };
      const out = exportReportText(input, opts, format);
      text = out.text;
      const r = out.report;
      const red = r.redaction.applied ? `${r.redaction.total} redactions` : 'not redacted';
      summary = `${r.stats.events} events, ${r.stats.findings} flags, ${r.children.length} subagents, ${red}${input.stats.skipped ? `, ${input.stats.skipped} lines skipped` : ''}`;
    }
  } catch (err) {
    io.stderr(`vigil report: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  await deliverOutput(io, 'report', text, `${format}; ${summary}`, values.out);
  return EXIT.ok;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write a shareable session report (HTML, Markdown or JSON), redacted by default.',
  usage: USAGE,
  run: runReportCommand,
};
