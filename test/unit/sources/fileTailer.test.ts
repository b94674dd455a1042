import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTailer } from '../../../src/core/sources/fileTailer';

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-tail-'));
  file = path.join(dir, 't.jsonl');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const texts = (r: { lines: { text: string }[] }): string[] => r.lines.map((l) => l.text);

describe('FileTailer', () => {
  it('reads only appended bytes and keeps the partial last line until complete', async () => {
    fs.writeFileSync(file, 'a\nb');
    const t = new FileTailer(file);
    const r1 = await t.read();
    expect(r1.lines).toEqual([{ text: 'a', lineNo: 1 }]);
    expect(t.offset).toBe(3);
    expect(texts(await t.read())).toEqual([]); // write lag: no newline yet
    fs.appendFileSync(file, 'c');
    expect(texts(await t.read())).toEqual([]);
    fs.appendFileSync(file, '\nd\n');
    const r2 = await t.read();
    expect(r2.lines).toEqual([
      { text: 'bc', lineNo: 2 },
      { text: 'd', lineNo: 3 },
    ]);
    expect(r2.truncated || r2.replaced || r2.deleted).toBe(false);
  });

  it('never re-reads old bytes: bytes before the offset may change without being seen', async () => {
    fs.writeFileSync(file, 'one\n');
    const t = new FileTailer(file);
    await t.read();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, 'ONE\ntwo\n', 0);
    fs.closeSync(fd);
    expect(texts(await t.read())).toEqual(['two']);
  });

  it('appending in tiny pieces with multibyte characters split', async () => {
    fs.writeFileSync(file, '');
    const t = new FileTailer(file, { chunkBytes: 2 });
    const bytes = Buffer.from('{"t":"é→🙂"}\n{"u":1}\n');
    const got: string[] = [];
    for (const b of bytes) {
      fs.appendFileSync(file, Buffer.from([b]));
      got.push(...texts(await t.read()));
    }
    expect(got).toEqual(['{"t":"é→🙂"}', '{"u":1}']);
  });

  it('signals truncation and restarts from the beginning', async () => {
    fs.writeFileSync(file, 'a\nb\nc\n');
    const t = new FileTailer(file);
    await t.read();
    fs.writeFileSync(file, 'x\n'); // same inode, smaller
    const r = await t.read();
    expect(r.truncated).toBe(true);
    expect(r.lines).toEqual([{ text: 'x', lineNo: 1 }]);
  });

  it('signals deletion without throwing, then replacement when the file comes back', async () => {
    fs.writeFileSync(file, 'a\n');
    const t = new FileTailer(file);
    await t.read();
    fs.rmSync(file);
    const r = await t.read();
    expect(r.deleted).toBe(true);
    expect(t.state).toBe('deleted');
    fs.writeFileSync(file, 'new\n');
    const r2 = await t.read();
    expect(r2.replaced).toBe(true);
    expect(r2.lines).toEqual([{ text: 'new', lineNo: 1 }]);
    expect(t.state).toBe('ok');
  });

  it('detects a file replaced by another inode (rename over it)', async () => {
    fs.writeFileSync(file, 'old line 1\nold line 2\n');
    const t = new FileTailer(file);
    await t.read();
    const tmp = path.join(dir, 'tmp');
    fs.writeFileSync(tmp, 'fresh and longer content\nsecond\nthird\n');
    fs.renameSync(tmp, file);
    const r = await t.read();
    expect(r.replaced).toBe(true);
    expect(texts(r)).toEqual(['fresh and longer content', 'second', 'third']);
  });

  it('a file that never existed is missing, not deleted', async () => {
    const t = new FileTailer(path.join(dir, 'nope.jsonl'));
    const r = await t.read();
    expect(r.deleted).toBe(false);
    expect(t.state).toBe('missing');
  });

  it('reads big backlogs in bounded pieces and reports over-long lines', async () => {
    const big = 'y'.repeat(5000);
    fs.writeFileSync(file, `a\n${big}\nb\n`);
    const t = new FileTailer(file, { chunkBytes: 1024, maxBytesPerRead: 1024, maxLineBytes: 1000 });
    const all: string[] = [];
    const tooLong: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await t.read();
      all.push(...texts(r));
      tooLong.push(...r.tooLong);
      if (!r.more) break;
    }
    expect(all).toEqual(['a', 'b']);
    expect(tooLong).toEqual([2]);
    expect(t.offset).toBe(fs.statSync(file).size);
  });

  it('concurrent read() calls share one read and do not duplicate lines', async () => {
    fs.writeFileSync(file, 'a\nb\n');
    const t = new FileTailer(file);
    const [r1, r2] = await Promise.all([t.read(), t.read()]);
    expect(r1).toBe(r2);
    expect(texts(r1)).toEqual(['a', 'b']);
  });
});
