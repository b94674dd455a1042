import type { ToolCallEvent, ToolResultEvent } from '../model/events';
import { isCheckCommand } from './action/commandKinds';
import { isTestPath } from './action/pathKinds';
import { extractInjection, type InjectionTrace } from './action/injectionTrace';

const MAX_PROMPTS = 3;
const MAX_INJECTIONS = 20;

/**
 * The recent context monitors need, kept incrementally: the user's latest prompts (their request
 * changes verdicts), test runs and their outcomes, edits since, stubs left behind, and
 * instructions seen in tool output (for prompt-injection tracing).
 */
export class SessionContext {
  /** Most recent user prompts, newest last. */
  readonly userPrompts: string[] = [];
  /** Tool calls by tool-use id (this session). */
  readonly calls = new Map<string, ToolCallEvent>();
  /** Outcome of the last finished test/lint/type-check/build run: undefined when none ran. */
  lastTestFailed: boolean | undefined;
  /** The last test/check command line run. */
  lastTestCommand: string | undefined;
  /** Whether the most recent shell command failed (error result or non-zero exit). */
  lastCommandFailed = false;
  /** Tool calls that edited files since the last test run finished. */
  editsSinceTest = 0;
  /** Shell or subagent calls since the last edit (a run we may not recognise as a test run). */
  commandsSinceEdit = 0;
  /** Non-test source edits since the last failing test run. */
  sourceEditsSinceFailure = 0;
  /** Files where this turn's edits left stubs (TODO, NotImplementedError…). */
  readonly stubbedPaths = new Set<string>();
  /** Instructions addressed to the agent found in tool output. */
  readonly injections: InjectionTrace[] = [];
  private readonly pendingTests = new Set<string>();

  onUserPrompt(text: string): void {
    this.userPrompts.push(text);
    if (this.userPrompts.length > MAX_PROMPTS) this.userPrompts.shift();
    this.stubbedPaths.clear();
  }

  /** Joined recent prompts (the request context). */
  userText(): string {
    return this.userPrompts.join('\n');
  }

  onToolCall(call: ToolCallEvent): void {
    this.calls.set(call.toolUseId, call);
    if (call.command && isCheckCommand(call.command)) {
      this.pendingTests.add(call.toolUseId);
      this.lastTestCommand = call.command;
    }
    const changes = call.changes ?? [];
    if (call.toolKind === 'shell' || call.toolKind === 'subagent') this.commandsSinceEdit++;
    if (changes.length > 0) {
      this.commandsSinceEdit = 0;
      this.editsSinceTest++;
      if (changes.some((c) => !isTestPath(c.path))) this.sourceEditsSinceFailure++;
    }
  }

  onToolResult(result: ToolResultEvent, eventId: string): void {
    const call = this.calls.get(result.toolUseId);
    if (call?.toolKind === 'shell') this.lastCommandFailed = result.isError;
    if (this.pendingTests.delete(result.toolUseId)) {
      this.lastTestFailed = result.isError || testOutputFailed(result.output);
      this.editsSinceTest = 0;
      if (this.lastTestFailed) this.sourceEditsSinceFailure = 0;
    }
    const trace = extractInjection(result.output, eventId);
    if (trace) {
      this.injections.push(trace);
      if (this.injections.length > MAX_INJECTIONS) this.injections.shift();
    }
  }
}

const FAIL_RE = /\b(?:[1-9]\d{0,5} (?:failed|failing|failures?|errors?|problems?)|Found [1-9]\d{0,5} errors?|FAILED|FAIL |Tests? failed|AssertionError|npm ERR!|error TS\d{1,5}|panicked at|Traceback \(most recent call last\))/;
const PASS_ONLY_RE = /\b0 (?:failed|failing|failures?)\b/;

/** Did a test run's output report a failure? */
export function testOutputFailed(output: string): boolean {
  const head = output.length > 20000 ? output.slice(-20000) : output;
  return FAIL_RE.test(head) && !(PASS_ONLY_RE.test(head) && !/\bFAILED\b|AssertionError/.test(head));
}
