import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../../src/core/model/events';
import { createParser } from '../../../src/core/sources/createParser';
import { FileTailer } from '../../../src/core/sources/fileTailer';
import { readTranscriptFile } from '../../../src/core/sources/readTranscript';
import { LONG } from './claudeFixtureHelpers';

/** Small deterministic PRNG so the chunking is random-looking but reproducible. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('live tailing = whole-file parsing', () => {
  it('a transcript appended in random pieces parses to the same events as reading it at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-tailparse-'));
    try {
      const file = path.join(dir, '258c7280-ae70-4798-800f-63464d01a85d.jsonl');
      const bytes = fs.readFileSync(LONG);
      fs.writeFileSync(file, '');
      const tailer = new FileTailer(file, { chunkBytes: 64 * 1024 });
      const parser = createParser('claude-code', { transcriptPath: file });
      const live: VigilEvent[] = [];
      const rnd = lcg(42);
      for (let at = 0; at < bytes.length; ) {
        const n = Math.min(bytes.length - at, 1 + Math.floor(rnd() * 200_000));
        fs.appendFileSync(file, bytes.subarray(at, at + n));
        at += n;
        const r = await tailer.read();
        expect(r.truncated || r.replaced || r.deleted).toBe(false);
        for (const l of r.lines) live.push(...parser.pushLine(l.text, l.lineNo));
      }
      const whole = await readTranscriptFile(file);
      expect(live.map((e) => `${e.id}:${e.kind}:${e.line}`)).toEqual(whole.events.map((e) => `${e.id}:${e.kind}:${e.line}`));
      expect(parser.session()).toEqual(whole.session);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
