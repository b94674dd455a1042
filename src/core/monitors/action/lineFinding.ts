import type { FileChange } from '../../model/fileChange';
import type { RawFinding } from '../monitorTypes';
import type { ChangeLine } from './changeLines';

/** A finding on lines of a file change (quote = first line, lines = 1-based new lines when known). */
export function lineFinding(change: FileChange, lines: readonly ChangeLine[], f: Omit<RawFinding, 'field' | 'quote' | 'path' | 'lines'>): RawFinding {
  const nums = lines.map((l) => l.line).filter((n): n is number => typeof n === 'number' && n > 0);
  const quote = lines[0] ? lines[0].text.trim().slice(0, 300) : change.path;
  return { ...f, field: 'content', quote, path: change.path, ...(nums.length > 0 ? { lines: nums.slice(0, 50) } : {}) };
}
