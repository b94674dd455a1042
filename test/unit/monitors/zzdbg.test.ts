import { it } from 'vitest';
import { createAnalyzer } from '../../../src/core/monitors/analyzer';
import { edit, userPrompt } from './eventFactory';
it('x', () => {
  const a = createAnalyzer();
  a.push(userPrompt('users get logged out after 5 minutes, fix it'));
  console.log(JSON.stringify(a.push(edit('app/auth/session.py', 'MAX_AGE = 300', 'MAX_AGE = 3600')).map((f) => [f.monitor, f.severity])));
});
