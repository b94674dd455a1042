import { promises as fsp } from 'node:fs';
import { LineSplitter, type SplitLine } from './lineSplitter';

export type TailState = 'new' | 'ok' | 'missing' | 'deleted';

export interface TailResult {
  /** Complete new lines, in order, with their 1-based line numbers in the file. */
  lines: SplitLine[];
  /** The file shrank below the offset: everything was reset and re-read from byte 0; restart the session. */
  truncated: boolean;
  /** The file was replaced (another inode) or re-created after deletion; reset like `truncated`. */
  replaced: boolean;
  /** The file is gone (ENOENT). Nothing is thrown; the tailer keeps its state until it reappears. */
  deleted: boolean;
  /** Line numbers of lines dropped because they were too long. */
  tooLong: number[];
  /** More bytes were waiting than one read() handles (`maxBytesPerRead`); call read() again. */
  more: boolean;
  /** Byte offset after this read (start of the incomplete last line, if any, plus its bytes). */
  offset: number;
}

export interface FileTailerOptions {
  /** Bytes per fs read (default 1 MiB). */
  chunkBytes?: number;
  /** Upper bound of bytes consumed by one read() call (default 16 MiB). */
  maxBytesPerRead?: number;
  maxLineBytes?: number;
}

interface FileId {
  dev: number;
  ino: number;
}

/**
 * Follows an append-only file (a live transcript): each `read()` reads only the bytes written since
 * the last one and returns the newly completed lines. Handles a partial last line (kept until its
 * newline arrives), truncation, replacement and deletion. Never throws on I/O errors other than
 * programming errors; a failed read leaves the offset unchanged so the next read retries.
 */
export class FileTailer {
  private readonly chunkBytes: number;
  private readonly maxBytesPerRead: number;
  private readonly maxLineBytes: number | undefined;
  private splitter: LineSplitter;
  private tooLong: number[] = [];
  private byteOffset = 0;
  private fileId: FileId | undefined;
  private tailState: TailState = 'new';
  private busy: Promise<TailResult> | undefined;

  constructor(readonly path: string, options: FileTailerOptions = {}) {
    this.chunkBytes = Math.max(1, options.chunkBytes ?? 1024 * 1024);
    this.maxBytesPerRead = Math.max(this.chunkBytes, options.maxBytesPerRead ?? 16 * 1024 * 1024);
    this.maxLineBytes = options.maxLineBytes;
    this.splitter = this.newSplitter();
  }

  get offset(): number {
    return this.byteOffset;
  }

  get state(): TailState {
    return this.tailState;
  }

  /** Reads what was appended since the last call. Concurrent calls share one read. */
  read(): Promise<TailResult> {
    if (!this.busy) {
      this.busy = this.readNow().finally(() => {
        this.busy = undefined;
      });
    }
    return this.busy;
  }

  private newSplitter(): LineSplitter {
    return new LineSplitter({ maxLineBytes: this.maxLineBytes, onTooLong: (n) => this.tooLong.push(n) });
  }

  private reset(): void {
    this.byteOffset = 0;
    this.splitter = this.newSplitter();
    this.tooLong = [];
  }

  private result(partial: Partial<TailResult>): TailResult {
    const tooLong = this.tooLong;
    this.tooLong = [];
    return { lines: [], truncated: false, replaced: false, deleted: false, more: false, offset: this.byteOffset, tooLong, ...partial };
  }

  private async readNow(): Promise<TailResult> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(this.path, 'r');
    } catch (err) {
      return this.missing(err);
    }
    try {
      const st = await handle.stat();
      const id = { dev: st.dev, ino: st.ino };
      let truncated = false;
      let replaced = false;
      if (this.fileId && (this.tailState === 'deleted' || id.ino !== this.fileId.ino || id.dev !== this.fileId.dev)) {
        replaced = this.byteOffset > 0 || this.tailState === 'deleted';
        this.reset();
      } else if (st.size < this.byteOffset) {
        truncated = true;
        this.reset();
      }
      this.fileId = id;
      this.tailState = 'ok';
      const { lines, more } = await this.readFrom(handle, st.size);
      return this.result({ lines, truncated, replaced, more });
    } catch (err) {
      return this.missing(err);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async readFrom(handle: fsp.FileHandle, size: number): Promise<{ lines: SplitLine[]; more: boolean }> {
    const lines: SplitLine[] = [];
    const end = Math.min(size, this.byteOffset + this.maxBytesPerRead);
    const buf = Buffer.allocUnsafe(Math.min(this.chunkBytes, Math.max(1, end - this.byteOffset)));
    while (this.byteOffset < end) {
      const want = Math.min(buf.length, end - this.byteOffset);
      const { bytesRead } = await handle.read(buf, 0, want, this.byteOffset);
      if (bytesRead <= 0) break;
      // The splitter copies what it keeps, so reusing `buf` is safe.
      for (const l of this.splitter.push(buf.subarray(0, bytesRead))) lines.push(l);
      this.byteOffset += bytesRead;
    }
    return { lines, more: this.byteOffset < size };
  }

  private missing(err: unknown): TailResult {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      this.tailState = this.fileId ? 'deleted' : 'missing';
      return this.result({ deleted: this.tailState === 'deleted' });
    }
    // Transient error (EACCES, EBUSY, EMFILE...): report nothing new; the next read retries.
    return this.result({});
  }
}
