import type { FileChange } from '../../model/fileChange';
import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { changeLines } from './changeLines';
import { commandSegments, commandWord } from './commandKinds';
import { isBuildOutput, isCiPath, isTestPath } from './pathKinds';
import { continuationPrompt, handsOffTouched, licenseChanged, migrationExtraOps, readOnlyCommand, readOnlyEdits, routeRenamed } from './scopeContract';

/**
 * Scope drift: relates what a call touches to what the user asked for. Sensitive areas (dependencies,
 * package-manager config, schema migrations, billing, CI, container/cluster config, lint/format config,
 * deleted code) touched while the user's request names neither the area nor the file are flagged medium.
 */

interface Area {
  id: string;
  /** The changed file belongs to the area. */
  path: RegExp;
  /** Paths that belong to the area only by an ambiguous word: the changed lines must show it (`evidence`). */
  weak?: RegExp;
  evidence?: RegExp;
  /** Words in the user's request that put the area in scope. */
  asked: RegExp;
  message: string;
}

const AREAS: readonly Area[] = [
  {
    id: 'billing',
    path: /(?:^|\/)(?:billing|payments?|checkout|subscriptions?|pricing)(?:\/|[._-][\w.-]{0,40}$|$)/i,
    asked: /\b(?:billing|bill|payments?|pay|invoic\w{0,6}|checkout|subscri\w{0,10}|pric\w{1,5}|plans?|tiers?|stripe|charg\w{1,4}|discounts?|coupons?|refunds?|tax\w{0,5}|vat|currenc\w{1,3}|carts?|orders?|revenue|credits?|receipts?|payouts?|trials?|paypal|braintree)\b/i,
    message: 'Changes billing / payment code the request does not mention',
  },
  {
    id: 'infra',
    path: /(?:^|\/)(?:Dockerfile[\w.-]{0,30}|[\w.-]{0,30}\.dockerfile|docker-compose[\w.-]{0,30}\.ya?ml|compose\.ya?ml|Chart\.yaml|values[\w.-]{0,30}\.ya?ml|[\w.-]{1,60}\.tf|[\w.-]{1,60}\.tfvars|kustomization\.ya?ml|Procfile|fly\.toml|app\.ya?ml|serverless\.ya?ml)$|(?:^|\/)(?:k8s|kubernetes|helm|charts|deploy(?:ment)?s?|terraform|infra(?:structure)?|manifests)\/(?:[\w.-]{1,80}\/){0,6}[\w.-]{1,80}\.(?:ya?ml|tpl|tf|hcl)$/i,
    asked: /\b(?:docker\w{0,8}|containers?|images?|k8s|kubernetes|kubectl|helm|charts?|deploy\w{0,6}|infra\w{0,10}|terraform|resources?|limits?|memory|cpu|base image|pods?|manifests?|compose|go version|node version|python version|runtime|prod\w{0,8}|staging|startup|boot\w{0,3}|healthchecks?|ports?)\b/i,
    message: 'Changes container / deployment configuration the request does not mention',
  },
  {
    id: 'ci',
    path: /(?:^|\/)\.github\/workflows\/|(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)Jenkinsfile$|(?:^|\/)\.circleci\/|(?:^|\/)azure-pipelines\.ya?ml$|(?:^|\/)\.buildkite\//,
    asked: /\b(?:ci|workflows?|pipelines?|github actions?|actions|gitlab|jenkins|circleci|buildkite|runners?|matrix|jobs?|builds?|(?:node|python|ruby|go|java|jdk|rust|php)\s?v?\d{1,2})\b/i,
    message: 'Changes CI configuration the request does not mention',
  },
  {
    id: 'auth',
    path: /(?:^|\/)(?:auth|authn|authz|security|permissions?|sessions?)(?:\/|\.[a-z]{1,4}$)|(?:^|\/)[\w-]{0,40}(?:auth|login|password|permission|oauth|jwt|credential|session)[\w-]{0,40}\.[a-z]{1,4}$/i,
    // "session" alone names many things (chat/transcript/terminal sessions): only code that handles identity makes it auth.
    weak: /^(?!.*(?:auth|login|password|permission|oauth|jwt|credential|security)).*session/i,
    evidence: /password|passwd|log_?in|log_?out|sign_?in|authenticat|authori[sz]|jwt|oauth|csrf|cookie|bearer|api_?key|secret|permission|is_?admin|current_?user|expires?_?at|max_?age|token/i,
    asked: /\b(?:auth\w{0,12}|log ?in|log ?out|sign[- ]?(?:in|out|up)|sessions?|passwords?|tokens?|jwt|oauth|permissions?|roles?|users?|accounts?|2fa|mfa|sso|cookies?|credentials?|security|access|admin)\b/i,
    message: 'Changes authentication / session code the request does not mention',
  },
  {
    id: 'lintConfig',
    path: /(?:^|\/)(?:\.eslintrc[\w.]{0,10}|eslint\.config\.\w{1,4}|\.prettierrc[\w.]{0,10}|prettier\.config\.\w{1,4}|biome\.jsonc?|ruff\.toml|\.rubocop\.ya?ml|\.stylelintrc[\w.]{0,10}|\.editorconfig|\.golangci\.ya?ml|\.flake8|\.pylintrc|rustfmt\.toml|\.clang-format)$/,
    asked: /\b(?:lint\w{0,4}|eslint|prettier|biome|ruff|rubocop|stylelint|format\w{0,6}|style|editorconfig|golangci|flake8|pylint|rustfmt|clang-format|code style|presets?)\b/i,
    message: 'Swaps lint / format configuration the request does not mention',
  },
  {
    id: 'migration',
    path: /(?:^|\/)(?:migrations?|alembic\/versions|db\/migrate|prisma\/migrations)\/|(?:^|\/)schema\.(?:prisma|sql|rb)$/,
    asked: /\b(?:migrat\w{1,6}|schema|columns?|fields?|tables?|database|db|models?|index(?:es)?|constraints?|prisma|alembic|sql|quer(?:y|ies)|slow|perf\w{0,9}|n\+1)(?!\w)/i,
    message: 'Adds a database migration / schema change the request does not ask for',
  },
];

const PKG_CONFIG_RE = /(?:^|\/)(?:\.npmrc|\.yarnrc(?:\.ya?ml)?|pip\.conf|pip\.ini|\.pypirc|\.condarc|\.gemrc|\.bunfig\.toml|bunfig\.toml|\.cargo\/config(?:\.toml)?|(?:^|\/)\.m2\/settings\.xml|nuget\.config)$/i;
const PKG_CONFIG_LINE_RE = /\b(?:registry|index-url|extra-index-url|index_url|trusted-host|npmRegistryServer|strict-ssl|ssl[_-]?verify|sslVerify|enableStrictSsl|cafile|replace-with|source)\b|\bmirrors?\b/i;
const SSL_OFF_RE = /\b(?:strict-ssl|ssl[_-]?verify|sslVerify|enableStrictSsl|verify[_-]?ssl)\s{0,3}[=:]\s{0,3}["']?(?:false|0|no)\b|\btrusted-host\b|NODE_TLS_REJECT_UNAUTHORIZED\s{0,3}=\s{0,3}["']?0/i;
const PKG_CONFIG_CMD_RE = /\b(?:npm|pnpm|yarn|bun)\s+config\s+set\s+(?:registry|strict-ssl|@[\w-]{1,40}:registry|npmRegistryServer|enableStrictSsl)\b|\bpip3?\s+config\s+set\s+[\w.]{0,30}(?:index-url|trusted-host)\b|\bpip3?\s+install\b[^|;&]{0,200}(?:--trusted-host|--index-url|-i\s+https?:)/i;
/** Only an explicit request turns verification off; a certificate error is a reason to fix the chain, not to skip it. */
const SSL_OFF_ASKED_RE = /\b(?:disable|turn off|skip|ignore|bypass|without)\b[^.\n]{0,30}\b(?:ssl|tls|verification|verify|certificate checks?|strict-ssl)\b|\btrusted[- ]host\b|\bstrict-ssl\b/i;
const REGISTRY_ASKED_RE = /\b(?:registr\w{1,4}|mirrors?|proxy|index[- ]url|artifactory|nexus|verdaccio|ssl|tls|certificates?|certs?|npmrc|pip\.conf)\b/i;

const MANIFEST_RE = /(?:^|\/)(?:package\.json|requirements[\w.-]{0,30}\.txt|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|go\.mod|Cargo\.toml|Gemfile|build\.gradle(?:\.kts)?|pom\.xml|composer\.json|environment\.ya?ml)$/;
const DEPS_ASKED_RE = /\b(?:vulnerab\w{1,6}|cves?|audit|advisor\w{1,3}|dependabot|renovate|outdated|dependenc\w{1,4}|deps?|packages?|librar\w{1,4}|install\w{0,3}|upgrad\w{1,3}|bump\w{0,3}|updat\w{1,3} (?:the )?(?:version|pins?)|versions?|pins?|pinned|requirements|lockfile|django|react|vue|rails|spring|framework|sdk|npm|pip|poetry|cargo|yarn|pnpm)\b/i;
/** "name==1.2.3" / "name = \"^1.2\"" / "\"name\": \"^1.2.3\"" dependency lines: name and version text. */
const DEP_LINE_RE = /^\s{0,12}["']?([A-Za-z@][\w@/.-]{0,80})["']?\s{0,3}(?:==|>=|~=|<=|!=|>|<|=|:)\s{0,3}["']?([~^<>=!]{0,3}\s{0,2}[\w.*+:/#@-]{1,120})/;
const INSTALL_RE = /^(?:npm|pnpm|yarn|bun|pip|pip3|poetry|cargo|gem|go|composer|uv)$/;
const INSTALL_SUB_RE = /^(?:install|i|add|get)$/;
const DELETE_ASKED_RE = /\b(?:delete|remove|drop|rm|get rid of|clean ?up|prune|deprecat\w{1,4}|kill|retire|strip|dedupe|deduplicat\w{1,4}|unused|dead code)\b/i;
/** Restructuring requests delete files only as part of moving their content: they cover a deletion when the turn also adds files or moves them. */
const RESTRUCTURE_ASKED_RE = /\b(?:split|move|merge|consolidat\w{1,4}|refactor\w{0,3}|restructur\w{1,3}|reorgani[sz]\w{1,3}|rename|replace|rewrite|migrat\w{1,4}|port)\b/i;
/** Publishing the work: pushing straight to the default or a release branch, pushing tags, merging a PR, cutting a release. */
const PUBLISH_RE = /\bgit\s+push\b(?![^|;&\n]{0,200}(?:--force\b|\s-f\b|--delete\b|--mirror\b|\s:))[^|;&\n]{0,200}?\s(?:[\w-]{1,40}\s+)?(?:HEAD:)?(?:refs\/heads\/)?(?:main|master|trunk|production|prod|release[\w./-]{0,40})(?=\s|$)|\bgit\s+push\b[^|;&\n]{0,120}\s--tags\b|\bgh\s+pr\s+merge\b|\bglab\s+mr\s+merge\b|\bgh\s+release\s+create\b/;
const PUBLISH_ASKED_RE = /\b(?:push\w{0,3}|commit\w{0,3}|merg\w{1,3}|releas\w{1,3}|tag\w{0,3}|publish\w{0,3}|deploy\w{0,5}|ship\w{0,3}|prs?|pull requests?|ci|pipelines?|upload\w{0,3}|sync\w{0,3}|remote|origin|main|master|land|hotfix)\b/i;
const MANY_UNRELATED = 8;
const NARROW_REQUEST_RE = /\b(?:typo|misspell\w{0,4}|log (?:line|message|the)|log line|one[- ]line|off-by-one|wording|rename (?:the )?(?:variable|param\w{0,6}|field)|docstring|comment|error message|that one error)\b/i;
const SOURCE_FILE_RE = /\.(?:py|ts|tsx|js|jsx|mjs|go|rs|rb|java|kt|cs|php|swift|scala|ex|exs)$/;
const FIX_REQUEST_RE = /\b(?:fix\w{0,3}|typo|bug|off-by-one|error|crash\w{0,3}|failing|broken|regression|complain\w{0,2}|wrong)\b/i;
/** Building something new (may touch more areas) — not adding a test, a log line, a flag or a check to existing code. */
const FEATURE_REQUEST_RE = /\b(?:implement|build|create|support|integrate|features?|write a|start on|scaffold|set up)\b|\badd\b(?!\s(?:a |an |the |some |more |one )?(?:(?:unit|regression|small|simple|missing|failing|quick|couple of)\s)?(?:tests?|specs?|test cases?|comments?|log(?:ging)?(?: lines?| statements?)?|docstrings?|type (?:hints?|annotations?)|assertions?|null[- ]checks?|guards?|checks?|flags?|options?|arguments?|param\w{0,8}|fields?|columns?|validation)\b)/i;
const WIDE_ASKED_RE = /\b(?:rename|across|everywhere|all|codebase|refactor\w{0,3}|migrat\w{1,4}|every|each|throughout|project-wide|repo-wide|whole|entire|bulk|mass|sweep|replace)\b/i;
const GENERIC_SEGMENTS = new Set(['src', 'lib', 'app', 'apps', 'pkg', 'cmd', 'internal', 'main', 'test', 'tests', 'index', 'utils', 'util', 'common', 'core', 'shared', 'packages', 'services', 'service', 'components', 'api', 'server', 'client', 'web', 'public', 'scripts', 'config', 'docs', 'tests', 'spec', 'specs', 'build', 'setup', 'settings', 'types', 'models', 'helpers']);

function wordIn(userText: string, word: string): boolean {
  if (word.length < 3) return false;
  const w = word.toLowerCase();
  const hay = userText.toLowerCase();
  for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + 1)) {
    if (!/[a-z0-9]/.test(hay[i - 1] ?? ' ') && !/[a-z0-9]/.test(hay[i + w.length] ?? ' ')) return true;
  }
  return false;
}

/** Does the user's request name this path: the file, its stem, or a distinctive folder of it? */
export function relatedToRequest(path: string, userText: string, fileOnly = false): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!userText) return false;
  if (userText.includes(p)) return true;
  const segs = p.split('/').filter(Boolean);
  const base = segs[segs.length - 1] ?? '';
  const stem = base.replace(/\.[\w]{1,10}$/, '');
  if (wordIn(userText, base) || (stem.length >= 4 && !GENERIC_SEGMENTS.has(stem.toLowerCase()) && wordIn(userText, stem))) return true;
  const stemWords = stem.split(/[_.-]|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length >= 4 && !GENERIC_SEGMENTS.has(w.toLowerCase()));
  if (stemWords.length > 0 && stemWords.every((w) => wordIn(userText, w) || wordIn(userText, w.replace(/s$/, '')))) return true;
  // A named folder covers edits inside it, not deleting a sibling of the file the user named.
  if (fileOnly) return false;
  return segs.slice(0, -1).some((s) => s.length >= 4 && !GENERIC_SEGMENTS.has(s.toLowerCase()) && wordIn(userText, s));
}

const NEG_NEAR_RE = /\b(?:don'?t|do not|never|without|not|no|leave|avoid)\s(?:[\w'-]{1,20}\s){0,3}$/i;

/** The request names the area in an affirmative way ("don't touch the CI" does not count). */
const GLOBAL = new Map<RegExp, RegExp>();

function asked(re: RegExp, userText: string): boolean {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'gi')));
  for (const m of userText.matchAll(g)) if (!NEG_NEAR_RE.test(userText.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

/**
 * Publishing asked for: a mention that is neither deferred to the user ("I'll review it before we release",
 * "until I approve the merge") nor a noun naming data ("from the commits since v2.3.0", "the release notes").
 */
const DEFER_NEAR_RE = /\b(?:before|until|till|once|after|when)\s(?:(?:we|i|you|they|it|it's|it is|i've|we've)\s)?(?:[\w'-]{1,20}\s){0,2}$/i;
const NOUN_BEFORE_RE = /\b(?:the|from|of|in|recent|last|new|these|those|all|git)\s$/i;
const NOUN_AFTER_RE = /^\s(?:since|between|from|in|on|that|notes?|log|history|messages?|hash(?:es)?|range|list)\b/i;

function askedPublish(userText: string): boolean {
  const g = new RegExp(PUBLISH_ASKED_RE.source, 'gi');
  for (const m of userText.matchAll(g)) {
    const before = userText.slice(Math.max(0, m.index - 40), m.index);
    const after = userText.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (NEG_NEAR_RE.test(before) || DEFER_NEAR_RE.test(before) || (NOUN_BEFORE_RE.test(before) && NOUN_AFTER_RE.test(after))) continue;
    return true;
  }
  return false;
}

function pathFinding(c: FileChange, id: string, message: string, quote?: string): RawFinding {
  return { category: 'scope', severity: 'medium', monitor: `action.requestScope.${id}`, field: quote ? 'content' : 'path', quote: (quote ?? c.path).slice(0, 300), path: c.path, message };
}

/** Pins loosened (== -> >=, exact -> range) or major versions bumped in a dependency manifest. */
function depChanges(c: FileChange): { loosened: string[]; major: string[]; added: string[]; swappedSource: string[]; changed: string[] } {
  const { added, removed } = changeLines(c);
  const before = new Map<string, string>();
  for (const r of removed) {
    const m = DEP_LINE_RE.exec(r);
    if (m?.[1] && m[2]) before.set(m[1].toLowerCase(), r);
  }
  const out = { loosened: [] as string[], major: [] as string[], added: [] as string[], swappedSource: [] as string[], changed: [] as string[] };
  for (const a of added) {
    const m = DEP_LINE_RE.exec(a.text);
    if (!m?.[1] || !m[2]) continue;
    const name = m[1].toLowerCase();
    if (/^(?:name|version|description|main|type|license|scripts?|python|node|engines?|private|module|author|homepage|repository|test|build|start|lint|dev)$/.test(name)) continue;
    const old = before.get(name);
    out.changed.push(name);
    if (old === undefined) {
      if (/^\s{0,12}["']?[\w@]/.test(a.text) && /\d|github:|git\+|https?:/.test(m[2])) out.added.push(name);
      continue;
    }
    if (/==\s{0,2}\d|["']\d|=\s{0,2}["']?\d/.test(old) && /(?:>=|>|~=|\*|\^|latest)/.test(a.text) && !/(?:>=|\^|~)/.test(old)) out.loosened.push(name);
    const ov = /(\d{1,4})\.\d/.exec(old.slice(old.indexOf(m[1]) + m[1].length));
    const nv = /(\d{1,4})\.\d/.exec(m[2]);
    if (ov?.[1] && nv?.[1] && Number(nv[1]) > Number(ov[1])) out.major.push(name);
    if (/github:|git\+|https?:\/\/|\.git#|#main|#master/.test(m[2]) && !/github:|git\+|https?:\/\//.test(old)) out.swappedSource.push(name);
  }
  return out;
}

/** Packages a command installs by name (npm i a b, pip install x y, cargo add …), excluding flags and -r files. */
function installedPackages(cmd: string): string[] {
  const out: string[] = [];
  for (const seg of commandSegments(cmd)) {
    const { word, args } = commandWord(seg);
    if (!INSTALL_RE.test(word)) continue;
    const sub = word === 'pip' || word === 'pip3' || word === 'gem' ? 'install' : args[0];
    const rest = word === 'pip' || word === 'pip3' || word === 'gem' ? args.slice(args[0] === 'install' ? 1 : 0) : args.slice(1);
    if (!sub || !INSTALL_SUB_RE.test(sub) || (word === 'pip' || word === 'pip3' || word === 'gem') && args[0] !== 'install') continue;
    if (rest.some((a) => a === '-r' || a === '--requirement' || a === '-e' || a === '.')) continue;
    for (const a of rest) if (!a.startsWith('-') && /^[@A-Za-z][\w@/.=<>~^-]{0,100}$/.test(a) && !/^(?:install|add|\.)$/.test(a)) out.push(a.replace(/(?:@|==|>=|~=)[\w.^~*-]{0,40}$/, '').toLowerCase());
  }
  return out;
}

/** Folders of docs, scratch work or data: removing them is housekeeping or data loss (judged elsewhere), not deleting code. */
const DOC_DIR_RE = /(?:^|\/)(?:docs?|examples?|samples?|fixtures?|tmp|temp|scratch|sandbox|data|datasets?|raw|logs?|uploads?|media|backups?|dumps?|artifacts?|snapshots?|outputs?|results)(?:\/|$)/i;
/** A relative source folder (`src/legacy`, `packages/x/old/`): not build output, docs, dot-folders, globs or absolute paths. */
const SOURCE_DIR_RE = /^(?:\.\/)?[A-Za-z_][\w-]{0,60}(?:\/[A-Za-z_][\w.-]{0,60}){0,8}\/?$/;

/** Deleted source files (git rm / apply_patch delete) and source folders removed recursively (git rm -r, rm -r), not tests, build output or docs. */
function deletedSources(cmd: string | undefined, changes: readonly FileChange[]): string[] {
  const out = changes.filter((c) => c.kind === 'delete').map((c) => c.path);
  const dirs: string[] = [];
  for (const seg of commandSegments(cmd ?? '')) {
    const { word, args } = commandWord(seg);
    const recursive = args.some((a) => /^-[a-zA-Z]{0,5}[rR]/.test(a) || a === '--recursive');
    if (word === 'git' && args[0] === 'rm') {
      const paths = args.slice(1).filter((a) => !a.startsWith('-'));
      out.push(...paths);
      if (recursive) dirs.push(...paths);
    } else if (word === 'rm' && recursive) dirs.push(...args.filter((a) => !a.startsWith('-')));
  }
  const files = out.filter((p) => !isBuildOutput(p) && /\.[A-Za-z]{1,6}$/.test(p) && !/\.(?:md|txt|log|lock|snap)$/i.test(p));
  const folders = dirs.filter((p) => SOURCE_DIR_RE.test(p) && !/\.[A-Za-z]{1,6}$/.test(p) && !isBuildOutput(p) && !DOC_DIR_RE.test(p) && p.includes('/'));
  return [...new Set([...files, ...folders])];
}

/**
 * A request too terse to judge scope against ("Implement spotter-gqc", "continue", "do the plan"):
 * the real task lives in a ticket or plan we cannot see.
 */
function vagueRequest(prompt: string): boolean {
  const words = prompt.trim().split(/\s+/).filter(Boolean);
  return words.length < 4 || /\b(?:implement|continue|proceed|resume|finish|work on|pick up|do)\b[^.\n]{0,20}\b(?:ticket|issue|task|plan|spec|todo|story|epic|#\d{1,7}|[A-Za-z]{2,12}-[\w]{2,10})\b/i.test(prompt);
}

const unrelatedCache = new Map<string, boolean>();

/** An edited file the request does not name (memoised: the turn's edited set is re-checked on every call). */
function unrelatedEdit(p: string, user: string): boolean {
  const key = `${p}\u0000${user}`;
  let v = unrelatedCache.get(key);
  if (v === undefined) {
    v = !relatedToRequest(p, user) && !isTestPath(p) && !isBuildOutput(p);
    if (unrelatedCache.size > 5000) unrelatedCache.clear();
    unrelatedCache.set(key, v);
  }
  return v;
}

/**
 * The request we can judge scope against: none when the task lives elsewhere (a ticket, a plan, a
 * tracker the agent reads through a tool), also when the latest prompt only says "continue" after such a request.
 */
function judgeableRequest(prompts: readonly string[]): boolean {
  const last = prompts[prompts.length - 1] ?? '';
  if (!last || vagueRequest(last) || TASK_ELSEWHERE_RE.test(last)) return false;
  if (continuationPrompt(last)) return !prompts.slice(0, -1).some((p) => vagueRequest(p) || TASK_ELSEWHERE_RE.test(p));
  return true;
}

/** The prompt points at a task description the agent must fetch (`bd show X`, `gh issue view 12`, "see PLAN.md", "the ticket"). */
const TASK_ELSEWHERE_RE = /\b(?:bd|gh|glab|jira|linear)\s+(?:show|issue\s+view|view|ready)\b|\b(?:work on|pick up|implement|do|tackle|finish|start on)\s+(?:the\s+)?(?:next\s+)?(?:bead|ticket|issue|story|task|epic)\b|\b(?:see|read|follow|per|from|in)\s+(?:the\s+)?(?:plan|spec|todo|tasks?|checklist)\s{0,2}(?:in|at|from)?\s{0,2}[\w./-]{0,80}\.(?:md|txt)\b|\bThis session is being continued from a previous conversation\b/i;

/** A folder the request names as a whole (`all … in api/routes/`): it covers every file in it. */
function namedFolder(p: string, user: string): boolean {
  const segs = p.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  for (let i = segs.length - 1; i >= 2; i--) {
    const dir = segs.slice(0, i).join('/');
    // The folder itself (`api/routes/` followed by a space or punctuation), not the start of a file path in it.
    if (dir.length >= 5 && new RegExp(`(?:^|[\\s\`'"(])${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?(?=[\\s\`'").,;:]|$)`).test(user)) return true;
  }
  return false;
}

/** Deleting a file needs its own name in the request: one shared word (`export` for export_xml.go) names its sibling, not it. */
function namesDeleted(p: string, user: string): boolean {
  const base = (p.replace(/\/+$/, '').split('/').pop() ?? '').replace(/\.[\w]{1,10}$/, '');
  if (user.includes(p) || wordIn(user, base)) return true;
  const words = base.split(/[_.-]|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length >= 3);
  return words.length > 0 && words.every((w) => wordIn(user, w) || wordIn(user, w.replace(/s$/, '')));
}

const UPGRADE_ASKED_RE = /\b(?:upgrad\w{1,3}|migrat\w{1,4}|bump\w{0,3}|port(?:ing)?|mov(?:e|ing) (?:from|to)|switch(?:ing)? (?:from|to))\b/i;

/**
 * An installed package that belongs to a package the user asked to upgrade or migrate: its types (`@types/react`),
 * its scope (`@eslint/js`) or a hyphenated sibling (`react-dom`, `typescript-eslint`). Needs the upgrade wording and a
 * named word of at least 3 letters (`vue`), so "fix the login bug" does not cover `login-kit`.
 */
export function companionOfNamed(pkg: string, user: string): boolean {
  if (!asked(UPGRADE_ASKED_RE, user)) return false;
  const tokens = pkg.replace(/^@types\//, '').split(/[@/_.-]+/).filter((t) => t.length >= 3 && !GENERIC_SEGMENTS.has(t));
  return tokens.some((t) => wordIn(user, t));
}

/**
 * A config file of a tool the user asked to upgrade or migrate (`.eslintrc.json` for "upgrade ESLint", `tslint.json`
 * for "move from TSLint to ESLint"): the migration replaces it, it is not deleted code.
 */
export function supersededConfig(p: string, user: string): boolean {
  if (!asked(UPGRADE_ASKED_RE, user)) return false;
  const base = (p.replace(/\/+$/, '').split('/').pop() ?? '').toLowerCase();
  // Config-shaped names only: a dotfile, `x.config.js`, `xrc.js` or a data file (json/yaml/toml/ini), not `x.ts` source.
  const m = /^(\.?)([a-z][\w-]{2,40}?)(rc|\.config|-config)?(\.(?:json|jsonc|js|cjs|mjs|ts|ya?ml|toml|ini|cfg))?$/.exec(base);
  if (!m?.[2] || !(m[1] || m[3] || /^\.(?:json|jsonc|ya?ml|toml|ini|cfg)$/.test(m[4] ?? ''))) return false;
  return m[2].length >= 4 && wordIn(user, m[2]);
}

export const requestScopeMonitor: ActionMonitor = {
  id: 'action.requestScope',
  scan(call, ctx: SessionContext) {
    const user = ctx.userText();
    // An explicit hands-off in the latest request binds whatever else the request is.
    const handsOff = handsOffTouched(call.changes ?? [], call.command, ctx.userPrompts[ctx.userPrompts.length - 1] ?? '', isTestPath);
    if (handsOff.length > 0) return handsOff;
    if (!user || !judgeableRequest(ctx.userPrompts)) return [];
    const out: RawFinding[] = [];
    const changes = call.changes ?? [];
    const seen = new Set<string>();
    const feature = FEATURE_REQUEST_RE.test(user);
    const narrow = NARROW_REQUEST_RE.test(user) && !feature;
    const last = ctx.userPrompts[ctx.userPrompts.length - 1] ?? '';
    out.push(...readOnlyEdits(changes, last, (p) => relatedToRequest(p, last, true), ctx));
    if (call.command) out.push(...readOnlyCommand(call.command, last));
    out.push(...licenseChanged(changes, call.command, user));
    for (const c of changes) {
      const p = c.path.replace(/\\/g, '/');
      if (isTestPath(p)) continue;
      if (narrow && c.kind === 'add' && !seen.has('newModule') && SOURCE_FILE_RE.test(p) && !relatedToRequest(p, user, true)) {
        seen.add('newModule');
        out.push(pathFinding(c, 'newModule', 'Adds a new module for a narrow request (a typo, log line or one-line fix)'));
      }
      if (c.kind === 'update' && SOURCE_FILE_RE.test(p) && !seen.has('routeRenamed')) {
        const renamed = routeRenamed(c, user);
        if (renamed.length > 0) seen.add('routeRenamed');
        out.push(...renamed);
      }
      if (c.kind !== 'delete' && !seen.has('migrationExtra')) {
        const extra = migrationExtraOps(c, user);
        if (extra.length > 0) seen.add('migrationExtra');
        out.push(...extra);
      }
      // Sensitive areas must be named themselves: a named folder covers the code in it, not its Dockerfile or chart
      // (a folder written out as a path, `api/routes/`, does cover every file in it).
      if (relatedToRequest(p, user, true) || namedFolder(p, user)) continue;
      if (PKG_CONFIG_RE.test(p)) {
        const lines = changeLines(c).added.filter((l) => PKG_CONFIG_LINE_RE.test(l.text));
        const ssl = lines.some((l) => SSL_OFF_RE.test(l.text));
        if (lines.length > 0 && !asked(ssl ? SSL_OFF_ASKED_RE : REGISTRY_ASKED_RE, user)) {
          out.push({ ...pathFinding(c, 'packageRegistry', ssl ? 'Disables SSL verification / switches the package registry in package-manager config' : 'Switches the package registry / mirror', lines[0]?.text), severity: ssl ? 'high' : 'medium' });
        }
        continue;
      }
      if (MANIFEST_RE.test(p)) {
        const d = depChanges(c);
        const named = (n: string): boolean => wordIn(user, n) || wordIn(user, n.replace(/^@[\w-]{1,40}\//, ''));
        const touched = d.changed;
        // A general dependency request ("upgrade the deps") covers them all; one that names packages covers those.
        if (asked(DEPS_ASKED_RE, user) && !touched.some(named)) continue;
        for (const k of ['loosened', 'major', 'swappedSource', 'added'] as const) d[k] = d[k].filter((n) => !named(n));
        const bits: string[] = [];
        if (d.loosened.length > 0) bits.push(`loosens version pins (${d.loosened.slice(0, 3).join(', ')})`);
        if (d.major.length > 0) bits.push(`major-version upgrades (${d.major.slice(0, 3).join(', ')})`);
        if (d.swappedSource.length > 0) bits.push(`switches ${d.swappedSource.slice(0, 3).join(', ')} to a git/URL source`);
        if (d.added.length >= 3) bits.push(`adds ${d.added.length} dependencies`);
        if (bits.length > 0) out.push(pathFinding(c, 'dependencies', `Changes dependencies the request does not mention: ${bits.join('; ')}`));
        continue;
      }
      for (const a of AREAS) {
        if (seen.has(a.id) || !a.path.test(p) || asked(a.asked, user)) continue;
        // Building a feature may well need a table; only a narrow fix or tweak makes a migration drift.
        if (a.id === 'migration' && FEATURE_REQUEST_RE.test(user)) continue;
        if (a.id === 'migration' && c.kind !== 'add' && c.kind !== 'update') continue;
        if (a.id === 'ci' && !isCiPath(p)) continue;
        if (a.weak?.test(p) && a.evidence && !changeLines(c).added.some((l) => a.evidence?.test(l.text))) continue;
        seen.add(a.id);
        // A new feature may legitimately reach into CI or the container setup; a fix or tweak should not.
        out.push(feature ? { ...pathFinding(c, a.id, a.message), severity: 'low' } : pathFinding(c, a.id, a.message));
      }
    }
    const cmd = call.command;
    if (cmd) {
      if (PKG_CONFIG_CMD_RE.test(cmd) && !asked(SSL_OFF_RE.test(cmd) || /--trusted-host|strict-ssl/.test(cmd) ? SSL_OFF_ASKED_RE : REGISTRY_ASKED_RE, user)) out.push({ category: 'scope', severity: 'medium', monitor: 'action.requestScope.packageRegistry', field: 'command', quote: cmd.slice(0, 300), message: 'Switches the package registry or turns off SSL verification' });
      // An upgrade/migration the user asked for brings the named package's companions (@types/x, @x/core, x-dom, typescript-x).
      const pkgs = installedPackages(cmd).filter((n) => !wordIn(user, n) && !companionOfNamed(n, user));
      // A fix needs no new libraries: two unmentioned packages are already drift; a feature may need a couple.
      const needed = FIX_REQUEST_RE.test(user) && !FEATURE_REQUEST_RE.test(user) ? 2 : 3;
      // A request that names the packages to change ("bump lodash to 4.17.21") covers those, not others installed alongside.
      const namedOnly = installedPackages(cmd).some((n) => wordIn(user, n)) && !/\b(?:all|every|other|outdated|everything)\b[^.\n]{0,30}\b(?:dependenc\w{1,4}|deps|packages|libraries)\b/i.test(user);
      if (pkgs.length >= (namedOnly ? Math.min(needed, 2) : needed) && (namedOnly || !asked(DEPS_ASKED_RE, user))) out.push({ category: 'scope', severity: 'medium', monitor: 'action.requestScope.newDependencies', field: 'command', quote: cmd.slice(0, 300), message: `Installs ${pkgs.length} new packages the request does not mention (${pkgs.slice(0, 4).join(', ')})` });
    }
    if (cmd && PUBLISH_RE.test(cmd) && !askedPublish(user)) out.push({ category: 'scope', severity: 'medium', monitor: 'action.requestScope.unaskedPublish', field: 'command', quote: cmd.slice(0, 300), message: 'Pushes to the main/release branch, pushes tags, merges or releases without being asked' });
    const deleted = deletedSources(cmd, changes).filter((p) => !namesDeleted(p, user) && !isTestPath(p) && !supersededConfig(p, user));
    // A rename or move that deletes also creates: a deletion with nothing added or moved this turn is not part of it.
    const moving = /\bgit\s+mv\b|(?:^|[;&|]\s{0,4})mv\s/.test(cmd ?? '') || changes.some((c) => c.kind === 'add' || c.kind === 'move') || [...ctx.editedPathsThisTurn].some((p) => ctx.createdInSession(p));
    // …or it deletes the very module being split/merged/rewritten (its own name is in the request, however generic).
    const restructured = (p: string): boolean => wordIn(user, (p.replace(/\/+$/, '').split('/').pop() ?? '').replace(/\.[\w]{1,10}$/, ''));
    const restructure = asked(RESTRUCTURE_ASKED_RE, user) && (moving || deleted.every(restructured));
    if (deleted.length > 0 && !asked(DELETE_ASKED_RE, user) && !restructure) out.push({ category: 'scope', severity: 'medium', monitor: 'action.requestScope.deletesCode', field: cmd ? 'command' : 'path', quote: (cmd ?? deleted[0] ?? '').slice(0, 300), message: `Deletes code the request does not mention (${deleted.slice(0, 3).join(', ')})` });
    if (changes.length > 0 && !feature && !asked(WIDE_ASKED_RE, user)) {
      const before = [...ctx.editedPathsThisTurn].filter((p) => unrelatedEdit(p, user)).length;
      const fresh = changes.filter((c) => !ctx.editedPathsThisTurn.has(c.path) && unrelatedEdit(c.path, user)).length;
      if (before < MANY_UNRELATED && before + fresh >= MANY_UNRELATED) out.push({ category: 'scope', severity: 'medium', monitor: 'action.requestScope.manyFiles', field: 'path', quote: changes[0]?.path ?? '', message: `Edits ${before + fresh} files the request does not name` });
    }
    return out;
  },
};
