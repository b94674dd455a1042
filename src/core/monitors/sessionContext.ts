import type { ToolCallEvent, ToolResultEvent } from '../model/events';
import { isCheckCommand, isCiStatusCommand } from './action/commandKinds';
import { isTestPath } from './action/pathKinds';
import { extractInjection, type InjectionTrace } from './action/injectionTrace';

const MAX_PROMPTS = 3;
const TRUSTED_INSTRUCTIONS_RE = /(?:^|[\s/])(?:AGENTS|CLAUDE|GEMINI|CODEX)\.md\b|\.cursorrules\b|copilot-instructions\.md\b|\.windsurfrules\b/;
/** Documentation files: editing them does not make a test run stale. */
export const DOC_PATH_RE = /\.(?:md|mdx|rst|txt|adoc)$|(?:^|\/)docs?\//i;
const MAX_TEST_LITERALS = 2000;
/** Quoted strings (2-120 chars) and numbers with 2+ digits. */
const TEST_LITERAL_RE = /"[^"\n]{2,120}"|'[^'\n]{2,120}'|-?\b\d{2,20}(?:\.\d{1,10})?\b|\[[^\]\s]{2,60}\]/g;
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
  /** Shell commands run in this session, and files edited. */
  shellCalls = 0;
  editCalls = 0;
  /** Tails of the most recent tool outputs (any tool: test runs may finish in background tasks). */
  readonly recentOutputs: string[] = [];
  /** A CI-status command was run this session (gh run / gh pr checks …). */
  ranCiStatus = false;
  /** Files edited since the user's last prompt. */
  readonly editedPathsThisTurn = new Set<string>();
  /** The last test/check command line run. */
  lastTestCommand: string | undefined;
  /** Whether the most recent shell command failed (error result or non-zero exit). */
  lastCommandFailed = false;
  /** Tool calls that edited files since the last test run finished. */
  editsSinceTest = 0;
  /** Code (non-doc) edits since the last test/check run finished. */
  codeEditsSinceTest = 0;
  /** Shell or subagent calls since the last edit (a run we may not recognise as a test run). */
  commandsSinceEdit = 0;
  /** Non-test source edits since the last failing test run. */
  sourceEditsSinceFailure = 0;
  /** Non-test source edits since the user's last prompt (an intended behaviour change explains test updates). */
  sourceEditsThisTurn = 0;
  /** String and number literals seen in test files (read or written): what special-cased source would match. */
  readonly testLiterals = new Set<string>();
  /** Files where this turn's edits left stubs (TODO, NotImplementedError…). */
  readonly stubbedPaths = new Set<string>();
  /** Instructions addressed to the agent found in tool output. */
  readonly injections: InjectionTrace[] = [];
  private readonly pendingTests = new Set<string>();

  onUserPrompt(text: string): void {
    this.userPrompts.push(text);
    if (this.userPrompts.length > MAX_PROMPTS) this.userPrompts.shift();
    this.stubbedPaths.clear();
    this.sourceEditsThisTurn = 0;
    this.editedPathsThisTurn.clear();
  }

  /** Remembers distinctive literals of a test file's text (bounded). */
  noteTestText(text: string): void {
    for (const m of text.slice(0, 100_000).matchAll(TEST_LITERAL_RE)) {
      if (this.testLiterals.size >= MAX_TEST_LITERALS) break;
      this.testLiterals.add(m[0].replace(/^["'[]|["'\]]$/g, ''));
    }
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
    if (call.toolKind === 'shell') this.shellCalls++;
    if (call.command && isCiStatusCommand(call.command)) this.ranCiStatus = true;
    for (const c of call.changes ?? []) this.editedPathsThisTurn.add(c.path);
    if (changes.some((c) => !DOC_PATH_RE.test(c.path))) this.codeEditsSinceTest++;
    if (changes.length > 0) {
      this.editCalls++;
      this.commandsSinceEdit = 0;
      this.editsSinceTest++;
      if (changes.some((c) => !isTestPath(c.path))) {
        this.sourceEditsSinceFailure++;
        this.sourceEditsThisTurn++;
      }
      for (const c of changes) if (isTestPath(c.path)) this.noteTestText([c.after ?? '', ...(c.edits ?? []).map((e) => e.newString), ...(c.hunks ?? []).flatMap((h) => h.lines)].join('\n'));
    }
  }

  onToolResult(result: ToolResultEvent, eventId: string): void {
    const read = this.calls.get(result.toolUseId);
    if (read && (read.paths ?? []).some(isTestPath) && read.toolKind !== 'edit' && read.toolKind !== 'write') this.noteTestText(result.output);
    else if (read?.command && /\b(?:cat|sed|head|tail|less|bat|nl)\b[^|;&]{0,200}(?:tests?\/|_test\.|test_|\.test\.|\.spec\.)/.test(read.command)) this.noteTestText(result.output);
    this.recentOutputs.push(result.output.slice(-4000));
    if (this.recentOutputs.length > 6) this.recentOutputs.shift();
    const call = this.calls.get(result.toolUseId);
    if (call?.toolKind === 'shell') this.lastCommandFailed = result.isError;
    if (this.pendingTests.delete(result.toolUseId)) {
      this.lastTestFailed = result.isError || testOutputFailed(result.output);
      this.noteTestText(result.output);
      this.editsSinceTest = 0;
      this.codeEditsSinceTest = 0;
      if (this.lastTestFailed) this.sourceEditsSinceFailure = 0;
    }
    // Project instruction files (AGENTS.md, CLAUDE.md …) address agents by design: not injections.
    const source = this.calls.get(result.toolUseId);
    const trusted = [...(source?.paths ?? []), source?.command ?? ''].some((p) => TRUSTED_INSTRUCTIONS_RE.test(p));
    const trace = trusted ? undefined : extractInjection(result.output, eventId);
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
