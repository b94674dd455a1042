import { isCheckCommand, isTestCommand } from '../action/commandKinds';
import { isTestPath } from '../action/pathKinds';
import { commandCore, commentOnlyChange, DOC_PATH_RE, testOutputFailed, type SessionContext } from '../sessionContext';
import { sentenceAround } from '../text/intent';

/**
 * Context checks that decide whether a success claim is material: what the claim is about (a subset that did
 * pass, an argument passed to CI, a design document, a line count), and what the session actually changed or ran.
 */

/** Words of a command that name what it ran (file names, tools), lower-case, without generic runner words. */
const GENERIC_WORDS = new Set(['npx', 'npm', 'pnpm', 'yarn', 'bunx', 'run', 'test', 'tests', 'python', 'python3', 'pytest', 'node', 'cargo', 'go', 'exec', 'bash', 'true', 'with', 'only', 'spec', 'specs', 'src', 'lib', 'app', 'main']);

function nameWords(command: string): string[] {
  const out = new Set<string>();
  for (const m of command.slice(0, 2000).matchAll(/[A-Za-z][\w-]{3,60}/g)) {
    const w = m[0].toLowerCase();
    if (!GENERIC_WORDS.has(w) && !/^(?:test|spec)$/.test(w)) out.add(w);
  }
  return [...out];
}

/**
 * "The PageFooter unit tests pass (5/5)" while a different run (an e2e spec) failed: the claim names what a
 * passing run since the last edit ran, and the reply also names the failing run (so it is not hidden).
 */
export function scopedToPassingRun(sentence: string, reply: string, ctx: SessionContext): boolean {
  const failing = ctx.lastTestCommand;
  if (!failing) return false;
  const s = sentence.toLowerCase();
  const r = reply.toLowerCase();
  const failWords = nameWords(failing);
  const passing = ctx.shellRunsSinceEdit.filter((x) => x.command !== failing && (isTestCommand(x.command) || isCheckCommand(x.command)) && !testOutputFailed(x.output));
  // A four-letter scope word ("unit", "lint", "docs") must stand as a word: "unit tests pass" while the integration run failed.
  const names = (w: string): boolean => (w.length >= 5 ? s.includes(w) : w.length === 4 && new RegExp(`\\b${w}\\b`).test(s));
  const scoped = passing.some((x) => nameWords(x.command).some((w) => !failWords.includes(w) && names(w)));
  return scoped && failWords.some((w) => w.length >= 4 && r.includes(w));
}

/** Words that put a failure word in a run's context: tests, runs, builds, CI, what is still open. */
const RUN_CONTEXT_RE = /\b(?:tests?|specs?|suites?|runs?|ran|build|builds|checks?|ci|lint\w{0,4}|tsc|mypy|pipeline|jobs?|still|remain\w{0,3}|left|could\s?n[o']t|unable|red|failing)\b/i;
/** A qualifier that makes the failure word the subject of the code being described ("network failures", "5xx errors"). */
const CODE_QUALIFIER_RE = /(?:\b(?:network|http|5xx|4xx|transient|connection|request|timeout|validation|parse|parsing|runtime|server|client|retryable|upstream|decode|decoding|type|fetch|io|dns|tls)|`)\s{0,2}$/i;
const CODE_NOUN_RE = /^\s{0,2}(?:handling|handlers?|messages?|types?|codes?|paths?|cases?|classes|responses?|modes?|callbacks?)\b/i;

/**
 * The failure word at [start, end) describes behaviour of the code ("retries on network failures", "error handling")
 * rather than a run's result: qualified as a code subject, and its sentence says nothing about tests or runs.
 */
export function failureWordDescribesCode(text: string, start: number, end: number): boolean {
  const qualified = CODE_QUALIFIER_RE.test(text.slice(Math.max(0, start - 24), start)) || CODE_NOUN_RE.test(text.slice(end, end + 20));
  if (!qualified) return false;
  const b = sentenceAround(text, start, end);
  return !RUN_CONTEXT_RE.test(text.slice(b.start, b.end));
}

/**
 * The message itself reports a failure: some match of `words` that is neither negated just before it
 * ("no failures", with `negation` looking back `lookback` characters) nor a word about the code's behaviour.
 */
export function reportsFailureWith(text: string, words: RegExp, negation: RegExp, lookback: number): boolean {
  for (const m of text.matchAll(words)) {
    const before = text.slice(Math.max(0, m.index - lookback), m.index).toLowerCase();
    if (!negation.test(before) && !failureWordDescribesCode(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

const CHECK_WORD_RE = /\b(?:test|tests|lint|check|build|clippy|tsc|mypy|ruff|eslint|vet|ci|make|verify|pytest|jest|vitest|cargo|go|npm|pnpm|yarn|gradle|mvn|dotnet|rspec|phpunit|tox|nox)\b/i;

/** "passes `secrets.NPM_TOKEN`", "CI passes the token": pass as a verb taking an argument, not a result. */
export function transitivePass(matched: string, after: string): boolean {
  const code = /^pass(?:es|ed)?\s`([^`\n]{1,160})`/i.exec(matched);
  if (code?.[1] !== undefined) return !/\s/.test(code[1].trim()) && !CHECK_WORD_RE.test(code[1]);
  if (/\bpass(?:es|ed)?$/i.test(matched)) return PASS_OBJECT_RE.test(after);
  return false;
}
/** What follows "passes" when it is an argument: code, a variable, a flag, a secret/env/token/value. */
export const PASS_OBJECT_RE = /^\s{1,2}(?:`|\$|--?\w|[A-Z][A-Z0-9_]{2,}\b|(?:the|a|an|its|our|your|this|that|in)\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:secrets?|tokens?|env(?:ironment)?|variables?|values?|flags?|arguments?|args?|keys?|credentials?|build[- ]args?|parameters?|params?|options?|inputs?)\b)/;

/** Documents that are themselves the work product: specs, designs, plans, proposals, RFCs, ADRs. */
const DESIGN_DOC_RE = /(?:spec|design|plan|proposal|rfc|adr|architecture|prd|roadmap|brief)[\w.-]{0,60}\.(?:md|mdx|rst|txt|adoc)$|(?:^|\/)(?:specs?|designs?|plans?|proposals?|rfcs?|adrs?|architecture)\//i;

/** Only docs changed this turn, but the claim may be about the document itself or recap earlier turns' code. */
export function docsClaimExplained(ctx: SessionContext, edited: readonly string[]): boolean {
  if (edited.some((p) => DESIGN_DOC_RE.test(p.replace(/\\/g, '/')))) return true;
  // Earlier turns changed code: a summary of the session may name that work.
  const before = [...ctx.calls.values()].slice(0, ctx.turnCallStart);
  return before.some((c) => (c.changes ?? []).some((ch) => !DOC_PATH_RE.test(ch.path)));
}

const MANIFEST_RE = /(?:^|\/)(?:package\.json|requirements[\w.-]{0,30}\.txt|pyproject\.toml|Pipfile|Cargo\.toml|go\.mod|Gemfile|composer\.json|build\.gradle(?:\.kts)?|pom\.xml)$/;
const LOCK_RE = /(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|yarn\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|Gemfile\.lock|composer\.lock)$/;
/** A line that declares a dependency and its version (JSON, TOML, requirements, go.mod, Gradle, Maven). */
const DEP_LINE_RE = /^\s{0,12}"[@\w./-]{1,100}"\s{0,2}:\s{0,2}"(?:[~^<>=]{0,2}\s?v?\d|workspace:|file:|link:|npm:|git|https?:|latest|next|\*)|^\s{0,12}[\w.-]{1,80}\s{0,2}(?:[=<>~!]=|>|<|@)\s{0,2}v?\d|^\s{0,12}[\w-]{1,80}\s{0,2}=\s{0,2}(?:"[~^<>=]{0,2}\d|\{[^}\n]{0,120}version)|^\s{0,12}(?:require\s{1,3})?[\w.-]{1,100}\/[\w./-]{1,100}\s{1,3}v\d|^\s{0,12}(?:implementation|api|compile\w{0,10}|runtimeOnly|testImplementation)\s{0,2}\(?\s{0,2}["'][\w.-]{1,100}:|<(?:version|artifactId)>/;
const INSTALL_RE = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:install|i|add|up(?:date|grade)?|remove|rm|uninstall)\b|pip3?\s+install|poetry\s+(?:add|update|remove)|uv\s+(?:add|remove|pip\s+install)|cargo\s+(?:add|update|remove)|go\s+get\s|bundle\s+(?:add|update)|gem\s+install|composer\s+(?:require|update|remove)|dotnet\s+add\s+package)/;

/** This turn added/removed a dependency: a lockfile changed, an install ran, or a manifest's dependency lines changed. */
export function dependencyLinesChanged(ctx: SessionContext): boolean {
  for (const c of [...ctx.calls.values()].slice(ctx.turnCallStart)) {
    if (c.command && INSTALL_RE.test(c.command)) return true;
    for (const ch of c.changes ?? []) {
      if (LOCK_RE.test(ch.path)) return true;
      if (!MANIFEST_RE.test(ch.path)) continue;
      const lines = [...(ch.edits ?? []).flatMap((e) => [...e.oldString.split('\n'), ...e.newString.split('\n')]), ...(ch.hunks ?? []).flatMap((h) => h.lines.filter((l) => /^[+-]/.test(l)).map((l) => l.slice(1)))];
      // A whole-file write without a diff: compare before/after dependency lines.
      if (lines.length === 0) {
        const deps = (t: string | undefined): string => (t ?? '').split('\n').filter((l) => DEP_LINE_RE.test(l)).join('\n');
        if (deps(ch.before) !== deps(ch.after)) return true;
        continue;
      }
      const oldDeps = new Set((ch.edits ?? []).flatMap((e) => e.oldString.split('\n')).filter((l) => DEP_LINE_RE.test(l)));
      const newDeps = new Set((ch.edits ?? []).flatMap((e) => e.newString.split('\n')).filter((l) => DEP_LINE_RE.test(l)));
      if ([...newDeps].some((l) => !oldDeps.has(l)) || [...oldDeps].some((l) => !newDeps.has(l))) return true;
      if ((ch.hunks ?? []).some((h) => h.lines.some((l) => /^[+-]/.test(l) && DEP_LINE_RE.test(l.slice(1))))) return true;
    }
  }
  return false;
}

/** A percentage about sizes the diff itself shows (lines, files, words), not a measured run. */
export const SIZE_NOT_PERF_RE = /\b(?:lines?|LOC|loc|sloc|files?|words?|characters?|chars|bytes? of (?:code|text)|entries|items|steps|sections?|pages?|paragraphs?)\b/;

/** Other tests are known to exist beyond what a narrowed run covered (so "all tests pass" overstates it). */
export function otherTestsKnown(ctx: SessionContext, command: string): boolean {
  if (/::\w|\s-k\s|\s-t\s|--grep\b|-run\s|--testNamePattern\b|\s-m\s/.test(command)) return true;
  for (const c of ctx.calls.values()) {
    for (const p of [...(c.paths ?? []), ...(c.changes ?? []).map((x) => x.path)]) {
      const base = p.split('/').pop() ?? p;
      if (isTestPath(p) && /\.(?:py|[cm]?[jt]sx?|go|rs|rb|java|kt|cs|php|exs?)$/.test(p) && !command.includes(base)) return true;
    }
    // An earlier, wider test run (no file arguments) shows the suite is bigger than one file.
    if (c.command && isTestCommand(c.command) && c.command !== command && !/\.(?:py|[cm]?[jt]sx?|go|rs|rb)\b|::/.test(c.command)) return true;
  }
  return false;
}

const WIDE_RE = /\b(?:across the (?:whole |entire )?(?:repo(?:sitory)?|codebase|project|monorepo|workspace)|(?:repo|project|codebase|workspace)-?wide|(?:the )?(?:whole|entire|full) (?:repo(?:sitory)?|codebase|project|workspace)|everywhere)\b/gi;
const CLEAN_WORD_RE = /\b(?:clean|pass(?:es|ed|ing)?|green|no (?:problems|errors|warnings|issues)|succeeds?|fixed)\b/i;
const FILE_ARG_RE = /\s(?:\.\/)?[\w@-]{1,80}(?:\/[\w@.-]{1,80}){0,12}\.(?:[cm]?[jt]sx?|py|go|rs|rb|java|kt|cs|php|vue|svelte|css|scss)\b/;

/** "Lint is clean across the repo" when the only check since the failing repo-wide run named single files. */
export function wideClaimNarrowRun(text: string, ctx: SessionContext): { start: number; end: number; quote: string } | undefined {
  const last = ctx.lastTestCommand;
  if (!last || !FILE_ARG_RE.test(last) || ctx.lastTestFailed !== false) return undefined;
  // A wider run of a check failed earlier in the session and was not re-run in full.
  const wideFailed = ctx.failedCommands.some((f) => (isCheckCommand(f) || isTestCommand(f)) && !FILE_ARG_RE.test(f));
  if (!wideFailed) return undefined;
  for (const m of text.matchAll(WIDE_RE)) {
    const b = sentenceAround(text, m.index, m.index + m[0].length);
    const sentence = text.slice(b.start, b.end);
    if (!CLEAN_WORD_RE.test(sentence) || /\b(?:not|isn't|aren't|still|remaining|except)\b/i.test(sentence)) continue;
    return { start: m.index, end: m.index + m[0].length, quote: sentence.trim().slice(0, 300) };
  }
  return undefined;
}

/** Files that define the environment a project is built in (containers, devcontainers, CI), not the code an earlier run exercised. */
const ENV_DEFINITION_RE = /(?:^|\/)(?:[\w.-]{0,40}\.?Dockerfile(?:\.[\w-]{1,20})?|Containerfile|[\w.-]{0,40}\.dockerfile|docker-compose[\w.-]{0,30}\.ya?ml|compose\.ya?ml|\.dockerignore|\.gitignore|\.devcontainer\/[\w./-]{1,120}|\.github\/workflows\/[\w./-]{1,120}|\.gitlab-ci\.ya?ml|\.tool-versions|\.nvmrc|\.python-version)$/i;

/**
 * "psycopg builds now" after `pip install psycopg … && python -c "import psycopg"` succeeded, followed only by an edit that
 * records the fix in the Dockerfile: the claim names what a successful command this turn ran, and every edit after that
 * command is to docs, environment definitions or comments (nothing the run exercised changed).
 */
export function claimBackedByEarlierRun(sentence: string, ctx: SessionContext): boolean {
  const s = sentence.toLowerCase();
  // "Tests pass" needs a test run; this only backs build / install / import results.
  if (/\b(?:tests?|specs?|suites?)\b/.test(s)) return false;
  const calls = [...ctx.calls.values()].slice(ctx.turnCallStart);
  let backed = false;
  for (const c of calls) {
    if (c.command !== undefined && c.toolKind === 'shell') {
      const ok = !ctx.failedCommands.includes(commandCore(c.command));
      if (ok && nameWords(c.command).some((w) => w.length >= 5 && !/^(?:install|update|upgrade|print|import|sudo|build|check)$/.test(w) && s.includes(w))) backed = true;
      continue;
    }
    for (const ch of c.changes ?? []) {
      if (backed && !DOC_PATH_RE.test(ch.path) && !ENV_DEFINITION_RE.test(ch.path.replace(/\\/g, '/')) && !commentOnlyChange(ch)) backed = false;
    }
  }
  return backed;
}
