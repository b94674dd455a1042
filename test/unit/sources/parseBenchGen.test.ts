import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUDE_SOURCES, generateClaudeTranscript } from '../../../bench/parseBenchGen';
import { readTranscriptFile } from '../../../src/core/sources/readTranscript';

describe('parse bench transcript generator', () => {
  it('repeats real records with fresh ids into one parseable session', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-gen-'));
    try {
      const f = path.join(dir, 'gen.jsonl');
      const g = generateClaudeTranscript(f, 3 * 1024 * 1024, Object.values(CLAUDE_SOURCES));
      expect(g.bytes).toBeGreaterThanOrEqual(3 * 1024 * 1024);
      const res = await readTranscriptFile(f);
      expect(res.format).toBe('claude-code');
      expect(res.stats.skipped).toBe(0);
      expect(res.stats.records).toBe(g.lines);
      const ids = res.events.map((e) => e.id);
      // ids come from the rewritten uuids, so repetitions do not collide (no "~seq" fallbacks for real uuids)
      expect(ids.filter((id) => id.includes('~')).length).toBeLessThan(ids.length / 20);
      const reasoning = res.events.filter((e) => e.kind === 'reasoning').length;
      expect(reasoning).toBeGreaterThan(19);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
