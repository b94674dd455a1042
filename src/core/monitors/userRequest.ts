import type { ToolCallEvent } from '../model/events';
import { addedText, changeLines } from './action/changeLines';
import type { RawFinding } from './monitorTypes';
import { isNegated } from './text/intent';

/**
 * What the user's own recent prompts ask for. A user who asks to skip a flaky test, regenerate
 * snapshots or drop a dev table changes the verdict on exactly that behaviour; a user who says
 * "don't touch the tests" does not. Topics are coarse on purpose: they only soften a finding that
 * already names the same topic.
 */
const TOPICS: Record<string, RegExp> = {
  skip_test: /\b(?:skip|skipping|disable|xfail|quarantine|mute|ignore)\b[^.\n]{0,40}\b(?:tests?|specs?)\b|\b(?:tests?|specs?)\b[^.\n]{0,40}\b(?:skip|skipped|disabled|xfail)\b|\bskip (?:it|them)\b/i,
  edit_tests: /\b(?:update|rewrite|change|adjust|modify|edit|refactor|correct|loosen|relax|clean ?up)\b[^.\n]{0,40}\b(?:tests?|specs?|assertions?|expectations?|fixtures?)\b|\btests?\b[^.\n]{0,40}\b(?:is|are) (?:wrong|outdated|incorrect|stale)\b/i,
  delete_test: /\b(?:delete|remove|drop|get rid of)\b[^.\n]{0,120}\b(?:tests?|specs?)\b|\b(?:tests?|specs?|test_\w{1,80}|\w{1,80}_test|\w{1,80}\.(?:test|spec))\b[^\n]{0,160}\b(?:delete|remove|drop|get rid of)\b/i,
  update_snapshot: /\b(?:update|regenerate|refresh|re-?record|accept|rebaseline)\b[^.\n]{0,30}\b(?:snapshots?|goldens?|golden files?|baselines?|expected (?:output|values?)|fixtures?|expected files?)\b|\bsnapshots?\b[^.\n]{0,30}\b(?:update|regenerate|refresh|accept|rebaseline)/i,
  drop_data: /\b(?:drop|truncate|wipe|reset|clear|empty|delete|purge|recreate|nuke|remove)\b[^.\n]{0,40}\b(?:tables?|databases?|db|data|records|rows|collections?|schema|volumes?|postgres\w{0,3}|mysql|redis|mongo\w{0,2}|sqlite|columns?)\b|\b(?:tables?|databases?|db|collections?|schema)\b[^\n]{0,160}\b(?:drop|truncate|wipe|nuke|purge|recreate|delete|reset) (?:it|them|that|this|those|everything)\b|\b(?:drop|truncate|wipe|nuke|purge|recreate|delete|reset) (?:it|them|that|this|those|everything)\b[^\n]{0,160}\b(?:tables?|databases?|db|collections?|schema)\b/i,
  delete_files: /\b(?:delete|remove|clean ?up|clean out|clear (?:out|away)|throw (?:away|out)|rm|wipe|purge|get rid of|nuke)\b/i,
  force_push: /\bamend\b|\bupdate the (?:pr|pull request)\b|\bforce[- ]?push|\bpush (?:--force|-f)\b|\brewrite (?:the )?(?:git )?history|\bsquash\b|\brebase\b/i,
  reset_hard: /\breset --hard|\breset\b[^.\n]{0,30}\b(?:hard|origin|upstream|remote)\b|\b(?:discard|throw (?:away|out)|toss|scrap|ditch|undo|revert|lose|blow away|trash|abandon|get rid of)\b[^.\n]{0,30}\b(?:changes|edits|modifications|uncommitted|diffs?|work)\b|\b(?:go|get|roll|revert|reset|return) back to (?:the )?(?:last|previous|latest|original|clean|committed|upstream|head)\b|\bback to (?:a )?clean (?:state|tree|slate|checkout|working tree)\b|\breset (?:the )?(?:branch|repo|working tree|to origin)|\bstart (?:over|fresh|from scratch)\b|\bgit clean\b/i,
  env: /\b(?:print|show|list|dump|check|inspect|look at|read|cat|debug|see|fix|edit|update|set ?up|create|copy|generate|populate|configure|fill in|write)\b[^\n]{0,40}(?:\benv(?:ironment)?(?: vars?| variables)?\b|\bprintenv\b|\.env\b)|\bprintenv\b/i,
  sudo: /\bsudo\b|\b(?:docker|user|system) group\b|\bsystemctl\b|\b(?:system|systemd) service\b|\/etc\/|\bsystem-wide\b|\b(?:apt(?:-get)?|yum|dnf|brew|apk|pacman) install\b|\binstall\b[^.\n]{0,60}\b(?:with|via|using) (?:apt(?:-get)?|yum|dnf|brew|apk|pacman)\b|\bsystem (?:package|librar)/i,
  chmod: /\bchmod\b|\bpermissions? (?:on|of) (?:the )?(?:file|folder|dir|script)/i,
  no_verify: /\bno-verify\b|\b(?:skip|bypass|without) (?:the )?(?:pre-?commit|git hooks?|hooks?)\b/i,
  ci_loosen: /\b(?:allow|let|make)\b[^.\n]{0,30}\b(?:fail|failure)\b|\bnon-?(?:blocking|required|gating)\b|\b(?:informational|advisory|soft[- ]fail\w{0,3}|warn(?:ing)?[- ]only)\b|\b(?:make|mark|set)\b[^.\n]{0,30}\boptional\b|\bcontinue-on-error\b|\ballow_failure\b|\b(?:disable|skip|remove|turn off|drop)\b[^.\n]{0,30}\b(?:jobs?|steps?|checks?|workflows?)\b/i,
  force_push_explicit: /\bforce[- ]?push|\bpush (?:--force|-f)\b/i,
  reformat: /\b(?:re)?format\w*|\bprettier\b|\bblack\b|\blint(?:er)? --fix\b|\bgofmt\b/i,
  ci: /\b(?:ci|workflows?|pipelines?|github actions?|gitlab|jenkins|circleci)\b/i,
  migrations: /\bmigrat\w*|\bschema\b|\bcolumns?\b|\btables?\b|\bindex(?:es)?\b/i,
  auth: /\bauth\w*|\blog ?in\b|\bsign[- ]?in\b|\bsessions?\b|\bpasswords?\b|\bpermissions?\b|\boauth\b|\bjwt\b|\bsso\b/i,
  lint_config: /\b(?:lower|relax|loosen|disable|turn off|reduce|drop|ignore|exclude|silence|switch off)\b[^.\n]{0,40}\b(?:lint\w*|eslint|tsconfig|strict\w*|mypy|type ?check\w*|coverage|threshold|gates?|ruff|flake8|rules?|checks?)\b|\b(?:set|change|put|move|bring)\b[^.\n]{0,40}\b(?:coverage|thresholds?|gates?|lines|statements|branches|functions|fail[_-]under)\b[^.\n]{0,30}\b(?:to|at) \d{1,3}\b/i,
  suppress: /\b(?:suppress|silence|ignore|disable)\b[^.\n]{0,30}\b(?:warnings?|lint\w*|errors?|rules?|checks?)\b/i,
  infra: /\b(?:delete|destroy|tear ?down|remove|decommission|recreate|reset|uninstall|wipe|nuke|prune)\b[^.\n]{0,40}\b(?:pods?|namespaces?|clusters?|stacks?|deployments?|resources?|infra\w*|environments?|envs?|workspaces?|vpcs?|instances?|releases?|charts?|volumes?|containers?|images?)\b|\b(?:preview|ephemeral|temporary|temp|review|sandbox|throwaway|pr)\b[^.\n]{0,20}\b(?:environments?|envs?|stacks?|workspaces?|deployments?|clusters?)\b[^\n]{0,80}\b(?:tear (?:it|them|this|that|everything) down|destroy (?:it|them)|tear ?down|decommission|remove it|delete it)\b|\bterraform destroy\b|\b(?:compose|docker) down\b/i,
  hide_changes: /\bskip-worktree\b|\bassume-unchanged\b|\b(?:ignore|hide|stop (?:tracking|showing)|not (?:show|track|stage))\b[^.\n]{0,40}\b(?:local|my)\b[^.\n]{0,20}\b(?:edits|changes|modifications|overrides)\b/i,
  upload: /\b(?:upload|send|post|share|scp|rsync|copy|transfer|deploy|publish|ship|sync)\b[^.\n]{0,60}\b(?:to|onto)\b[^.\n]{0,40}\b(?:server|host|bucket|s3|remote|machine|box|[\w-]{1,40}\.(?:com|io|net|org|internal|dev))\b/i,
  stub: /\b(?:stubs?|skeleton|scaffold\w*|placeholders?|todos?|sketch|outline|boilerplate|mock ?up)\b/i,
  exit_code: /\bexit (?:code|status)\b|\bexit 0\b/i,
  deps: /\b(?:upgrade|update|bump|refresh)\b[^.\n]{0,40}\b(?:dependenc\w{0,4}|deps|packages?|librar\w{1,4}|lockfile)\b/i,
  deploy: /\b(?:deploy\w*|release|publish|ship it|roll ?out|push to prod\w*)\b/i,
  weaken_security: /\b(?:disable|remove|turn off|skip|bypass|relax|loosen|lower|weaken|drop|allow)\b[^.\n]{0,40}\b(?:auth\w*|csrf|rate ?limit\w*|limiter|verification|validation|password (?:rules?|policy|requirements?|length)|permissions? checks?|security|2fa|mfa|tls|ssl|cert\w*|signature|token expiry)\b/i,
  raise_bound: /\b(?:more|extra|longer) (?:time|headroom|slack)\b|\blonger (?:timeouts?|time ?limits?|deadlines?)\b|\b(?:raise|increase|bump|extend|lengthen|double)\b[^.\n]{0,30}\b(?:timeouts?|time ?limits?|deadlines?|tolerances?|limits?)\b/i,
  rerun: /\b(?:reruns?|retr(?:y|ies))\b|\b(?:mark|tag|flag)\w{0,3}\b[^.\n]{0,40}\bflaky\b/i,
  rename_test: /\b(?:collected|collection)\b|\brename\w{0,3}\b[^.\n]{0,40}\b(?:tests?|helpers?|fixtures?)\b/i,
  rename: /\b(?:rename|replace|refactor)\b/i,
  bulk_edit: /\b(?:across|throughout|everywhere|every|each|whole|entire|all)\b[^.\n]{0,60}\b(?:files?|codebase|code ?base|repo\w{0,6}|project|modules?|packages?|occurrences?|usages?|call ?sites?|places|components?|imports?|src|sources?|directories|folders?)\b|\b(?:codebase|code ?base|repo-wide|project-wide|everywhere|bulk|mass)\b|\b(?:lint|eslint|ruff|rubocop|style|the|new|this|that) rules?\b|\blint\w{0,3}\b|\bconventions?\b|\bstyle ?guide\b|\bcodemod\b|\bsearch[- ]and[- ]replace\b/i,
  hooks_edit: /\b(?:remove|delete|disable|drop|turn off|switch off|uninstall|get rid of|deactivate|neuter|stub out)\b[^.\n]{0,40}\b(?:pre-?(?:commit|push)|commit-msg|git|husky|lefthook)?[ -]?hooks?\b|\bhooks?\b[^.\n]{0,80}\b(?:remove|delete|disable|uninstall|get rid of)\b/i,
  gc: /\bgit gc\b|\bgarbage[- ]collect\w{0,3}|\bprune\b|\bshrink (?:the )?(?:repo|\.git)|\breflog\b/i,
  scanner: /\b(?:ignore|allow ?list|suppress|silence|skip|exclude|whitelist|baseline|mute)\b[^.\n]{0,60}\b(?:gitleaks|trufflehog|semgrep|bandit|trivy|checkov|tfsec|snyk|detect-secrets|codeql|sonar\w{0,5}|findings?|warnings?|alerts?|rules?|it|them)\b|\bfalse positives?\b|\bnosec\b|\bnosemgrep\b/i,
  hardcode_secret: /\bhard-?cod\w{0,4}\b|\binline (?:it|the (?:key|token|secret|password))\b|\b(?:put|paste|add|write|embed|commit|store|keep)\b[^.\n]{0,30}\b(?:it|key|token|secret|password|credential)s?\b[^.\n]{0,20}\b(?:directly |straight |right )?(?:in(?:to)?|to) (?:the )?(?:code|source|file|config|constructor|repo|[\w/-]{1,60}\.(?:py|ts|js|go|rb|java|kt|cs|php|ya?ml|json|toml|properties|sh))\b/i,
  scope: /\b(?:also|and)\b[^.\n]{0,30}\b(?:refactor|rewrite|upgrade|bump|clean ?up|rename|reformat)\b|\brefactor\b|\bupgrade\b|\bbump\b/i,
};

/** Is this topic requested (not forbidden) by the user's recent prompts? */
export function userAsked(topic: string | readonly string[] | undefined, userText: string): boolean {
  if (!topic || !userText) return false;
  if (typeof topic !== 'string') return topic.some((t) => userAsked(t, userText));
  const re = TOPICS[topic];
  if (!re) return false;
  // Any affirmative mention counts: "don't touch X … but do Y across all files" asks for Y.
  let g = GLOBAL_TOPICS.get(topic);
  if (!g) GLOBAL_TOPICS.set(topic, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  let n = 0;
  for (const m of userText.matchAll(g)) {
    // "the flaky tests … do not delete them": the verb closing a long match carries the negation.
    const last = m.index + m[0].lastIndexOf(' ') + 1;
    if (!isNegated(userText, m.index) && !(m[0].length > 30 && NEG_VERB_RE.test(userText.slice(Math.max(m.index, last - 30), last)))) return true;
    if (++n >= 20) break;
  }
  return askedByReference(topic, userText);
}

/**
 * Requests that name their object in an earlier sentence and then refer to it ("the 80% gate blocks
 * everyone … set it to 70", "that refactor went sideways, scrap it"): a verb of the topic on a pronoun,
 * with the topic's noun shortly before it.
 */
const REFERENCE: Record<string, { verb: RegExp; noun: RegExp }> = {
  lint_config: {
    verb: /\b(?:(?:lower|relax|loosen|reduce|decrease|drop|disable|turn off|switch off|silence)\s(?:it|that|this|them|those|these)\b|(?:set|change|put|move|bring|make)\s(?:it|that|this|them)\s(?:(?:down|back)\s)?(?:to|at)\s\d{1,3}\b)/gi,
    noun: /\b(?:coverage|thresholds?|gates?|fail[_-]under|lint\w{0,4}|eslint|strict\w{0,6}|mypy|type ?check\w{0,4})\b/i,
  },
  reset_hard: {
    verb: /\b(?:discard|throw away|throw out|toss|scrap|ditch|undo|revert|drop|lose|blow away|trash|abandon|get rid of|nuke|wipe)\s(?:it|that|this|them|those|these|all of (?:it|them)|everything)\b/gi,
    noun: /\b(?:changes|edits|modifications|uncommitted|refactor\w{0,3}|rewrite|attempt|experiment|diffs?|work)\b/i,
  },
  delete_test: {
    verb: /\b(?:delete|remove|drop|get rid of|rip out|throw away)\s(?:it|that|this|them|those|these|both|all of them)\b/gi,
    noun: /\b(?:tests?|specs?|test (?:files?|cases?))\b/i,
  },
  raise_bound: {
    verb: /\b(?:raise|increase|bump|extend|lengthen|double)\s(?:it|that|this|them)\b/gi,
    noun: /\b(?:timeouts?|time ?limits?|deadlines?|tolerances?|limits?)\b/i,
  },
};

function askedByReference(topic: string, userText: string): boolean {
  const ref = REFERENCE[topic];
  if (!ref) return false;
  ref.verb.lastIndex = 0;
  let n = 0;
  for (const m of userText.matchAll(ref.verb)) {
    if (++n > 20) break;
    if (isNegated(userText, m.index)) continue;
    const before = userText.slice(Math.max(0, m.index - 300), m.index);
    const noun = ref.noun.exec(before);
    if (noun && !isNegated(before, noun.index)) return true;
  }
  return false;
}

const GLOBAL_TOPICS = new Map<string, RegExp>();
/** A negation right before a verb ("do not delete", "never remove", "don't just drop"). */
const NEG_VERB_RE = /\b(?:not|don'?t|doesn'?t|never|shouldn'?t|mustn'?t|won'?t|no need to)\s{1,3}(?:\w{1,12}\s{1,3})?$/i;

const SKIP_VERB_RE = /\b(?:skip(?:ped|ping|s)?|xfail(?:ed)?|x-fail|quarantin\w{1,4}|mark\w{0,3}\b[^.\n]{0,30}(?:#\[ignore\]|@(?:Disabled|Ignore)\b|\bignored?\b)|mark\w{0,3}\b[^.\n]{0,30}\b(?:as )?(?:flaky|expected to fail|known[- ]fail\w{0,4}))\b/gi;
const TEST_OBJECT_RE = /\b(?:tests?|specs?|suites?|cases?)\b|\b(?:test_\w{2,80}|\w{1,80}_test|Test[A-Z]\w{1,80}|\w{1,60}\.(?:test|spec)\.\w{1,4})\b|#\[ignore\]|@Disabled/;
const SUITE_MARKER_RE = /\b(?:describe|context|suite)\.skip\b|\bxdescribe\b|\bpytestmark\b|\bcollect_ignore|--ignore\b|^\s{0,3}@(?:unittest\.skip\w{0,10}|pytest\.mark\.\w{1,10})[^\n]{0,200}\n\s{0,3}class\b/m;
const SUITE_WORDS_RE = /\b(?:suites?|whole|entire|all (?:the |of the )?(?:tests?|specs?)|every test|module|file|class|folder|directory|describe block)\b/i;
const SKIP_MARKER_RE = /@pytest\.mark\.(?:skip|xfail)\w{0,3}|\bpytest\.(?:skip|xfail)\(|\b(?:it|test|describe)\.(?:skip|todo)\(|\bx(?:it|test|describe)\(|@unittest\.skip\w{0,10}|\bskipTest\(|#\[ignore\]|@(?:Ignore|Disabled)\b|\bt\.Skip\w{0,4}\(/g;
const TEST_IDENT_RE = /\b(?:test_\w{2,80}|\w{2,80}_test|Test[A-Z]\w{1,80}|test[A-Z]\w{1,80})\b/g;

/** The user asks to skip / xfail / quarantine tests (their own words, not negated). */
function askedSkip(userText: string): boolean {
  if (!TEST_OBJECT_RE.test(userText)) return false;
  for (const m of userText.matchAll(SKIP_VERB_RE)) if (!isNegated(userText, m.index)) return true;
  return false;
}

/** The new text of the change a finding points at (bounded). */
function findingChangeText(raw: RawFinding, call: ToolCallEvent | undefined): string {
  if (!call || !raw.path) return '';
  const c = (call.changes ?? []).find((x) => x.path === raw.path);
  if (!c) return '';
  return addedText(changeLines(c)).slice(0, 50_000);
}

/** Objects a destructive command acts on: tables, databases, namespaces, releases, buckets, volumes, stacks. */
const OBJECT_RE = /\b(?:TABLE|DATABASE|SCHEMA|COLLECTION)\s+(?:IF\s+EXISTS\s+)?[`"']?([\w.-]{2,80})|\bTRUNCATE\s+(?:TABLE\s+)?[`"']?([\w.-]{2,80})|\bDELETE\s+FROM\s+[`"']?([\w.-]{2,80})|\b(?:namespaces?|ns|deployments?|deploy|statefulsets?|pvc|services?|svc|configmaps?)\s+([\w.-]{2,80})|\b(?:uninstall|delete)\s+(?!namespace|ns\b|deploy|pvc|pod|svc|service|configmap|statefulset|-)([a-z][\w.-]{1,80})|\bs3:\/\/([\w.-]{2,80})|\b(?:dropdb|dropDatabase)\s+([\w.-]{2,80})/gi;
/** Identifiers the user writes: snake_case, kebab-case, dotted or digit-bearing names, or backticked. */
const USER_IDENT_RE = /`([^`\s]{2,80})`|\b([a-z][a-z0-9]{0,40}(?:[_-][a-z0-9]{1,40}){1,6})\b/gi;

/**
 * The user named specific objects (a table, a namespace, a release) and the command acts on another:
 * asking to drop the dev sessions table does not cover dropping the orders table.
 */
function actsOnOtherObject(acted: string, userText: string): boolean {
  const objects = new Set<string>();
  for (const m of acted.slice(0, 4000).matchAll(OBJECT_RE)) {
    const o = m.slice(1).find((x) => x);
    if (o && !/^(?:if|from|all|--all|-n|table|the)$/i.test(o)) objects.add(o.toLowerCase().replace(/^.*\./, ''));
  }
  if (objects.size === 0) return false;
  const hay = userText.toLowerCase();
  const named = [...userText.matchAll(USER_IDENT_RE)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()).filter(Boolean);
  const unnamed = [...objects].filter((o) => !hay.includes(o) && !hay.includes(o.replace(/s$/, '')));
  // Only when the user pinned down objects of their own: "wipe the dev database" names none, so any db it hits is the one meant.
  return unnamed.length > 0 && named.length > 0;
}

const HIDE_ARGS_RE = /\bupdate-index\s+(?:--[\w-]{1,30}\s+){0,4}--(?:skip-worktree|assume-unchanged)\s+([^|;&\n]{1,500})/g;
const USER_PATH_RE = /[\w.-]{0,80}\/[\w./-]{1,120}|\b[\w-]{1,80}\.[a-z]{1,6}\b/i;

/** The user named the file(s) whose local edits to hide, and the command hides another one too. */
function hidesOtherFiles(cmd: string, userText: string): boolean {
  if (!USER_PATH_RE.test(userText)) return false;
  const files: string[] = [];
  for (const m of cmd.slice(0, 4000).matchAll(HIDE_ARGS_RE)) files.push(...(m[1] ?? '').split(/\s+/).filter((a) => a && !a.startsWith('-')));
  return files.some((f) => !userMentions(userText, f) && !userMentions(userText, f.split('/').pop() ?? f));
}

/**
 * Does the flagged action go beyond what the user asked? A request to skip one flaky test does not
 * cover skipping a suite or several tests; a request about a dev/staging/local target does not cover prod.
 */
function beyondRequest(raw: RawFinding, userText: string, call: ToolCallEvent | undefined): boolean {
  const topics = typeof raw.topic === 'string' ? [raw.topic] : raw.topic ?? [];
  if (topics.includes('skip_test')) {
    const added = findingChangeText(raw, call);
    if (SUITE_MARKER_RE.test(added) && !SUITE_WORDS_RE.test(userText)) return true;
    const named = new Set([...userText.matchAll(TEST_IDENT_RE)].map((m) => m[0]));
    const markers = added.match(SKIP_MARKER_RE)?.length ?? 0;
    const skips = Math.max(raw.lines?.length ?? 1, markers);
    if (skips > Math.max(1, named.size) && !SUITE_WORDS_RE.test(userText) && !/\b(?:tests|them|these|those|both|all)\b/i.test(userText)) return true;
  }
  if (topics.includes('hide_changes') && hidesOtherFiles(call?.command ?? '', userText)) return true;
  const acted = `${raw.quote}\n${call?.command ?? ''}`;
  if (raw.category === 'destructive' && actsOnOtherObject(acted, userText)) return true;
  if (raw.category === 'destructive' && /(?:^|[^a-z])(?:prod|production|prd)(?:[^a-z]|$)/i.test(acted) && !/\b(?:prod|production|prd)\b/i.test(userText)) return true;
  return false;
}

/**
 * The general "the user requested this" matcher: the finding's topic is among the actions the user's
 * recent prompts ask for (skip, delete, drop, wipe, reset, force-push, update snapshots…), and the
 * action does not go beyond that request (more tests, a whole suite, another environment).
 * Hard findings (self-protection, leaked keys, catastrophic deletes) are never softened here.
 */
export function requestedByUser(raw: RawFinding, userText: string, call?: ToolCallEvent): boolean {
  if (raw.hard || !raw.topic || !userText) return false;
  const topics = typeof raw.topic === 'string' ? [raw.topic] : raw.topic;
  const asked = userAsked(topics, userText) || (topics.includes('skip_test') && askedSkip(userText)) || (topics.includes('sudo') && askedInstallOf(call?.command ?? '', userText));
  return asked && !beyondRequest(raw, userText, call);
}

const SYS_INSTALL_RE = /\b(?:apt|apt-get|yum|dnf|apk|pacman|zypper)\s+(?:-\S{1,20}\s+){0,4}(?:install|add|-S)\s+([^|;&\n]{1,300})/g;
const INSTALL_WORD_RE = /\binstall\w{0,3}\b/gi;
const INSTALL_WHATEVER_RE = /\binstall (?:what(?:ever)?(?:'s| is| are)? (?:needed|missing|required|necessary)|the (?:missing|required|needed|necessary) (?:system )?(?:packages?|librar\w{1,3}|deps|dependencies|headers|tools?)|(?:any|all) (?:missing|required|needed) (?:system )?(?:packages?|librar\w{1,3}|deps|dependencies))\b/i;

/**
 * The user asks to install exactly the system packages the command installs ("install libpq-dev so
 * psycopg builds"): every package the command installs is named by the user, and the command does
 * nothing else as root but refresh the package index and install.
 */
function askedInstallOf(cmd: string, userText: string): boolean {
  if (!cmd || cmd.length > 2000) return false;
  const pkgs: string[] = [];
  for (const m of cmd.matchAll(SYS_INSTALL_RE)) pkgs.push(...(m[1] ?? '').split(/\s+/).filter((a) => a && !a.startsWith('-')));
  if (pkgs.length === 0 || pkgs.length > 6) return false;
  for (const seg of cmd.split(/&&|\|\||;|\|/)) {
    const t = seg.trim();
    if (/^(?:sudo|doas)\b/.test(t) && !/^(?:sudo|doas)\s+(?:-\S{1,10}\s+){0,2}(?:apt|apt-get|yum|dnf|apk|pacman|zypper)\s+(?:-\S{1,20}\s+){0,4}(?:update|install|add|-S)\b/.test(t)) return false;
  }
  if (![...userText.matchAll(INSTALL_WORD_RE)].some((m) => !isNegated(userText, m.index))) return false;
  // "Install what is needed" for a named build error: the user leaves the choice of packages to the agent.
  if (INSTALL_WHATEVER_RE.test(userText)) return true;
  return pkgs.every((p) => userMentions(userText, p.replace(/[=:].*$/, '')));
}

/** Words of a path's last segment ("old_prototype/" -> "old prototype"), for loose matching. */
function looseName(p: string): string {
  const last = p.replace(/\/+$/, '').split('/').pop() ?? '';
  return last.replace(/[_\-.]+/g, ' ').trim().toLowerCase();
}

/** Does the user's text name this path, exactly or as words ("the legacy api folder" for src/legacy_api)? */
export function userNamesPath(userText: string, p: string): boolean {
  if (userMentions(userText, p)) return true;
  const words = looseName(p);
  if (words.length < 5 || !words.includes(' ')) return false;
  const idx = userText.toLowerCase().replace(/[_-]+/g, ' ').indexOf(words);
  return idx >= 0 && !isNegated(userText, idx);
}

/** Does the user's text mention this literal (path, folder, table name)? Case-insensitive, word-bounded. */
export function userMentions(userText: string, name: string): boolean {
  const n = name.replace(/^\.\//, '').replace(/\/+$/, '');
  if (n.length < 3 || !userText) return false;
  const hay = userText.toLowerCase();
  const needle = n.toLowerCase();
  for (let idx = hay.indexOf(needle); idx >= 0; idx = hay.indexOf(needle, idx + 1)) {
    const before = hay[idx - 1] ?? ' ';
    const after = hay[idx + needle.length] ?? ' ';
    // whole name only: "src" does not match inside "src/gen" or "resource"
    if (/[\w/.-]/.test(before) || /[\w/-]/.test(after)) continue;
    if (!isNegated(userText, idx)) return true;
  }
  return false;
}
