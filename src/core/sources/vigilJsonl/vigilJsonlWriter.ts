import type { Session, VigilEvent } from '../../model/events';
import { VIGIL_JSONL_MAGIC, VIGIL_JSONL_VERSION, type VigilJsonlHeader } from './vigilJsonlFormat';

/** The header line (without newline). */
export function vigilJsonlHeaderLine(session: Session): string {
  const header: VigilJsonlHeader = { vigil: VIGIL_JSONL_MAGIC, version: VIGIL_JSONL_VERSION, session };
  return JSON.stringify(header);
}

/** One event line (without newline). JSON.stringify escapes newlines, so an event never spans lines. */
export function vigilJsonlEventLine(event: VigilEvent): string {
  return JSON.stringify(event);
}

/** A whole Vigil JSONL document: header, then one event per line, newline-terminated. */
export function serializeVigilJsonl(session: Session, events: Iterable<VigilEvent>): string {
  const lines = [vigilJsonlHeaderLine(session)];
  for (const e of events) lines.push(vigilJsonlEventLine(e));
  return lines.join('\n') + '\n';
}

export interface VigilJsonlStreamWriter {
  /** Writes events as they come (the header goes out before the first write, or on `end`). */
  write(events: Iterable<VigilEvent>): void;
  /** Writes the header if nothing was written yet. */
  end(): void;
  readonly eventsWritten: number;
}

/**
 * Streaming writer: `sink` gets newline-terminated chunks (e.g. `fs.appendFileSync` or a stream's
 * write). The header is written once, before the first event.
 */
export function createVigilJsonlWriter(session: Session, sink: (chunk: string) => void): VigilJsonlStreamWriter {
  let started = false;
  let count = 0;
  const start = (): void => {
    if (started) return;
    started = true;
    sink(vigilJsonlHeaderLine(session) + '\n');
  };
  return {
    write(events) {
      start();
      let chunk = '';
      for (const e of events) {
        chunk += vigilJsonlEventLine(e) + '\n';
        count++;
        if (chunk.length > 1 << 20) {
          sink(chunk);
          chunk = '';
        }
      }
      if (chunk) sink(chunk);
    },
    end: start,
    get eventsWritten() {
      return count;
    },
  };
}
