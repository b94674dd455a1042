import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';
import { applyEdits, modify, parse, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';

/** A JSON-with-comments settings file as read from disk (`text` is '' when it does not exist). */
export interface JsoncText {
  path: string;
  exists: boolean;
  text: string;
}

export class JsoncError extends Error {}

export async function readJsonc(file: string): Promise<JsoncText> {
  try {
    return { path: file, exists: true, text: await fsp.readFile(file, 'utf8') };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path: file, exists: false, text: '' };
    throw err;
  }
}

/** Parses JSONC that must be an object (or empty); throws `JsoncError` naming the first problem. */
export function parseJsoncObject(text: string, file = 'settings'): Record<string, unknown> {
  if (!text.trim()) return {};
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) throw new JsoncError(`${file} is not valid JSON (${printParseErrorCode(first.error)} at offset ${first.offset}); not changing it.`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JsoncError(`${file} does not hold a JSON object; not changing it.`);
  return value as Record<string, unknown>;
}

/** Sets `jsonPath` to `value` keeping comments, other keys and the file's indentation. A new key
 *  goes first in its object, so the existing text is not re-formatted. */
export function setJsoncValue(text: string, jsonPath: JSONPath, value: unknown): string {
  const base = text.trim() ? text : '{}\n';
  parseJsoncObject(base);
  const indent = /^( +|\t)"/m.exec(base)?.[1];
  const edits = modify(base, jsonPath, value, {
    getInsertionIndex: () => 0,
    formattingOptions: { insertSpaces: indent !== '\t', tabSize: indent && indent !== '\t' ? indent.length : 2, eol: base.includes('\r\n') ? '\r\n' : '\n' },
  });
  return applyEdits(base, edits);
}

/**
 * Writes a settings file atomically (see `writeFileAtomic`), creating its folder. With `backup`, the
 * current file is first copied to `<file>.vigil-backup` (returned). The file's mode is kept; a new
 * file is owner-only.
 */
export async function writeSettingsFile(file: string, text: string, opts: { backup?: boolean } = {}): Promise<{ backupPath?: string }> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  let exists = false;
  let backupPath: string | undefined;
  try {
    await fsp.stat(file);
    exists = true;
    if (opts.backup) {
      backupPath = `${file}.vigil-backup`;
      await fsp.copyFile(file, backupPath);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFileAtomic(file, text, exists ? undefined : 0o600);
  return backupPath ? { backupPath } : {};
}
