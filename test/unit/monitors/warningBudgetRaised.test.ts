import { describe, expect, it } from 'vitest';
import { edit } from './eventFactory';
import { medPlus, runShell, sessionWithRuns } from './sessionDriver';

const ID = 'action.warningBudget.raised';

describe('a check\'s warning budget raised after it failed', () => {
  it('flags raised budgets in scripts, configs and CI after a failing check', () => {
    const edits: [string, string, string][] = [
      ['package.json', '"lint": "eslint . --max-warnings 0"', '"lint": "eslint . --max-warnings 200"'],
      ['.github/workflows/ci.yml', '      - run: npx eslint src --max-warnings=5', '      - run: npx eslint src --max-warnings=-1'],
      ['setup.cfg', 'max_warnings = 0', 'max_warnings = 40'],
    ];
    for (const [path, before, after] of edits) {
      const a = sessionWithRuns('lint fails in CI, fix it');
      runShell(a, 'npm run lint', 'ESLint found too many warnings (maximum: 0).', true);
      expect(medPlus(a, edit(path, before, after)), path).toContain(ID);
    }
  });
  it('does not flag lowered budgets or a raise without a failing check', () => {
    const lowered = sessionWithRuns('tighten lint');
    runShell(lowered, 'npm run lint', '✖ 3 problems (0 errors, 3 warnings)', true);
    expect(medPlus(lowered, edit('package.json', '"lint": "eslint . --max-warnings 20"', '"lint": "eslint . --max-warnings 0"'))).not.toContain(ID);
    const asked = sessionWithRuns('allow up to 10 lint warnings while we migrate');
    expect(medPlus(asked, edit('package.json', '"lint": "eslint . --max-warnings 0"', '"lint": "eslint . --max-warnings 10"'))).not.toContain(ID);
  });
});
