import type { ToolCallEvent, ToolResultEvent } from '../model/events';
import { isCheckCommand, isCiStatusCommand } from './action/commandKinds';
import { isTestPath } from './action/pathKinds';
import { changeLines, newSideText } from './action/changeLines';
import { withoutComments } from './action/codeText';
import { extractInjection, type InjectionTrace } from './action/injectionTrace';
import { SecretValues } from './secretEcho';
import { findSecret } from './action/secretPatterns';

const MAX_PROMPTS = 3;
const TRUSTED_INSTRUCTIONS_RE = /(?:^|[\s/])(?:AGENTS|CLAUDE|GEMINI|CODEX)\.md\b|\.cursorrules\b|copilot-instructions\.md\b|\.windsurfrules\b/;
const VENDORED_RE = /(?:^|[\s/])(?:third[_-]?party|vendor(?:ed)?|node_modules|external|extern|deps|site-packages|submodules?)\//i;
/** Documentation files: editing them does not make a test run stale. */
export const DOC_PATH_RE = /\.(?:md|mdx|rst|txt|adoc)$|(?:^|\/)docs?\//i;
const MAX_TEST_LITERALS = 2000;
/** Quoted strings (2-120 chars), hex literals and numbers with 2+ digits. */
const TEST_LITERAL_RE = /"[^"\n]{2,120}"|'[^'\n]{2,120}'|\b0[xX][\da-fA-F_]{2,24}\b|-?\b\d{2,20}(?:\.\d{1,10})?\b|\[[^\]\s]{2,60}\]/g;
const MAX_INJECTIONS = 20;
/** Test data folders: fixtures, testdata, golden files and sample corpora. */
const TEST_DATA_RE = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test[_-]?data|golden|goldens|corpus|corpora)\//i;
const MAX_TURN_CODE = 200_000;

/**
 * The recent context monitors need, kept incrementally: the user's latest prompts (their request
 * changes verdicts), test runs and their outcomes, edits since, stubs left behind, and
 * instructions seen in tool output (for prompt-injection tracing).
 */
/** Code generators' report lines: `* creating priv/repo/migrations/x.exs`, `create  app/models/user.rb`, `CREATE src/app/x.ts`. */
const GENERATED_RE = /^[ \t]{0,8}(?:\*[ \t]{0,4})?(?:create|creating|created|generated?)[ \t]{1,12}([\w.@+-]{1,100}(?:\/[\w.@+-]{1,100}){1,20})[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*$/gim;

/** A reply that accepts the agent's proposal: "yes", "ok go ahead", "go with (2)", "option B please", "sounds good". */
const APPROVAL_RE = /^\s{0,4}(?:yes\b|yep\b|yeah\b|sure\b|ok(?:ay)?\b|sounds good|go (?:ahead|with|for)\b|do (?:it|that|this)\b|please do\b|approved?\b|agreed?\b|lgtm\b|let'?s (?:go with|do)\b|option\s{0,2}\(?\w\)?|\(?[1-9a-d]\)\s|#?[1-9]\b[^\n]{0,20}\bplease\b)/i;
const REFUSAL_RE = /^\s{0,4}(?:no\b|nope\b|don'?t\b|do not\b|never\b|stop\b|wait\b|hold\b)/i;
/** The option the user picked by number or letter: "(2)", "option 2", "#2", "2)". */
const PICK_RE = /\boption\s{0,2}\(?([1-9a-d])\)?|\(([1-9a-d])\)|#([1-9])\b|\bgo with\s{0,2}([1-9])\b/i;

/**
 * What a short approving reply approves: the option it picks from the agent's last message, or the whole
 * proposal for a plain "yes". A "no, don't …" approves nothing.
 */
export function approvedProposal(userText: string, assistantText: string): string {
  if (!assistantText || userText.length > 1500 || REFUSAL_RE.test(userText) || !APPROVAL_RE.test(userText)) return '';
  const pick = PICK_RE.exec(userText);
  const id = pick?.slice(1).find((x) => x);
  if (id) {
    const at = assistantText.search(new RegExp(`\\(${id}\\)|(?:^|\\s)${id}[.)]\\s|\\boption\\s{0,2}${id}\\b`, 'i'));
    if (at >= 0) {
      const rest = assistantText.slice(at, at + 800);
      const next = rest.slice(3).search(/\(\w\)|(?:^|\s)\w[.)]\s|[;.!?](?:\s|$)/);
      return next >= 0 ? rest.slice(0, next + 3) : rest;
    }
  }
  // A plain "yes" approves what the reply ended on (the proposal or question), not everything it mentioned.
  return assistantText.slice(-800);
}

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
  /** Files this session created (the agent's adds, code-generator output such as `* creating path`):
   *  later rewrites of them change the agent's own work, not pre-existing code. Bounded. */
  readonly createdPaths = new Set<string>();
  /** The last test/check command line run. */
  lastTestCommand: string | undefined;
  /** Tail of the last finished test/check run's output (its counts stay checkable after later commands). */
  lastTestOutput: string | undefined;
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
  /** Folders this session made (mkdir of a new path, clone targets, "Export directory: …" reported by a command it ran). Bounded. */
  readonly createdDirs = new Set<string>();
  /** The session's working folder, inferred from changes that carry both a relative and an absolute path (or a Codex workdir). */
  workspaceRoot: string | undefined;
  /** Files whose printed content held a credential (a service-account JSON under any name), and copies of them. Bounded. */
  readonly credentialFiles = new Set<string>();
  /** Instructions addressed to the agent found in tool output. */
  readonly injections: InjectionTrace[] = [];
  /** Credential values printed by calls flagged for reading secrets (filled by the analyzer). */
  readonly secretValues = new SecretValues();
  /** Cores of recently failed shell commands (redirections, `|| true` and output filters stripped). */
  readonly failedCommands: string[] = [];
  /** Output of the last benchmark/timing run, when one ran. */
  lastBenchOutput: string | undefined;
  /** Output of the last lint / type-check / compile run, when one ran. */
  lastLintOutput: string | undefined;
  /** Identifiers on lines added since the user's last prompt (bounded): what the edits actually touched. */
  readonly addedIdentsThisTurn = new Set<string>();
  /** A data-destroying statement (SQL DELETE/DROP/TRUNCATE, cache flush) ran since the user's last prompt. */
  dataDeletedThisTurn: string | undefined;
  /** Test files read (or printed) since the user's last prompt. */
  testReadsThisTurn = 0;
  /** A shell command since the user's last prompt edited files in bulk (sed -i, codemods, formatters, git mv). */
  bulkShellEditThisTurn = false;
  /** A dependency manifest/lockfile changed or a package install ran since the user's last prompt. */
  depsChangedThisTurn = false;
  /** Number of tool calls seen when the user's last prompt arrived: calls after it belong to this turn. */
  turnCallStart = 0;
  /** A test/check run failed before this session edited any file (a baseline for "already failing" claims). */
  failedBeforeEdits = false;
  /** Shell commands run since the last file edit, with the tails of their outputs (bounded, oldest first). */
  readonly shellRunsSinceEdit: { command: string; output: string }[] = [];
  /** What this turn's stubs stand for (a function, case or item named at the stub), lower-case: a reply that calls them done gives up. */
  readonly stubSubjects = new Set<string>();
  /** The code of this turn's source edits (new side, comments removed, bounded): what the edits actually do. */
  addedCodeThisTurn = '';
  private readonly pendingTests = new Set<string>();

  /** The agent's last reply (bounded): a short "yes, go with (2)" approves what it proposed there. */
  private lastAssistantText = '';

  noteAssistantText(text: string): void {
    this.lastAssistantText = text.slice(0, 6000);
  }

  onUserPrompt(text: string): void {
    const approved = approvedProposal(text, this.lastAssistantText);
    this.lastAssistantText = '';
    this.userPrompts.push(approved ? `${text}\n${approved}` : text);
    if (this.userPrompts.length > MAX_PROMPTS) this.userPrompts.shift();
    this.stubbedPaths.clear();
    this.stubSubjects.clear();
    this.addedCodeThisTurn = '';
    this.sourceEditsThisTurn = 0;
    this.editedPathsThisTurn.clear();
    this.depsChangedThisTurn = false;
    this.bulkShellEditThisTurn = false;
    this.dataDeletedThisTurn = undefined;
    this.testReadsThisTurn = 0;
    this.addedIdentsThisTurn.clear();
    this.turnCallStart = this.calls.size;
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
    for (const c of call.changes ?? []) {
      this.editedPathsThisTurn.add(c.path);
      if (c.kind === 'add') this.noteCreated(c.path);
    }
    for (const c of changes) {
      // The new side of the edit (its added lines and the context it rewrote), bounded.
      for (const m of newSideText(c).slice(0, 20_000).matchAll(/[A-Za-z_][\w]{2,40}/g)) {
        if (this.addedIdentsThisTurn.size >= 5000) break;
        this.addedIdentsThisTurn.add(m[0]);
      }
      if (this.addedCodeThisTurn.length < MAX_TURN_CODE && !DOC_PATH_RE.test(c.path) && !isTestPath(c.path)) {
        this.addedCodeThisTurn += `${withoutComments(newSideText(c).slice(0, 20_000))}\n`;
      }
    }
    if (call.command && this.credentialFiles.size > 0) this.noteCredentialCopies(call.command);
    if (call.command && /\b(?:mkdir|clone)\b/.test(call.command)) this.noteMadeDirs(call);
    this.workspaceRoot ??= inferRoot(call);
    if (call.command && BULK_EDIT_RE.test(call.command)) this.bulkShellEditThisTurn = true;
    if (call.command && DATA_DELETE_RE.test(call.command)) this.dataDeletedThisTurn = call.command.slice(0, 200);
    if ((call.toolKind === 'read' && (call.paths ?? []).some(isTestPath)) || (call.command && /\b(?:cat|sed|head|tail|less|bat|nl|grep|rg)\b[^|;&]{0,200}(?:tests?\/|_test\.|test_|\.test\.|\.spec\.|spec\/)/.test(call.command))) this.testReadsThisTurn++;
    if ((call.command && DEPS_CMD_RE.test(call.command)) || (call.changes ?? []).some((c) => MANIFEST_RE.test(c.path))) this.depsChangedThisTurn = true;
    // A comment-only edit (a TODO note, a docstring) changes no behaviour: an earlier run still stands.
    if (changes.some((c) => !DOC_PATH_RE.test(c.path) && !commentOnlyChange(c))) this.codeEditsSinceTest++;
    if (changes.length > 0) {
      this.editCalls++;
      this.commandsSinceEdit = 0;
      this.shellRunsSinceEdit.length = 0;
      this.editsSinceTest++;
      if (changes.some((c) => !isTestPath(c.path))) {
        this.sourceEditsSinceFailure++;
        this.sourceEditsThisTurn++;
      }
      for (const c of changes) if (isTestPath(c.path)) this.noteTestText([c.after ?? '', ...(c.edits ?? []).map((e) => e.newString), ...(c.hunks ?? []).flatMap((h) => h.lines)].join('\n'));
    }
  }

  /** `mkdir [-p] a b`, `git clone url dir`: folders that did not exist before (no earlier call touched anything under them). */
  private noteMadeDirs(call: ToolCallEvent): void {
    for (const seg of (call.command ?? '').slice(0, 10_000).split(/&&|\|\||[;|\n]/)) {
      const t = seg.trim().split(/\s+/);
      const args = t.slice(1).filter((a) => a && !a.startsWith('-')).map((a) => a.replace(/^["']|["']$/g, ''));
      const dirs = t[0] === 'mkdir' ? args : t[0] === 'git' && args[0] === 'clone' && args.length >= 3 ? [args[2] as string] : [];
      for (const d of dirs) {
        const dir = normDir(d);
        if (dir.length < 2 || /[$*?{]/.test(dir) || this.createdDirs.size >= 500) continue;
        if (!this.touchedBefore(dir, call)) this.createdDirs.add(dir);
      }
    }
  }

  /** Did an earlier call read, edit or name a path under `dir` (so the folder existed already)? */
  private touchedBefore(dir: string, except: ToolCallEvent): boolean {
    const under = (p: string): boolean => normDir(p) === dir || normDir(p).startsWith(`${dir}/`);
    for (const c of this.calls.values()) {
      if (c === except) continue;
      if ((c.paths ?? []).some(under) || (c.changes ?? []).some((x) => under(x.path))) return true;
    }
    return false;
  }

  /** Is `p` (as an rm target) a folder this session made, or inside one? Absolute paths inside the workspace count as relative. */
  madeInSession(p: string): boolean {
    const n = this.relative(normDir(p));
    for (const d of this.createdDirs) {
      const r = this.relative(d);
      if (n === r || n.startsWith(`${r}/`)) return true;
    }
    return this.createdInSession(n);
  }

  /** `p` relative to the workspace root when it lies inside it (else unchanged). */
  relative(p: string): string {
    const root = this.workspaceRoot;
    if (root && p.startsWith(`${root}/`)) return p.slice(root.length + 1);
    return p;
  }

  /** `cp|mv|install src… dst` of a known credential file makes dst one too. */
  private noteCredentialCopies(command: string): void {
    for (const seg of command.slice(0, 10_000).split(/&&|\|\||[;|\n]/)) {
      const t = seg.trim().split(/\s+/).filter((a) => a && !a.startsWith('-'));
      if (!/^(?:cp|mv|install|rsync)$/.test(t[0] ?? '') || t.length < 3) continue;
      const dst = t[t.length - 1] as string;
      if (t.slice(1, -1).some((a) => this.credentialFiles.has(a)) && this.credentialFiles.size < 200) this.credentialFiles.add(dst.replace(/^\.\//, ''));
    }
  }

  /** Is `p` a file this session saw holding a credential (or a copy of one)? */
  isCredentialFile(p: string): boolean {
    return this.credentialFiles.has(p.replace(/^\.\//, ''));
  }

  private noteCreated(p: string): void {
    if (this.createdPaths.size < 5000) this.createdPaths.add(p.replace(/\\/g, '/').replace(/^\.\//, ''));
  }

  /** True when `p` was created earlier in this session. */
  createdInSession(p: string): boolean {
    return this.createdPaths.has(p.replace(/\\/g, '/').replace(/^\.\//, ''));
  }

  onToolResult(result: ToolResultEvent, eventId: string): void {
    const read = this.calls.get(result.toolUseId);
    if (read && (read.paths ?? []).some(isTestPath) && read.toolKind !== 'edit' && read.toolKind !== 'write') this.noteTestText(result.output);
    else if (read?.command && /\b(?:cat|sed|head|tail|less|bat|nl)\b[^|;&]{0,200}(?:tests?\/|_test\.|test_|\.test\.|\.spec\.)/.test(read.command)) this.noteTestText(result.output);
    if (read && !result.isError && this.credentialFiles.size < 200) {
      const hit = findSecret(result.output.slice(0, 20_000));
      if (hit && hit.kind !== 'assigned-secret') for (const p of printedFiles(read)) this.credentialFiles.add(p);
    }
    this.recentOutputs.push(result.output.slice(-4000));
    if (this.recentOutputs.length > 6) this.recentOutputs.shift();
    const call = this.calls.get(result.toolUseId);
    if (call?.toolKind === 'shell' && call.command) {
      const core = commandCore(call.command);
      // A re-run with its failure swallowed or output silenced is no evidence that the failure went away.
      const swallowedRerun = SWALLOW_RE.test(call.command) && this.failedCommands.includes(core);
      if (!swallowedRerun) this.lastCommandFailed = result.isError || exitReportedNonZero(result.output);
      if (this.lastCommandFailed && !swallowedRerun) {
        this.failedCommands.push(core);
        if (this.failedCommands.length > 10) this.failedCommands.shift();
      }
      this.shellRunsSinceEdit.push({ command: call.command.slice(0, 2000), output: result.output.slice(-8000) });
      if (this.shellRunsSinceEdit.length > 6) this.shellRunsSinceEdit.shift();
      if (BENCH_CMD_RE.test(call.command)) this.lastBenchOutput = result.output.slice(-8000);
      if (LINT_CMD_RE.test(call.command)) this.lastLintOutput = result.output.slice(-8000);
      if (!result.isError) for (const m of result.output.slice(0, 20_000).matchAll(GENERATED_RE)) this.noteCreated(m[1]!);
      if (!result.isError && this.createdDirs.size < 500) for (const m of result.output.slice(0, 20_000).matchAll(REPORTED_DIR_RE)) {
        const d = m[1] ?? m[2];
        if (d && d.length > 3) this.createdDirs.add(normDir(d));
      }
    } else if (call?.toolKind === 'shell') this.lastCommandFailed = result.isError;
    if (this.pendingTests.delete(result.toolUseId)) {
      this.lastTestFailed = result.isError || testOutputFailed(result.output);
      this.lastTestOutput = result.output.slice(-4000);
      if (this.lastTestFailed && this.editCalls === 0) this.failedBeforeEdits = true;
      this.noteTestText(result.output);
      this.editsSinceTest = 0;
      this.codeEditsSinceTest = 0;
      if (this.lastTestFailed) this.sourceEditsSinceFailure = 0;
    }
    // Project instruction files (AGENTS.md, CLAUDE.md …) address agents by design: not injections.
    const source = this.calls.get(result.toolUseId);
    // …unless vendored: a third-party copy's AGENTS.md speaks for its authors, not for this project.
    const trusted = [...(source?.paths ?? []), source?.command ?? ''].some((p) => TRUSTED_INSTRUCTIONS_RE.test(p) && !VENDORED_RE.test(p));
    // Test data the agent reads (fixtures, testdata, corpora of a detector's examples) is the subject of the work, not instructions to it.
    const testData = source?.toolKind === 'read' && (source.paths ?? []).length > 0 && (source.paths ?? []).every((p) => TEST_DATA_RE.test(p.replace(/\\/g, '/')));
    const known = [...(source?.paths ?? []), source?.command ?? ''].join('\n');
    const trace = trusted || testData ? undefined : extractInjection(result.output, eventId, known);
    if (trace) {
      trace.callIndex = this.calls.size;
      this.injections.push(trace);
      if (this.injections.length > MAX_INJECTIONS) this.injections.shift();
    }
  }
}

/** A command's report of the folder it wrote: "Export directory: /x/y", "Output written to out/run1", "Created folder ./tmp-e2e". */
const REPORTED_DIR_RE = /\b(?:export|output|results?|artifacts?)\s(?:dir(?:ectory)?|folder)\s{0,2}:\s{0,3}((?:\/|~\/|\.\/)?[\w.@+-]{1,100}(?:\/[\w.@+-]{1,100}){0,20})\/?[ \t]*$|\b(?:created|wrote|written|exported|saved)\s(?:(?:new\s)?(?:dir(?:ectory)?|folder)\s|(?:to|into)\s)((?:\/|~\/|\.\/)?[\w.@+-]{1,100}(?:\/[\w.@+-]{1,100}){0,20})\/?[ \t]*$/gim;

/** A folder path without trailing slashes or a leading ./ . */
function normDir(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** The working folder from an edit whose absolute path ends with its workspace-relative path, or a Codex call's workdir. */
function inferRoot(call: ToolCallEvent): string | undefined {
  for (const c of call.changes ?? []) {
    const abs = c.absPath?.replace(/\\/g, '/');
    const rel = c.path.replace(/\\/g, '/');
    if (abs && !rel.startsWith('/') && abs.endsWith(`/${rel}`)) return abs.slice(0, abs.length - rel.length - 1);
  }
  const wd = typeof call.input === 'object' && call.input !== null ? (call.input as Record<string, unknown>).workdir : undefined;
  return typeof wd === 'string' && wd.startsWith('/') ? normDir(wd) : undefined;
}

/** The single file a read or `cat|head|tail|less` call printed (several files: unknown which held what). */
function printedFiles(call: ToolCallEvent): string[] {
  if (call.toolKind === 'read') return (call.paths ?? []).length === 1 ? [...(call.paths ?? [])] : [];
  const files: string[] = [];
  for (const seg of (call.command ?? '').slice(0, 4000).split(/&&|\|\||[;|\n]/)) {
    const t = seg.trim().split(/\s+/);
    if (!/^(?:cat|head|tail|less|bat|jq)$/.test(t[0] ?? '')) continue;
    files.push(...t.slice(1).filter((a, i, all) => a && !a.startsWith('-') && !/^-[nc]$/.test(all[i] ?? '') && !/^-[nc]$/.test(all[i - 1] ?? '') && /[./]/.test(a) && !/^\d+$/.test(a)));
  }
  return files.length === 1 ? files : [];
}

/** Redirections, failure swallowing and output filters: what a "quiet" re-run adds to a command. */
export const SWALLOW_RE = /\|\|\s{0,2}(?:true|:|exit\s+0)\b|;\s{0,2}true\s*$|2>\s{0,2}\/dev\/null|&>\s{0,2}\/dev\/null|>\s{0,2}\/dev\/null\s{0,2}2>&1/;
const DEPS_CMD_RE = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:install|i|add|up(?:date|grade)?)\s+[@\w]|pip3?\s+install\s+(?!-r\b|-e\s+\.)[\w"'<>=]|poetry\s+(?:add|update)|uv\s+(?:add|pip\s+install)|cargo\s+(?:add|update)|go\s+get\s|bundle\s+(?:add|update)|gem\s+install|composer\s+(?:require|update)|dotnet\s+add\s+package)/;
const MANIFEST_RE = /(?:^|\/)(?:package\.json|package-lock\.json|pnpm-lock\.yaml|yarn\.lock|requirements[\w.-]{0,30}\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(?:\.lock)?|Cargo\.toml|Cargo\.lock|go\.mod|go\.sum|Gemfile(?:\.lock)?|composer\.(?:json|lock)|build\.gradle(?:\.kts)?|pom\.xml)$/;
const BULK_EDIT_RE = /\bsed\s+(?:-[a-zA-Z]{0,4}\s+)*-[a-zA-Z]{0,3}i|\bperl\s+-[a-z]{0,4}p?i|\bgit\s+mv\b|\b(?:jscodeshift|comby|codemod|rope|gofmt\s+-w|goimports\s+-w|gofmt\s+-r|gopls\s+rename|prettier\s+(?:--write|-w)|eslint\s[^|;&\n]{0,100}--fix|ruff\s[^|;&\n]{0,60}--fix|black\s|isort\s|cargo\s+fmt|rustfmt|clang-format\s+-i|sd\s)|\bxargs\b[^|;&\n]{0,80}\b(?:sed|perl)\b|\bfind\b[^|;&\n]{0,200}-exec\s+(?:sed|perl)\b/;
const DATA_DELETE_RE = /\b(?:DELETE\s+FROM|DROP\s+(?:TABLE|DATABASE|SCHEMA|COLLECTION)|TRUNCATE\s+(?:TABLE\s+)?\w)|\bFLUSH(?:ALL|DB)\b|\.drop\(\)|\.deleteMany\(/i;
const LINT_CMD_RE = /\b(?:lint|eslint|ruff|flake8|pylint|mypy|tsc|clippy|golangci-lint|go vet|rubocop|stylelint|shellcheck|cargo (?:build|check)|go build|type ?check|pyright|biome)\b/;
const BENCH_CMD_RE = /\b(?:bench\w{0,20}|perf_\w{1,20}|\w{1,20}_perf|timing\w{0,10}|measure\w{0,10}|profil\w{1,6}|hyperfine|criterion|timeit|perf\s+stat|wrk|ab\s+-n|k6\s+run|locust|pytest-benchmark|--benchmark)\b|\btime\s+[./\w]/;

/** The command with redirections, `|| true`, trailing filters (| tail, | head, | grep) and echo $? removed. */
/** The change adds or removes only comments: the code with comments stripped is the same before and after. */
export function commentOnlyChange(change: Parameters<typeof changeLines>[0]): boolean {
  const { added, removed } = changeLines(change);
  if (added.length === 0 && removed.length === 0) return false;
  const code = (lines: readonly string[]): string => withoutComments(lines.join('\n').slice(0, 20_000)).replace(/\s+/g, '');
  return code(added.map((l) => l.text)) === code(removed);
}

export function commandCore(command: string): string {
  return command
    .replace(/\s{0,3}(?:\|\|\s{0,2}(?:true|:|exit\s+0)\b|;\s{0,2}(?:true|echo\b[^;&|\n]{0,80})\s*$)/g, '')
    .replace(/\s{0,3}(?:\d?>&\d|&>\s{0,2}\/dev\/null|\d?>\s{0,2}\/dev\/null)/g, '')
    .replace(/\s{0,3}\|\s{0,2}(?:tail|head|grep|less|cat|tee)\b[^|;&\n]{0,120}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Output ending with a printed non-zero exit status ("exit=1", "exit code: 2"). */
function exitReportedNonZero(output: string): boolean {
  return /\bexit(?:\s?code)?\s{0,2}[=:]\s{0,2}[1-9]\d{0,2}\s*$/i.test(output.slice(-200));
}

const FAIL_RE = /\b(?:[1-9]\d{0,5} (?:failed|failing|failures?|errors?|problems?)|Found [1-9]\d{0,5} errors?|FAILED|FAIL |FAIL[\t:]|Tests? failed|AssertionError|npm ERR!|error TS\d{1,5}|panicked at|Traceback \(most recent call last\)|error\[E\d{4}\]|could not compile|BUILD FAILED|BUILD FAILURE|Compilation failed|compilation terminated|cannot find symbol|\[ERROR\] |✖ [1-9]\d{0,5} problems?)/;
const PASS_ONLY_RE = /\b0 (?:failed|failing|failures?)\b/;

/** Did a test run's output report a failure? */
export function testOutputFailed(output: string): boolean {
  const head = output.length > 20000 ? output.slice(-20000) : output;
  return FAIL_RE.test(head) && !(PASS_ONLY_RE.test(head) && !/\bFAILED\b|AssertionError/.test(head));
}
