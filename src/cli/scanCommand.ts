import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliCommand, CliIO } from './cliTypes';
import { EXIT, UsageError } from './cliTypes';
import { collectTranscriptFiles } from './scanFiles';
import type { TeamRules } from '../core/rules/parseRules';
import { SCAN_FORMATTERS, type ScanReport } from './scanFormatters';
import { failOnReached, loadRulesFile, parseFailOn } from './scanGate';
import { scanTranscript } from './scanSession';

/** Options of `vigil scan` (node:util parseArgs table). Add an option: add a row here and read it in runScanCommand. */
export const SCAN_OPTIONS = {
  format: { type: 'string', default: 'json' },
  'no-reasoning': { type: 'boolean', default: false },
  'no-action': { type: 'boolean', default: false },
  'fail-on': { type: 'string' },
  rules: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

const USAGE = `Usage: vigil scan PATH... [--format ${Object.keys(SCAN_FORMATTERS).join('|')}]

Reads agent transcripts (Claude Code, Codex, Vigil JSONL; format detected from the content),
runs Vigil's monitors over them and prints one entry per session. PATH is a transcript file or a
folder searched recursively for *.jsonl. Subagent transcripts are separate sessions that name
their parent session.

Options:
  --format F       output format: ${Object.keys(SCAN_FORMATTERS).join(', ')} (default json)
  --no-reasoning   do not run the reasoning monitors
  --no-action      do not run the action monitors
  --fail-on SEV    exit 1 when any finding is SEV or worse (low, medium, high, critical)
  --rules FILE     team rules file (.vigil/rules.json format); bad rules are reported and skipped
  -h, --help       this help

Exit codes: 0 done, 1 a named file could not be read as a transcript (or --fail-on was reached),
2 bad arguments.
`;

export interface ScanInput {
  paths: string[];
  reasoning: boolean;
  action: boolean;
  rules?: TeamRules;
}

/** Scans the given paths; the report lists every session found and every file passed over. */
export async function runScan(input: ScanInput, cwd: string): Promise<{ report: ScanReport; failed: boolean }> {
  const { files, missing } = await collectTranscriptFiles(input.paths, cwd);
  const report: ScanReport = { version: 1, sessions: [], skippedFiles: missing.map((p) => ({ path: p, reason: 'not found' })) };
  let failed = missing.length > 0;
  for (const f of files) {
    try {
      const s = await scanTranscript(f.path, { reasoning: input.reasoning, action: input.action, rules: input.rules });
      if (s) report.sessions.push(s);
      else {
        report.skippedFiles.push({ path: f.path, reason: 'not a supported transcript format' });
        if (f.explicit) failed = true;
      }
    } catch (err) {
      report.skippedFiles.push({ path: f.path, reason: `unreadable: ${err instanceof Error ? err.message : String(err)}` });
      failed = true;
    }
  }
  return { report, failed };
}

/** Parsed `vigil scan` arguments; the value types follow SCAN_OPTIONS. */
function parse(args: string[]) {
  try {
    return parseArgs({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

async function runScanCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  const formatter = Object.hasOwn(SCAN_FORMATTERS, values.format) ? SCAN_FORMATTERS[values.format] : undefined;
  if (!formatter) throw new UsageError(`unknown --format "${values.format}" (use ${Object.keys(SCAN_FORMATTERS).join(', ')})`);
  if (positionals.length === 0) throw new UsageError('give at least one transcript file or folder');
  const failOn = parseFailOn(values['fail-on']);
  const { rules, errors } = loadRulesFile(values.rules, io.cwd);
  for (const e of errors) io.stderr(`vigil scan: rules: ${e}\n`);
  const { report, failed } = await runScan({ paths: positionals, reasoning: !values['no-reasoning'], action: !values['no-action'], rules }, io.cwd);
  io.stdout(formatter(report));
  for (const s of report.skippedFiles) io.stderr(`vigil scan: skipped ${s.path}: ${s.reason}\n`);
  return failed || failOnReached(report, failOn) ? EXIT.failure : EXIT.ok;
}

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'Scan transcripts for reasoning and action findings (JSON or text report).',
  usage: USAGE,
  run: runScanCommand,
};
