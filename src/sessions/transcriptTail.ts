import type { SessionFileDescriptor } from '../core/sources/sessionFiles';
import * as path from 'node:path';
import type { Session, VigilEvent } from '../core/model/events';
import { FileTailer } from '../core/sources/fileTailer';
import { createParser } from '../core/sources/createParser';
import type { TranscriptFormat, TranscriptParser } from '../core/sources/types';
import type { AppendOptions, SessionLog } from '../core/session/sessionLog';
import type { SessionAppend, SessionSummary } from '../core/session/types';

/** What a tail needs from the registry (`SessionRegistry` implements it). */
export interface SessionSink {
  ensure(session: Session, source: SessionSummary['source']): SessionLog;
  appendTo(sessionId: string, events: readonly VigilEvent[], opts?: AppendOptions): SessionAppend | undefined;
  reset(sessionId: string): void;
  end(sessionId: string): void;
}

/** A transcript file to follow, as a discovery step found it. */
export interface TailTarget {
  path: string;
  format: TranscriptFormat;
  /** Registry key; when absent, the parser's session id (else the file name) is used. */
  sessionId?: string;
  /** What discovery knows about the session (cwd, parent…); the parser's findings are merged in. */
  session?: Partial<Session>;
  mtimeMs?: number;
  size?: number;
}

/** Discovered transcript files (any agent's discovery) as tail targets of one format. */
export function tailTargets(files: readonly SessionFileDescriptor[], format: 'claude-code' | 'codex'): TailTarget[] {
  return files.map((f) => ({
    path: f.path,
    format,
    sessionId: f.sessionId,
    session: { agent: format, cwd: f.cwd, parentSessionId: f.parentSessionId, agentName: f.agentName },
    mtimeMs: f.mtimeMs,
    size: f.size,
  }));
}

/**
 * Follows one transcript file into the registry: new complete lines -> parser -> one append per
 * read (so a burst of lines is one `onDidAppend`). Truncation or replacement resets the session and
 * re-reads from the start; deletion ends it.
 */
export class TranscriptTail {
  private tailer: FileTailer;
  private parser: TranscriptParser;
  private id: string | undefined;
  private reading: Promise<void> | undefined;
  private again = false;
  private firstRead = true;
  private disposed = false;

  constructor(
    private target: TailTarget,
    private readonly registry: SessionSink,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {
    this.tailer = new FileTailer(target.path);
    this.parser = createParser(target.format, { transcriptPath: target.path });
  }

  get path(): string {
    return this.target.path;
  }
  get sessionId(): string | undefined {
    return this.id;
  }
  /** Bytes consumed so far. */
  get offset(): number {
    return this.tailer.offset;
  }

  /** A newer descriptor of the same file (size/mtime changed). */
  update(target: TailTarget): void {
    this.target = { ...this.target, ...target };
  }

  /** Reads everything appended since the last read. Calls during a read queue one more read. */
  read(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.readLoop()
      .catch((err) => this.onError(err))
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  dispose(): void {
    this.disposed = true;
  }

  private async readLoop(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const r = await this.tailer.read();
        if (this.disposed) return;
        if (r.deleted) {
          if (this.id) this.registry.end(this.id);
          return;
        }
        if (r.truncated || r.replaced) {
          this.parser = createParser(this.target.format, { transcriptPath: this.target.path });
          if (this.id) this.registry.reset(this.id);
        }
        const events = [];
        for (const l of r.lines) events.push(...this.parser.pushLine(l.text, l.lineNo));
        const id = this.ensureSession();
        if (id && (events.length || this.firstRead)) {
          // The first read of an existing file dates its events by the file's mtime, not by now.
          const at = this.firstRead ? this.target.mtimeMs : undefined;
          this.registry.appendTo(id, events, at !== undefined ? { at } : undefined);
          this.firstRead = false;
        }
        if (!r.more) break;
      }
    } while (this.again && !this.disposed);
  }

  /** Creates the registry entry once the id is known; refreshes what the parser learned. */
  private ensureSession(): string | undefined {
    const parsed = this.parser.session();
    const id = this.id ?? this.target.sessionId ?? parsed?.id ?? (this.parser.stats().records > 0 ? fileId(this.target.path) : undefined);
    if (!id) return undefined;
    const agent = parsed?.agent ?? this.target.session?.agent ?? agentOf(this.target.format);
    this.registry.ensure({ ...parsed, ...definedOnly(this.target.session), id, agent, transcriptPath: this.target.path }, 'transcript');
    this.id = id;
    return id;
  }
}

function agentOf(format: TranscriptFormat): Session['agent'] {
  return format === 'vigil-jsonl' ? 'vigil-jsonl' : format;
}

function fileId(p: string): string {
  return path.basename(p).replace(/(\.vigil)?\.jsonl$/, '');
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
