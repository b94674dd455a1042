import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VigilEventSchema } from '../../../src/core/model/events';
import { createClaudeParser } from '../../../src/core/sources/claude/claudeParser';
import { LONG, RECORD_TYPES } from './claudeFixtureHelpers';

const realLines = [...fs.readFileSync(LONG, 'utf8').split('\n').slice(0, 300), ...fs.readFileSync(RECORD_TYPES, 'utf8').split('\n')].filter(Boolean);

describe('Claude parser robustness', () => {
  it('never throws on arbitrary JSON values and strings, and counts every line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ type: 'assistant', message: { content: v } })), fc.jsonValue().map((v) => JSON.stringify({ type: 'user', message: { content: [v] }, toolUseResult: v })))), (lines) => {
        const p = createClaudeParser();
        lines.forEach((l, i) => {
          for (const e of p.pushLine(l, i + 1)) expect(VigilEventSchema.safeParse(e).success).toBe(true);
        });
        expect(p.stats().lines).toBe(lines.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on real lines cut at random points or with fields replaced', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(realLines.length - 1), fc.nat(4000), fc.boolean()), { maxLength: 40 }), (picks) => {
        const p = createClaudeParser();
        picks.forEach(([i, cut, mutate], n) => {
          const line = realLines[i]!;
          const text = mutate ? line.replace(/"(content|message|input|thinking|text)":/g, '"$1":null,"x":') : line.slice(0, cut);
          p.pushLine(text, n + 1);
        });
        expect(p.stats().lines).toBe(picks.length);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a huge single line and deeply nested JSON', () => {
    const p = createClaudeParser();
    const huge = JSON.stringify({ type: 'assistant', uuid: 'h', sessionId: 's', message: { content: [{ type: 'text', text: 'x'.repeat(5_000_000) }] } });
    expect(p.pushLine(huge, 1)).toHaveLength(1);
    const deep = '{"type":"user","message":{"content":' + '['.repeat(5000) + ']'.repeat(5000) + '}}';
    expect(() => p.pushLine(deep, 2)).not.toThrow();
  });
});
