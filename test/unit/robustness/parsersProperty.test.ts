import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../../src/core/model/events';
import type { TranscriptParser } from '../../../src/core/sources/types';
import { createClaudeParser } from '../../../src/core/sources/claude/claudeParser';
import { CODEX_MAX_LINE_CHARS, createCodexParser } from '../../../src/core/sources/codex/codexParser';
import { createVigilJsonlParser, VIGIL_JSONL_MAX_LINE_CHARS } from '../../../src/core/sources/vigilJsonl/vigilJsonlParser';
import { serializeVigilJsonl } from '../../../src/core/sources/vigilJsonl/vigilJsonlWriter';
import { parseHookPayload } from '../../../src/core/sources/hooks/parseHookPayload';
import { fixturePath } from '../fixturesPath';

function lines(file: string, max = 400): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, max);
}

const codexLines = [
  ...lines(fixturePath('codex-home/sessions/2026/02/23/rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl')),
  ...lines(fixturePath('record-types/codex-0.149-small.jsonl')),
];
const claudeLines = [
  ...lines(fixturePath('claude-config/projects/-home-marco-projects-spotter/491e126e-1e71-469c-ade2-fcc8af567c74.jsonl')),
  ...lines(fixturePath('claude-config/projects/-home-marco-projects-spotter/55604662-cf2a-4331-851a-ec234028f8ca.jsonl')),
  ...lines(fixturePath('record-types/claude-code-2.1.80-2.1.220-small.jsonl')),
];
const vigilLines = (() => {
  const p = createCodexParser();
  const evs: VigilEvent[] = [];
  codexLines.forEach((l, i) => evs.push(...p.pushLine(l, i + 1)));
  return serializeVigilJsonl(p.session() ?? { id: 's', agent: 'codex' }, evs).trim().split('\n');
})();

/** Lines built from real ones: as is, truncated, duplicated (by picking twice), binary, very long, blank. */
function mutatedLines(real: string[]): fc.Arbitrary<string[]> {
  const pick = fc.constantFrom(...real);
  const line = fc.oneof(
    { weight: 5, arbitrary: pick },
    { weight: 2, arbitrary: fc.tuple(pick, fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
    { weight: 1, arbitrary: fc.tuple(pick, fc.integer({ min: 50, max: 400 })).map(([l, k]) => l.replace(/"text":"/, `"text":"${'y'.repeat(k * 250)}`)) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\r', 'null', '[]', '{}', '{"type":"response_item","payload":null}') },
  );
  return fc.array(line, { maxLength: 60 });
}

function feed(parser: TranscriptParser, input: string[]): VigilEvent[] {
  const out: VigilEvent[] = [];
  input.forEach((l, i) => out.push(...parser.pushLine(l, i + 1)));
  return out;
}

function checkInvariants(parser: TranscriptParser, input: string[], events: VigilEvent[]): void {
  const st = parser.stats();
  expect(st.lines).toBe(input.length);
  // Every non-blank line is accounted for: a record, a skip, or both (a valid record of an unknown type).
  expect(st.records).toBeLessThanOrEqual(input.length);
  expect(st.skipped).toBeLessThanOrEqual(input.length);
  expect(st.records + st.skipped).toBeGreaterThanOrEqual(input.filter((l) => l.trim()).length);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => events[0]!.seq + i));
  // Memory bounded: output is bounded by the input (a few events per line, text no larger than input plus ids).
  expect(events.length).toBeLessThanOrEqual(input.length * 8 + 1);
  const inChars = input.reduce((n, l) => n + l.length, 0);
  const outChars = events.reduce((n, e) => n + JSON.stringify(e).length, 0);
  expect(outChars).toBeLessThanOrEqual(inChars * 3 + events.length * 600 + 1000);
}

const PARSERS: [string, () => TranscriptParser, string[]][] = [
  ['codex', () => createCodexParser(), codexLines],
  ['claude', () => createClaudeParser(), claudeLines],
  ['vigil-jsonl', () => createVigilJsonlParser(), vigilLines],
];

describe.each(PARSERS)('%s parser under hostile input', (_name, make, real) => {
  it('never throws, counts every line, keeps seq contiguous and output bounded', () => {
    fc.assert(
      fc.property(mutatedLines(real), (input) => {
        const p = make();
        checkInvariants(p, input, feed(p, input));
      }),
      { numRuns: 120 },
    );
  });

  it('survives reordering and duplication of a real session', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(real, { minLength: 1, maxLength: 80 }), fc.nat(), (sub, k) => {
        const input = [...sub, ...sub.slice(0, k % (sub.length + 1))];
        const p = make();
        checkInvariants(p, input, feed(p, input));
      }),
      { numRuns: 80 },
    );
  });
});

describe('over-long lines', () => {
  it.each([
    ['codex', () => createCodexParser(), CODEX_MAX_LINE_CHARS],
    ['vigil-jsonl', () => createVigilJsonlParser(), VIGIL_JSONL_MAX_LINE_CHARS],
  ] as const)('%s drops a line over its limit and counts it', (_n, make, max) => {
    const p = make();
    const long = `{"kind":"user_prompt","id":"x","text":"${'z'.repeat(max)}"}`;
    expect(p.pushLine(long, 1)).toEqual([]);
    expect(p.stats().skippedByReason['too-long']).toBe(1);
  });
});

describe('hook payloads under hostile input', () => {
  const payloads = [
    ...(JSON.parse(fs.readFileSync(fixturePath('hooks/quantstats-pre_tool_use.json'), 'utf8')) as Record<string, unknown>[]),
    ...(JSON.parse(fs.readFileSync(fixturePath('hooks/quantstats-post_tool_use.json'), 'utf8')) as Record<string, unknown>[]),
  ];
  it('never throws on real payloads with fields dropped, retyped or replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...payloads), fc.array(fc.tuple(fc.constantFrom('session_id', 'hook_event_name', 'tool_name', 'tool_input', 'tool_response', 'cwd', 'transcript_path', 'tool_use_id'), fc.jsonValue())), fc.boolean(), (p, edits, drop) => {
        const v: Record<string, unknown> = { ...p };
        for (const [k, val] of edits) {
          if (drop) delete v[k];
          else v[k] = val;
        }
        const r = parseHookPayload(v);
        if (r.ok) expect(r.events.length).toBeLessThanOrEqual(2);
        else expect(r.error).toBeTruthy();
        expect(parseHookPayload(JSON.stringify(v).slice(0, edits.length * 7)).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
