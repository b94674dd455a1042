import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, type SplitLine } from '../../../src/core/sources/lineSplitter';

function feedAll(chunks: (Buffer | string)[], s = new LineSplitter()): SplitLine[] {
  const out: SplitLine[] = [];
  for (const c of chunks) out.push(...s.push(c));
  return out;
}

describe('LineSplitter', () => {
  it('returns only complete lines and keeps the partial last line until its newline', () => {
    const s = new LineSplitter();
    expect(s.push('{"a":1}\n{"b"')).toEqual([{ text: '{"a":1}', lineNo: 1 }]);
    expect(s.pendingBytes).toBe(4);
    expect(s.push(':2')).toEqual([]);
    expect(s.push('}\n')).toEqual([{ text: '{"b":2}', lineNo: 2 }]);
    expect(s.pendingBytes).toBe(0);
  });

  it('strips CRLF and keeps empty lines with their numbers', () => {
    expect(feedAll(['a\r\n\r\nb\r', '\n'])).toEqual([
      { text: 'a', lineNo: 1 },
      { text: '', lineNo: 2 },
      { text: 'b', lineNo: 3 },
    ]);
  });

  it('decodes a UTF-8 character split across chunks', () => {
    const bytes = Buffer.from('→ é 🙂\n', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(feedAll(chunks)).toEqual([{ text: '→ é 🙂', lineNo: 1 }]);
  });

  it('end() returns a final line without newline', () => {
    const s = new LineSplitter();
    expect(s.push('x\ny')).toEqual([{ text: 'x', lineNo: 1 }]);
    expect(s.end()).toEqual([{ text: 'y', lineNo: 2 }]);
    expect(s.end()).toEqual([]);
  });

  it('drops over-long lines without buffering them and counts them, numbering stays right', () => {
    const tooLong: number[] = [];
    const s = new LineSplitter({ maxLineBytes: 10, onTooLong: (n) => tooLong.push(n) });
    const out = feedAll(['ok\n', 'x'.repeat(8), 'x'.repeat(8), 'x'.repeat(8)], s);
    expect(s.pendingBytes).toBe(0); // nothing of the long line held
    out.push(...s.push('xx\nfine\n0123456789A\n'));
    expect(out).toEqual([
      { text: 'ok', lineNo: 1 },
      { text: 'fine', lineNo: 3 },
    ]);
    expect(tooLong).toEqual([2, 4]);
    expect(s.tooLong).toBe(2);
  });

  it('a line of exactly maxLineBytes is kept', () => {
    expect(feedAll(['0123456789\n'], new LineSplitter({ maxLineBytes: 10 }))).toEqual([{ text: '0123456789', lineNo: 1 }]);
  });

  it('any chunking gives the same lines as splitting the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 12 }), fc.array(fc.nat(40), { maxLength: 8 }), (parts, cuts) => {
        const text = parts.join('\n') + '\n';
        const bytes = Buffer.from(text, 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let prev = 0;
        for (const p of [...points, bytes.length]) {
          chunks.push(bytes.subarray(prev, p));
          prev = p;
        }
        const got = feedAll(chunks).map((l) => l.text);
        expect(got).toEqual(text.split('\n').slice(0, -1).map((l) => l.replace(/\r$/, '')));
      }),
    );
  });
});
