import path from 'node:path';
import { writeFileAtomic } from '../core/fs/atomicWrite';
import type { CliIO } from './cliTypes';

/**
 * Delivers a command's document: to `out` (resolved against the cwd, written atomically) or to
 * stdout; the one-line summary goes to stderr so stdout stays pipeable.
 */
export async function deliverOutput(io: CliIO, command: string, text: string, summary: string, out?: string): Promise<void> {
  if (out) {
    const file = path.resolve(io.cwd, out);
    await writeFileAtomic(file, text);
    io.stderr(`vigil ${command}: wrote ${file} (${summary})\n`);
    return;
  }
  io.stdout(text);
  io.stderr(`vigil ${command}: ${summary}\n`);
}
