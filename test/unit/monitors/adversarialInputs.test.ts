import { describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../../src/core/model/events';
import { ACTION_MONITORS } from '../../../src/core/monitors/actionMonitorList';
import { SessionContext } from '../../../src/core/monitors/sessionContext';
import { TEXT_MONITORS } from '../../../src/core/monitors/textMonitorList';
import { classifyIntent } from '../../../src/core/monitors/text/intent';
import { change, edit, result, shell, write } from './eventFactory';

const N = 100_000;
/** Inputs shaped to hit backtracking: long runs of the characters our bounded classes accept. */
const SHAPES = [
  'a'.repeat(N),
  ' '.repeat(N),
  'skip '.repeat(N / 5),
  'the test '.repeat(N / 9),
  "I'll ".repeat(N / 5),
  '"'.repeat(N),
  '`x'.repeat(N / 2),
  '-'.repeat(N),
  'rm -rf '.repeat(N / 7),
  '/'.repeat(N),
  'if x == "aa": return "bb"\n'.repeat(N / 26),
  'expect('.repeat(N / 7),
  'sk-'.repeat(N / 3),
  'password = "'.repeat(N / 12),
  'a@b.c:'.repeat(N / 6),
  'https://'.repeat(N / 8),
  '\n'.repeat(N),
  'AKIA'.repeat(N / 4),
  '.'.repeat(N),
  'x|| true'.repeat(N / 8),
];

describe('every monitor completes on adversarial 100 kB inputs', () => {
  it('text monitors', () => {
    const ctx = new SessionContext();
    ctx.onUserPrompt('skip '.repeat(N / 5));
    for (const s of SHAPES) {
      for (const m of TEXT_MONITORS) {
        expect(Array.isArray(m.scan(s, 'reasoning', ctx))).toBe(true);
        expect(Array.isArray(m.scan(s, 'assistant', ctx))).toBe(true);
      }
      expect(classifyIntent(s, s.length >> 1, (s.length >> 1) + 1)).toBeTypeOf('string');
    }
  });

  it('action monitors over commands, edits, writes, hunks and tool output', () => {
    const ctx = new SessionContext();
    for (const s of SHAPES) {
      ctx.onToolResult(result(shell('x'), s) as Extract<VigilEvent, { kind: 'tool_result' }>, 'r');
      const calls = [
        shell(s),
        edit(`tests/${s.slice(0, 200)}.test.ts`, s, s.split('').reverse().join('')),
        write('src/a.ts', s),
        write('.github/workflows/ci.yml', s),
        change({ path: 'package.json', kind: 'update', hunks: [{ lines: s.split('\n').map((l, i) => (i % 2 ? `+${l}` : `-${l}`)) }] }),
      ];
      for (const call of calls) for (const m of ACTION_MONITORS) expect(Array.isArray(m.scan(call, ctx))).toBe(true);
    }
  });
});
