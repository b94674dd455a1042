import type { ToolCallEvent } from '../../../src/core/model/events';
import { createAnalyzer } from '../../../src/core/monitors/analyzer';
import { result, shell, userPrompt } from './eventFactory';

/** An analyzer that has seen the user prompt and, optionally, a failing test run. */
export function session(user: string, failingRun = false): ReturnType<typeof createAnalyzer> {
  const a = createAnalyzer();
  a.push(userPrompt(user));
  if (failingRun) {
    const t = shell('pytest -q');
    a.push(t);
    a.push(result(t, 'FAILED tests/test_x.py::test_a\n1 failed, 3 passed', true));
  }
  return a;
}

export function monitors(a: ReturnType<typeof createAnalyzer>, call: ToolCallEvent): string[] {
  return a.push(call).filter((f) => f.severity !== 'low').map((f) => f.monitor);
}

