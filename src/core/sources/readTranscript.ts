import fs from 'node:fs';
import type { Session, VigilEvent } from '../model/events';
import { createParser } from './createParser';
import { detectFormat, SNIFF_LINES } from './detectFormat';
import { LineSplitter, type SplitLine } from './lineSplitter';
import type { ParseStats, TranscriptFormat, TranscriptParser } from './types';

export interface ReadTranscriptOptions {
  /** Skip sniffing and parse as this format. */
  format?: TranscriptFormat;
  /** Keep the events in the result (default true). Off for large files read only for stats/callbacks. */
  retainEvents?: boolean;
  /** Called with each batch of new events, in order. */
  onEvents?: (events: VigilEvent[]) => void;
  maxLineBytes?: number;
  /** Read chunk size (default 1 MiB). */
  chunkBytes?: number;
}

export interface TranscriptReadResult {
  path: string;
  /** Undefined when the first lines match no supported format (nothing was parsed). */
  format: TranscriptFormat | undefined;
  session: Session | undefined;
  events: VigilEvent[];
  /** Parser counters, plus lines dropped as too long (`skippedByReason['too-long']`). */
  stats: ParseStats;
}

/** Bytes of lines held back while the format is unknown; past this the sniff gives up. */
const SNIFF_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads a whole transcript file in bounded memory: the file is streamed in chunks through the line
 * splitter into the format's parser (sniffed from the first lines unless given). Only the events are
 * kept, and not even those with `retainEvents: false`. Rejects only when the file cannot be opened or
 * read; malformed content is skipped and counted.
 */
export async function readTranscriptFile(path: string, options: ReadTranscriptOptions = {}): Promise<TranscriptReadResult> {
  const retain = options.retainEvents !== false;
  const events: VigilEvent[] = [];
  let format = options.format;
  let parser: TranscriptParser | undefined = format ? createParser(format, { transcriptPath: path }) : undefined;
  let held: SplitLine[] = [];
  let heldBytes = 0;
  let heldNonEmpty = 0;
  let undecidable = false;
  let extraLines = 0;
  const splitter = new LineSplitter({ maxLineBytes: options.maxLineBytes });

  const feed = (lines: SplitLine[]): void => {
    if (!parser) return;
    for (const l of lines) {
      const evs = parser.pushLine(l.text, l.lineNo);
      if (evs.length === 0) continue;
      if (retain) for (const e of evs) events.push(e);
      options.onEvents?.(evs);
    }
  };

  const take = (lines: SplitLine[], final: boolean): void => {
    if (parser || undecidable) {
      if (undecidable) extraLines += lines.length;
      else feed(lines);
      return;
    }
    for (const l of lines) {
      held.push(l);
      heldBytes += l.text.length;
      if (l.text.trim()) heldNonEmpty++;
    }
    // Earlier held lines were undecided, so only the new ones need sniffing.
    const found = detectFormat(lines.map((l) => l.text));
    if (found) {
      format = found;
      parser = createParser(found, { transcriptPath: path });
    } else if (final || heldNonEmpty >= SNIFF_LINES || heldBytes > SNIFF_MAX_BYTES) {
      undecidable = true;
      extraLines += held.length;
      held = [];
      return;
    } else {
      return;
    }
    const pending = held;
    held = [];
    heldBytes = 0;
    feed(pending);
  };

  const stream = fs.createReadStream(path, { highWaterMark: options.chunkBytes ?? 1024 * 1024 });
  try {
    for await (const chunk of stream) {
      take(splitter.push(chunk as Buffer), false);
      if (undecidable) break;
    }
    take(splitter.end(), true);
  } finally {
    stream.destroy();
  }

  const stats: ParseStats = parser ? parser.stats() : { lines: extraLines, records: 0, skipped: 0, skippedByReason: {} };
  if (splitter.tooLong > 0) {
    stats.lines += splitter.tooLong;
    stats.skipped += splitter.tooLong;
    stats.skippedByReason['too-long'] = (stats.skippedByReason['too-long'] ?? 0) + splitter.tooLong;
  }
  return { path, format, session: parser?.session(), events, stats };
}
