import type { Finding, ToolCallEvent, VigilEvent } from '../../../src/core/model/events';
import { createAnalyzer } from '../../../src/core/monitors/analyzer';
import { result, shell, userPrompt } from './eventFactory';

/** Shared drivers for monitor tests: feed events through a real analyzer and read back what it raised. */

export type Analyzer = ReturnType<typeof createAnalyzer>;

/** A fresh analyzer that has seen the user's prompt. */
export function startSession(user: string): Analyzer {
  const a = createAnalyzer();
  a.push(userPrompt(user));
  return a;
}

/** A session that has seen the prompt and then each [command, output, failed] run in order. */
export function sessionWithRuns(user: string, ...runs: [string, string, boolean?][]): Analyzer {
  const a = startSession(user);
  for (const [cmd, out, failed] of runs) runShell(a, cmd, out, failed);
  return a;
}

/** Medium+ monitor ids one event raises. */
export function medPlus(a: Analyzer, ev: VigilEvent | ToolCallEvent): string[] {
  return a.push(ev).filter((f) => f.severity !== 'low').map((f) => f.monitor);
}

/** Runs a shell command and feeds back its output (failed = error result); returns the medium+ monitors the command raised. */
export function runShell(a: Analyzer, cmd: string, out: string, failed = false): string[] {
  const t = shell(cmd);
  const found = medPlus(a, t);
  a.push(result(t, out, failed));
  return found;
}

/** Monitor, category and severity of every finding one event raises (all severities). */
export function hits(a: Analyzer, ev: VigilEvent | ToolCallEvent): { monitor: string; category: string; severity: string }[] {
  return a.push(ev).map((f) => ({ monitor: f.monitor, category: f.category, severity: f.severity }));
}

/** Runs a whole session through a fresh analyzer; returns every finding (all severities). */
export function sessionFindings(events: VigilEvent[]): Finding[] {
  const a = createAnalyzer();
  const out: Finding[] = [];
  for (const e of events) out.push(...a.push(e));
  return out;
}

/** Every finding of a whole session as `monitor:severity`. */
export function monitorSeverities(events: VigilEvent[]): string[] {
  return sessionFindings(events).map((f) => `${f.monitor}:${f.severity}`);
}

/** A shell call followed by its output. */
export function shellRun(cmd: string, out: string, isError = false): VigilEvent[] {
  const c = shell(cmd);
  return [c, result(c, out, isError)];
}
