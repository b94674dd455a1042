import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Session } from '../core/model/events';
import { readTranscriptFile } from '../core/sources/readTranscript';
import { serializeVigilJsonl } from '../core/sources/vigilJsonl/vigilJsonlWriter';
import type { CliCommand, CliIO } from './cliTypes';
import { deliverOutput } from './commandOutput';
import { EXIT, UsageError } from './cliTypes';

export const CONVERT_OPTIONS = {
  to: { type: 'string', default: 'vigil-jsonl' },
  out: { type: 'string', short: 'o' },
} satisfies NonNullable<ParseArgsConfig['options']>;

const TARGETS = ['vigil-jsonl'] as const;

const USAGE = `Usage: vigil convert PATH --to vigil-jsonl [-o FILE]

Converts one agent transcript (Claude Code, Codex or Vigil JSONL; format detected from the
content) to Vigil JSONL, Vigil's open session format (docs/vigil-jsonl.md): a header line with the
session, then one event per line. Lines the parser cannot read are skipped and counted on stderr.

Options:
  --to FORMAT      output format: ${TARGETS.join(', ')} (default vigil-jsonl)
  -o, --out FILE   write to FILE instead of stdout
  -h, --help       this help

Exit codes: 0 done, 1 the file could not be read as a transcript, 2 bad arguments.
`;

export interface ConvertResult {
  text: string;
  session: Session;
  events: number;
  skipped: number;
}

/** Converts a transcript file to Vigil JSONL text. Undefined when the file is in no supported format. */
export async function convertToVigilJsonl(file: string): Promise<ConvertResult | undefined> {
  const res = await readTranscriptFile(file);
  if (!res.format) return undefined;
  const session: Session = res.session ?? { id: path.basename(file).replace(/\.jsonl$/i, '') || 'session', agent: res.format === 'vigil-jsonl' ? 'vigil-jsonl' : res.format };
  return { text: serializeVigilJsonl(session, res.events), session, events: res.events.length, skipped: res.stats.skipped };
}

function parse(args: string[]): { values: { to: string; out?: string }; positionals: string[] } {
  try {
    return parseArgs({ args, options: CONVERT_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

async function runConvertCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (!(TARGETS as readonly string[]).includes(values.to)) throw new UsageError(`unknown --to "${values.to}" (use ${TARGETS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError('give exactly one transcript file');
  const file = path.resolve(io.cwd, positionals[0] ?? '');
  let result: ConvertResult | undefined;
  try {
    result = await convertToVigilJsonl(file);
  } catch (err) {
    io.stderr(`vigil convert: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  if (!result) {
    io.stderr(`vigil convert: ${file} is not a supported transcript format\n`);
    return EXIT.failure;
  }
  const summary = `${result.events} events from session ${result.session.id}${result.skipped ? `, ${result.skipped} lines skipped` : ''}`;
  await deliverOutput(io, 'convert', result.text, summary, values.out);
  return EXIT.ok;
}

export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert a transcript to Vigil JSONL, the open session format.',
  usage: USAGE,
  run: runConvertCommand,
};
