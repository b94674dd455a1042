/** Default longest line kept (bytes). Longer lines are dropped without being buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

/** One complete line. `text` has no line terminator (`\n` or `\r\n`). `lineNo` is 1-based. */
export interface SplitLine {
  text: string;
  lineNo: number;
}

export interface LineSplitterOptions {
  /** Lines longer than this many bytes are dropped and counted (default 32 MiB). */
  maxLineBytes?: number;
  /** Number of the first line produced (default 1), e.g. when resuming in the middle of a file. */
  firstLineNo?: number;
  /** Called for every dropped over-long line, with its line number. */
  onTooLong?: (lineNo: number) => void;
}

const NL = 0x0a;
const CR = 0x0d;

/**
 * Incremental chunk -> lines splitter. Chunks may end anywhere, including inside a multi-byte UTF-8
 * character: a partial line is kept as raw bytes until its newline arrives and is decoded only then
 * (a `\n` byte never occurs inside a UTF-8 sequence, so splitting on it is safe). Memory stays
 * bounded: once a partial line exceeds `maxLineBytes` its bytes are discarded and the rest of that
 * line is skipped up to the next newline.
 */
export class LineSplitter {
  private readonly maxLineBytes: number;
  private readonly onTooLong: ((lineNo: number) => void) | undefined;
  private parts: Buffer[] = [];
  private partBytes = 0;
  /** True while skipping the rest of an over-long line. */
  private discarding = false;
  private nextLineNo: number;
  private tooLongCount = 0;

  constructor(options: LineSplitterOptions = {}) {
    this.maxLineBytes = Math.max(1, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    this.nextLineNo = options.firstLineNo ?? 1;
    this.onTooLong = options.onTooLong;
  }

  /** Lines dropped because they were longer than `maxLineBytes`. */
  get tooLong(): number {
    return this.tooLongCount;
  }

  /** Bytes of the incomplete last line held so far (0 while discarding an over-long line). */
  get pendingBytes(): number {
    return this.partBytes;
  }

  /** Line number the next completed line will get. */
  get lineNo(): number {
    return this.nextLineNo;
  }

  /** Feeds a chunk; returns the lines it completed. */
  push(chunk: Buffer | string): SplitLine[] {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const out: SplitLine[] = [];
    let start = 0;
    while (start <= buf.length) {
      const nl = buf.indexOf(NL, start);
      if (nl < 0) {
        this.keepPartial(buf, start, buf.length);
        break;
      }
      this.completeLine(buf, start, nl, out);
      start = nl + 1;
    }
    return out;
  }

  /** Ends the input: a final line without newline is returned as a line (complete files only). */
  end(): SplitLine[] {
    const out: SplitLine[] = [];
    if (this.discarding) {
      this.dropLine();
    } else if (this.partBytes > 0) {
      const text = stripCr(decode(this.parts, this.partBytes));
      out.push({ text, lineNo: this.nextLineNo++ });
    }
    this.parts = [];
    this.partBytes = 0;
    this.discarding = false;
    return out;
  }

  private keepPartial(buf: Buffer, start: number, end: number): void {
    if (end <= start || this.discarding) return;
    if (this.partBytes + (end - start) > this.maxLineBytes) {
      this.parts = [];
      this.partBytes = 0;
      this.discarding = true;
      return;
    }
    // Copy: the caller may reuse its chunk buffer.
    this.parts.push(Buffer.from(buf.subarray(start, end)));
    this.partBytes += end - start;
  }

  private completeLine(buf: Buffer, start: number, nl: number, out: SplitLine[]): void {
    if (this.discarding) {
      this.discarding = false;
      this.dropLine();
      return;
    }
    const total = this.partBytes + (nl - start);
    if (total > this.maxLineBytes) {
      this.parts = [];
      this.partBytes = 0;
      this.dropLine();
      return;
    }
    let text: string;
    if (this.partBytes === 0) {
      text = buf.toString('utf8', start, nl);
    } else {
      this.parts.push(buf.subarray(start, nl));
      text = decode(this.parts, total);
      this.parts = [];
      this.partBytes = 0;
    }
    out.push({ text: stripCr(text), lineNo: this.nextLineNo++ });
  }

  private dropLine(): void {
    this.tooLongCount++;
    const lineNo = this.nextLineNo++;
    this.onTooLong?.(lineNo);
  }
}

function decode(parts: Buffer[], total: number): string {
  return parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts, total).toString('utf8');
}

function stripCr(s: string): string {
  return s.length > 0 && s.charCodeAt(s.length - 1) === CR ? s.slice(0, -1) : s;
}
