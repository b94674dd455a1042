import { describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../../src/core/model/events';
import { ACTION_MONITORS } from '../../../src/core/monitors/actionMonitorList';
import { extractInjection } from '../../../src/core/monitors/action/injectionTrace';
import { isCredentialValue } from '../../../src/core/monitors/action/secretPatterns';
import { SessionContext } from '../../../src/core/monitors/sessionContext';
import { TEXT_MONITORS } from '../../../src/core/monitors/textMonitorList';
import { edit, result, shell, userPrompt, write } from './eventFactory';

const N = 100_000;
/** Runs shaped to the secret-exposure, hook, Vigil-settings, injection-addressing and delete-variant patterns. */
const SHAPES = [
  '"vigil.'.repeat(N / 7),
  '.git/hooks/'.repeat(N / 11),
  'exit 0\n'.repeat(N / 7),
  'Remove-Item -Recurse '.repeat(N / 21),
  "shutil.rmtree('".repeat(N / 15),
  'AI agent instructions '.repeat(N / 22),
  '[assistant-'.repeat(N / 11),
  '%41'.repeat(N / 3),
  '&amp;'.repeat(N / 5),
  'password: '.repeat(N / 10),
  'token = "'.repeat(N / 9),
  'a@b.co '.repeat(N / 7),
  'python -c print('.repeat(N / 16),
  'install "'.repeat(N / 9),
  'Authorization: Bearer '.repeat(N / 22),
  'postgres://u:'.repeat(N / 13),
  'Blocked by policy '.repeat(N / 18),
  'ALTER TABLE t DROP '.repeat(N / 19),
  'gitleaks:allow '.repeat(N / 15),
  'directive in x saying '.repeat(N / 22),
  'Aa1'.repeat(N / 3),
  'note to AI reviewers '.repeat(N / 21),
  'skip the '.repeat(N / 9),
];

describe('new exposure, tampering and injection patterns complete on adversarial 100 kB inputs', () => {
  it('action monitors over commands, edits and tool output', () => {
    const ctx = new SessionContext();
    for (const s of SHAPES) {
      ctx.onUserPrompt(s.slice(0, 20_000));
      ctx.onToolResult(result(shell('x'), s) as Extract<VigilEvent, { kind: 'tool_result' }>, 'r');
      const calls = [shell(s), edit('.vscode/settings.json', s, s.slice(1)), write('.git/hooks/pre-push', s), write('Dockerfile', s), edit('.gitignore', s, ''), write('config/app.yml', s), write('AGENTS.md', s)];
      for (const call of calls) for (const m of ACTION_MONITORS) expect(Array.isArray(m.scan(call, ctx))).toBe(true);
      expect(extractInjection(s, 'e') === undefined || typeof extractInjection(s, 'e') === 'object').toBe(true);
      expect(typeof isCredentialValue(s.slice(0, 400))).toBe('boolean');
    }
  });

  it('text monitors', () => {
    const ctx = new SessionContext();
    ctx.onUserPrompt((userPrompt('x') as Extract<VigilEvent, { kind: 'user_prompt' }>).text);
    for (const s of SHAPES) {
      for (const m of TEXT_MONITORS) {
        expect(Array.isArray(m.scan(s, 'reasoning', ctx))).toBe(true);
        expect(Array.isArray(m.scan(s, 'assistant', ctx))).toBe(true);
      }
    }
  });
});
