/** Where a command writes; tests pass collectors, `main.ts` passes process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths resolve against. */
  cwd: string;
}

/** One `vigil <name>` sub-command. `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  /** One line for `vigil --help`. */
  summary: string;
  /** Full usage text for `vigil <name> --help`. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  /** The command ran but some input could not be processed (or a --fail-on threshold was reached). */
  failure: 1,
  /** Bad arguments. */
  usage: 2,
} as const;

/** Thrown for bad arguments; `main.ts` prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {}
