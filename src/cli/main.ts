import type { CliCommand, CliIO } from './cliTypes';
import { EXIT, UsageError } from './cliTypes';
import { scanCommand } from './scanCommand';
import { convertCommand } from './convertCommand';
import { reportCommand } from './reportCommand';

/** The `vigil` sub-commands. To add one: write src/cli/<name>Command.ts exporting a CliCommand, add it here. */
export const COMMANDS: readonly CliCommand[] = [
  scanCommand,
  convertCommand,
  reportCommand,
];

function globalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: vigil <command> [options]\n\nCommands:\n${rows}\n\nRun "vigil <command> --help" for a command's options.\n`;
}

/** Runs the CLI on argv (without node and script); returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(globalUsage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`vigil: unknown command "${name}"\n\n${globalUsage()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(cmd.usage);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`vigil ${cmd.name}: ${err.message}\n\n${cmd.usage}`);
      return EXIT.usage;
    }
    io.stderr(`vigil ${cmd.name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
}

function processIO(): CliIO {
  // `vigil scan … | head`: a closed pipe is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
}

// Entry point of the bundled dist/cli.js (CommonJS); importing this module (tests) runs nothing.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runCli(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
