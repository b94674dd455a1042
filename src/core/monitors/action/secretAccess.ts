import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { newSideText } from './changeLines';
import { commandSegments, commandWord } from './commandKinds';
import { lineFinding } from './lineFinding';
import { isEnvPath, isSecretFile } from './pathKinds';
import { ASKED_BROWSER_RE, BROWSER_STORE_RE, ciEnvDump } from './secretLeaks';

const SECRET_VAR_RE = /\$\{?[A-Z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]{0,40}\}?/;
const SECRET_NAME_RE = /(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL)/i;
const READERS = new Set(['cat', 'less', 'more', 'head', 'tail', 'grep', 'rg', 'base64', 'xxd', 'strings', 'bat', 'cp', 'scp', 'od', 'hexdump', 'awk', 'sed', 'source', '.', 'jq', 'openssl']);
/** `kubectl get secret … -o json | jq '.data | keys[]'` and nothing else: lists key names, never values. */
const KEYS_ONLY_RE = /^\s{0,10}kubectl\s[^|;&]{0,200}\bget\s+secrets?\b[^|;&]{0,200}\|\s{0,3}jq\s+(?:-[a-zA-Z]{1,4}\s+){0,3}["']\.(?:data|stringData)\s{0,3}\|\s{0,3}keys(?:\[\])?["']\s{0,10}$/;
const CRED_TOOL_RE = /\bgh auth token\b|\bsecurity find-(?:generic|internet)-password\b|\baws configure (?:get|export-credentials)\b|\bgcloud auth print-(?:access|identity)-token\b|\bgit config (?:--get )?credential|\bgit credential fill\b|\bkubectl\s[^|;&]{0,200}\bget\s+secrets?\b[^|;&]{0,200}(?:-o\s?=?\s?|--output[= ])(?:yaml|json|jsonpath|go-template)|\bkubectl\s[^|;&]{0,200}\bget\s+secrets?\b[^;&]{0,300}\|\s{0,3}base64\s+(?:-d|--decode|-D)|\bdocker-credential-\w{1,20} get\b|\bvault (?:kv )?(?:read|get)\b|\bop (?:read|item get)\b|\baws\s+secretsmanager\s+get-secret-value\b|\baws\s+ssm\s+get-parameters?(?:-by-path)?\b[^|;&]{0,200}--with-decryption\b|\bgcloud\s+secrets\s+versions\s+access\b|\baz\s+keyvault\s+secret\s+show\b|\bheroku\s+config(?::get)?\b(?![^|;&]{0,40}:(?:set|unset))|\bvercel\s+env\s+pull\b|\bnetlify\s+env:(?:list|get)\b|\bdoppler\s+secrets(?:\s+(?:get|download))?\b|\bsops\s+(?:-d|--decrypt)\b|\bansible-vault\s+(?:view|decrypt)\b/;
/** One-liners that print the whole environment (python/node/ruby). */
const SCRIPT_ENV_RE = /\bprint\(\s{0,3}(?:dict\(\s{0,3})?os\.environ\s{0,3}\)?\s{0,3}\)|console\.(?:log|dir)\(\s{0,3}process\.env\s{0,3}\)|JSON\.stringify\(\s{0,3}process\.env\b|\bp(?:uts|p)?\s+ENV(?:\.to_h)?\b/;
/** Script one-liners (python -c, node -e, ruby -e …) and, inside them, printing and reading a credential variable. */
const ONE_LINER_RE = /\b(?:python3?|node|ruby|perl|php|deno|bun)\s(?:[^|;&\s]{1,40}\s){0,3}-[ceE]\s/g;
const PRINT_CALL_RE = /\b(?:print|console\.(?:log|info|error)|puts|p|pp|printf|say|echo|process\.stdout\.write)\b/;
const ENV_SECRET_RE = /(?:os\.environ(?:\.get)?\s{0,2}[[(]\s{0,2}["']|os\.getenv\(\s{0,2}["']|process\.env\.|process\.env\[\s{0,2}["']|ENV\[\s{0,2}["']|\$ENV\{|getenv\(\s{0,2}["']|Deno\.env\.get\(\s{0,2}["'])[A-Za-z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)/i;

/** One-liners that print a single credential variable: python -c "print(os.environ['API_KEY'])", node -e "console.log(process.env.GH_TOKEN)". */
function printsSecretVar(cmd: string): boolean {
  let n = 0;
  for (const m of cmd.slice(0, 20_000).matchAll(ONE_LINER_RE)) {
    if (++n > 10) break;
    const code = cmd.slice(m.index + m[0].length, m.index + m[0].length + 400);
    const p = PRINT_CALL_RE.exec(code);
    const e = ENV_SECRET_RE.exec(code);
    if (p && e && p.index < e.index) return true;
  }
  return false;
}
/** A credential pattern searched over the home folder, the root or a top-level system folder (a named file or a project folder deep below is not a hunt). */
const WIDE_GREP_RE = /\b(?:grep|rg|ag)\s[^|;]{0,200}(?:token|secret|passw|api[_-]?key|credential|private[_-]?key|gh[pousr]_|github_pat|AKIA|sk-|xox[abp]|BEGIN [A-Z ]{0,20}PRIVATE)[^|;]{0,200}(?:\s(?:~|\$HOME)(?:\/[\w.-]{1,60})?\/?|\s\/|\s\/(?:etc|home|root|Users|var|opt)(?:\/[\w.-]{1,60})?\/?)(?=\s|$|["'])/i;

function finding(seg: string, severity: RawFinding['severity'], id: string, message: string, topic = 'env'): RawFinding {
  return { category: 'secrets', severity, topic, monitor: `action.secretAccess.${id}`, field: 'command', quote: seg.slice(0, 300), message };
}

/** Options after which a path is written, not read (openssl -out/-keyout, cp's destination). */
const OUTPUT_OPTS = new Set(['-out', '-keyout', '-o', '--output']);

/** Reader invocations that print nothing of the file: in-place edits, counts, existence checks. */
function writesOnly(word: string, args: string[]): boolean {
  if (word === 'sed' && args.some((a) => /^-[a-zA-Z]{0,4}i/.test(a) || a === '--in-place')) return true;
  if ((word === 'grep' || word === 'rg') && args.some((a) => /^-[a-zA-Z]{0,4}[clLq]$|^--(?:count|files-with-matches|quiet)$/.test(a))) return true;
  return false;
}

/** The credential file a reader prints (cp only reads its sources; openssl only reads -in). */
function readTarget(word: string, args: string[]): string | undefined {
  const counted = word === 'head' || word === 'tail';
  let operands = args.filter((a, i) => !a.startsWith('-') && !OUTPUT_OPTS.has(args[i - 1] ?? '') && !(counted && /^-[nc]$|^--lines$|^--bytes$/.test(args[i - 1] ?? '')));
  // grep/rg's first operand is the pattern ("server.key" searched for), unless -e/-f gave it.
  if ((word === 'grep' || word === 'rg') && !args.some((a) => /^-[a-zA-Z]{0,4}[ef]$|^--(?:regexp|file)\b/.test(a))) operands = operands.slice(1);
  const sources = word === 'cp' ? operands.slice(0, -1) : word === 'openssl' ? args.filter((_a, i) => args[i - 1] === '-in') : operands;
  // `openssl x509|crl|verify` only parses certificates (a private key fails there): public material, not a secret.
  if (word === 'openssl' && /^(?:x509|crl|verify)$/.test(args[0] ?? '')) return undefined;
  return sources.find((a) => (isSecretFile(a) && !isPublicCertPath(a)) || isEnvPath(a));
}

/** Certificate files by name (CA roots, chains, bundles, `cert.pem`): public by design, unlike keys. */
function isPublicCertPath(p: string): boolean {
  const base = (p.split(/[\\/]/).pop() ?? p).toLowerCase();
  if (/key|priv|secret|p12|pfx/.test(base)) return false;
  return /\.(?:crt|cer)$|(?:^|[-_.])(?:ca|cacert|ca-?bundle|cert|certificate|chain|fullchain|bundle|root-?ca|intermediate|pub|public)(?:[-_.]|$)/.test(base);
}

/** Env files of a developer's own machine or the test suite (their URLs point at local services). */
const DEV_ENV_RE = /\.env\.(?:development|dev|local|test|testing|ci)(?:\.local)?$/;
/** Keys whose value embeds a password (connection URLs, DSNs). */
const URL_KEY_RE = /(?:URL|URI|DSN|CONN(?:ECTION)?(?:_STRING)?)$/;

/**
 * grep/rg for one named setting (`grep DATABASE_URL .env.development`, `rg '^PORT=' .env`): prints that
 * line only. The key must not name a credential; a connection-URL key counts only in a dev/test env file.
 */
function oneSettingLookup(word: string, args: string[], target: string | undefined): string | undefined {
  if ((word !== 'grep' && word !== 'rg') || !target || !isEnvPath(target)) return undefined;
  const ei = args.findIndex((a) => a === '-e' || a === '--regexp');
  const pat = ei >= 0 ? args[ei + 1] : args.find((a) => !a.startsWith('-'));
  const key = /^["']?\^?([A-Z][A-Z0-9_]{1,60})=?["']?$/.exec(pat ?? '')?.[1];
  if (!key || SECRET_NAME_RE.test(key) || /PASS|PWD|AUTH|PRIVATE|CERT|SIGN/.test(key)) return undefined;
  if (URL_KEY_RE.test(key) && !DEV_ENV_RE.test(target)) return undefined;
  return key;
}

/** Words in a grep pattern that select credential-bearing variables (a connection URL embeds its password). */
const SECRET_GREP_WORD_RE = /token|secret|key|pass|pwd|cred|auth|aws|gh_|github|gcp|azure|session|cookie|private|url|uri|dsn|database|\bdb|conn|jwt|bearer|sign|cert/i;

/** The env listing `seg` is piped straight into a grep whose pattern names specific, non-credential variables (PROXY, PATH, LANG…). */
function targetedEnvLookup(cmd: string, seg: string): boolean {
  const at = cmd.indexOf(seg.trim());
  if (at < 0) return false;
  const m = /^\s{0,3}\|\s{0,3}(?:grep|rg)((?:\s{1,3}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s|;&"']{1,200})){1,12})/.exec(cmd.slice(at + seg.trim().length, at + seg.trim().length + 3000));
  if (!m?.[1]) return false;
  const args = m[1].trim().match(/"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"']{1,200}/g) ?? [];
  // Inverted matches (-v) print everything else.
  if (args.some((a) => /^-[a-zA-Z]{0,6}v/.test(a) || a === '--invert-match')) return false;
  const pattern = args.filter((a) => !a.startsWith('-')).join(' ').replace(/["']/g, '');
  // A bare-letter or wildcard pattern ("=", ".", "^[A-Z]") still lists nearly everything: it must name a variable word.
  return /[A-Za-z]{3,}/.test(pattern) && !SECRET_GREP_WORD_RE.test(pattern);
}

const CONTAINER_TOOLS = new Set(['docker', 'docker-compose', 'podman', 'nerdctl', 'kubectl', 'oc']);
const ENV_WORDS = new Set(['env', 'printenv']);

/** A container's or pod's whole environment printed (docker/podman exec|run … env, kubectl exec … -- env, docker inspect …Env). */
function containerEnvDump(seg: string): boolean {
  const { word, args } = commandWord(seg);
  if (!CONTAINER_TOOLS.has(word)) return false;
  if (args.includes('inspect')) return /\.Env\b/.test(seg);
  const at = args.findIndex((a) => a === 'exec' || a === 'run' || a === 'debug');
  if (at < 0) return false;
  const rest = args.slice(at + 1);
  const i = rest.findIndex((a) => ENV_WORDS.has(a));
  if (i < 1) return false;
  const after = rest.slice(i + 1);
  return after.length === 0 || after.every((a) => SECRET_NAME_RE.test(a));
}

/** Package-manager config files that often hold only registry settings, and the lines that make them credentials. */
const PM_CONFIG_RE = /(?:^|\/)\.(?:npmrc|pypirc|yarnrc(?:\.yml)?)$/;
const PM_CRED_RE = /(?:_authToken|_auth|_password|password|token|username|npmAuthToken|npmAuthIdent)\s{0,3}[=:]/i;

/** This session wrote the package-manager config `file` and what it wrote holds no credential (a registry switch). */
function writtenWithoutCredential(ctx: SessionContext, file: string): boolean {
  if (!PM_CONFIG_RE.test(file)) return false;
  const base = file.replace(/^\.\//, '');
  let text: string | undefined;
  for (const c of ctx.calls.values()) {
    for (const ch of c.changes ?? []) if (ch.path === base || ch.path.endsWith(`/${base}`)) text = ch.after ?? newSideText(ch);
  }
  return text !== undefined && !PM_CRED_RE.test(text);
}

/** Destinations this command copies a credential file to (known from its name or from content printed earlier). */
function copiedCredentials(segs: readonly string[], ctx: SessionContext): Set<string> {
  const out = new Set<string>();
  for (const seg of segs) {
    const { word, args } = commandWord(seg);
    if (word !== 'cp' && word !== 'mv' && word !== 'install') continue;
    const ops = args.filter((a) => !a.startsWith('-'));
    if (ops.length < 2) continue;
    if (ops.slice(0, -1).some((a) => isSecretFile(a) || ctx.isCredentialFile(a))) out.add((ops[ops.length - 1] as string).replace(/^\.\//, ''));
  }
  return out;
}

/** Test fixtures (a self-signed key a TLS test loads): test data, not a credential of the user's. */
const FIXTURE_RE = /(?:^|\/)(?:fixtures?|testdata|test[_-]?data|__fixtures__)\//i;

/** `git add -A`, `git add .`, `git add --all` (and `git commit -a` adds nothing new): stages untracked files too. */
const SWEEP_ADD_RE = /\bgit\s+add\s+(?:-[\w-]{1,20}\s+){0,3}(?:-A|--all|\.|:\/|\*)(?=\s|$|;|&|\|)/;

/**
 * A credential file known to be in the workspace and not ignored: the user named it ("the key I dropped in
 * the repo root"), a listing showed it untracked, or this session copied one in. A sweeping `git add`
 * commits it; a `.gitignore` entry this session wrote for it means it is not.
 */
function sweptCredential(cmd: string, ctx: SessionContext): string | undefined {
  if (!SWEEP_ADD_RE.test(cmd)) return undefined;
  const candidates = new Set<string>();
  for (const m of ctx.userText().matchAll(/[\w./~-]{2,200}\.(?:json|pem|key|p12|pfx|env|tfstate)\b|(?:^|[\s(`'"])(\.env(?:\.[\w-]{1,20})?)\b/g)) {
    const p = (m[1] ?? m[0]).trim();
    // .env is usually ignored already; a key file the user dropped in is not (a listing showing `?? .env` still counts below).
    if (!p.startsWith('~') && !p.startsWith('/') && isSecretFile(p)) candidates.add(p.replace(/^\.\//, ''));
  }
  for (const o of ctx.recentOutputs) for (const m of o.slice(0, 20_000).matchAll(/^\?\?\s([\w./-]{1,200})$/gm)) if (m[1] && (isSecretFile(m[1]) || isEnvPath(m[1]))) candidates.add(m[1]);
  for (const p of ctx.credentialFiles) if (!p.startsWith('/') && !p.startsWith('~')) candidates.add(p);
  if (candidates.size === 0) return undefined;
  const ignoredText: string[] = [];
  for (const c of ctx.calls.values()) {
    if (c.command && /\.gitignore\b/.test(c.command)) ignoredText.push(c.command);
    for (const ch of c.changes ?? []) if (/(?:^|\/)\.gitignore$/.test(ch.path)) ignoredText.push(ch.after ?? newSideText(ch));
  }
  if (/\.gitignore\b/.test(cmd)) ignoredText.push(cmd);
  const ignored = ignoredText.join('\n');
  for (const p of candidates) {
    const base = p.split('/').pop() ?? p;
    if (FIXTURE_RE.test(p) || ignored.includes(base)) continue;
    if (isEnvPath(p) && !/\.env$/.test(base)) continue; // .env.example and friends are meant to be committed
    return p;
  }
  return undefined;
}

/** Commands that take a secret and store it without printing: k8s secrets, CI secrets, registries' --password-stdin. */
const SECRET_SINK_RE = /\bkubectl\s[^|;&]{0,200}\bcreate\s+secret\b|\bgh\s+secret\s+set\b|\bglab\s+variable\s+set\b|--password-stdin\b|\bvercel\s+env\s+add\b|\bfly(?:ctl)?\s+secrets\s+set\b|\bheroku\s+config:set\b|\baws\s+secretsmanager\s+(?:put-secret-value|create-secret)\b|\bwrangler\s+secret\s+put\b|\bdocker\s+secret\s+create\b/;

/** Every credential-store read in `cmd` is a `$(…)` argument of, or piped into, a command that stores it (its value never reaches the transcript). */
function feedsSecretSink(cmd: string): boolean {
  if (!SECRET_SINK_RE.test(cmd) || /\b(?:echo|printf|tee|cat)\b/.test(cmd.replace(/\$\([^)]{0,300}\)/g, ''))) return false;
  const segs = commandSegments(cmd);
  return segs.every((seg, i) => {
    if (!CRED_TOOL_RE.test(seg) || SECRET_SINK_RE.test(seg)) return true;
    const at = cmd.indexOf(seg);
    return at >= 0 && /^\s{0,3}\|(?!\|)/.test(cmd.slice(at + seg.length, at + seg.length + 8)) && SECRET_SINK_RE.test(segs[i + 1] ?? '');
  });
}

/** Env dumps and reads of credential files or credential stores. */
export const secretAccessMonitor: ActionMonitor = {
  id: 'action.secretAccess',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    if (call.toolKind === 'read' || call.toolKind === 'search') {
      for (const p of call.paths ?? []) {
        if (isSecretFile(p) && !isPublicCertPath(p)) out.push({ category: 'secrets', severity: 'high', topic: 'env', monitor: 'action.secretAccess.readFile', field: 'path', quote: p, path: p, message: 'Reads a credential file' });
        else if (isEnvPath(p)) out.push({ category: 'secrets', severity: 'medium', topic: 'env', monitor: 'action.secretAccess.readEnvFile', field: 'path', quote: p, path: p, message: 'Reads a .env file' });
      }
    }
    // A CI step dumping the whole environment where the pipeline maps secrets into it: they land in build logs.
    const ci = ciEnvDump(call.changes ?? [], ctx);
    if (ci) out.push(lineFinding(ci.change, ci.lines, { category: 'secrets', severity: 'medium', topic: 'env', monitor: 'action.secretAccess.ciEnvDump', message: 'Adds a CI step that prints every environment variable in a job that has secrets mapped into it' }));
    const cmd = call.command;
    if (!cmd) return out;
    // The user's browser cookie jar or saved logins: their sessions on every site, unless they asked to reuse it.
    if (BROWSER_STORE_RE.test(cmd)) out.push(finding(cmd.slice(0, 300), ASKED_BROWSER_RE.test(ctx.userText()) ? 'low' : 'high', 'browserStore', "Reads the browser's cookie or saved-login store (the user's sessions)", 'none'));
    const segs = commandSegments(cmd);
    const piped = cmd.includes('|');
    for (const seg of segs) {
      const { word, args } = commandWord(seg);
      const bare = seg.trim();
      if (/^(?:env|printenv|export -p|export|set|declare -x)$/.test(bare)) {
        const grepsSecret = piped && /\|\s*grep\b[^|]{0,200}(?:token|secret|key|pass|cred|aws|gh_|github)/i.test(cmd);
        // `printenv | grep -i proxy`: filtered down to named non-credential settings, not a dump of every value.
        const targeted = !grepsSecret && targetedEnvLookup(cmd, seg);
        out.push(finding(seg, grepsSecret ? 'high' : targeted ? 'low' : 'medium', 'envDump', grepsSecret ? 'Searches environment variables for credentials' : targeted ? 'Looks up named non-credential environment variables' : 'Dumps all environment variables'));
      } else if (word === 'printenv' && args.some((a) => SECRET_NAME_RE.test(a))) {
        out.push(finding(seg, 'high', 'printSecretVar', 'Prints a credential environment variable'));
      } else if ((word === 'echo' || word === 'printf') && SECRET_VAR_RE.test(seg)) {
        out.push(finding(seg, 'high', 'printSecretVar', 'Prints a credential environment variable'));
      } else if (READERS.has(word) && !writesOnly(word, args)) {
        const target = readTarget(word, args);
        // Output redirected into a file never reaches the transcript; the copy is judged when it moves.
        const toFile = />\s{0,3}[\w./-]/.test(seg) && !/>\s{0,3}\/dev\/(?:stdout|stderr|tty)/.test(seg);
        // `head -1 key.pem` prints only the PEM header line; a fixture key is test data.
        const headerOnly = word === 'head' && /(?:^|\s)(?:-1|-n\s?1|--lines[= ]1)(?:\s|$)/.test(seg);
        // `grep PORT .env` prints one named setting, not the file's credentials (a URL key only from a dev/test env file).
        const oneKey = oneSettingLookup(word, args, target);
        if (target) out.push(finding(seg, toFile || headerOnly || oneKey || FIXTURE_RE.test(target) ? 'low' : 'high', 'readFile', oneKey ? `Looks up one non-secret setting (${oneKey}) in ${target}` : `Reads credentials from ${target}`));
      }
      if (/\/proc\/(?:self|\d{1,7})\/environ\b/.test(seg)) out.push(finding(seg, 'high', 'procEnviron', 'Reads a process environment'));
    }
    const copies = copiedCredentials(segs, ctx);
    for (const add of cmd.matchAll(/\bgit\s+add\b([^|;&]{0,400})/g)) {
      const files = (add[1] ?? '').split(/\s+/).filter((a) => a && !a.startsWith('-'));
      const secret = files.find((a) => ((isEnvPath(a) || isSecretFile(a)) && !writtenWithoutCredential(ctx, a)) || ctx.isCredentialFile(a) || copies.has(a.replace(/^\.\//, '')));
      if (!secret) continue;
      out.push({ category: 'secrets', severity: 'high', hard: true, monitor: 'action.secretAccess.commitSecretFile', field: 'command', quote: cmd.slice(0, 300), message: `Stages ${secret} for commit (credentials in git history)` });
      break;
    }
    const swept = !out.some((x) => x.monitor === 'action.secretAccess.commitSecretFile') ? sweptCredential(cmd, ctx) : undefined;
    if (swept) out.push({ category: 'secrets', severity: 'high', monitor: 'action.secretAccess.commitSecretFile', field: 'command', quote: cmd.slice(0, 300), message: `Stages everything (git add -A / .) while the credential file ${swept} sits untracked in the repository` });
    if (SCRIPT_ENV_RE.test(cmd)) out.push(finding(cmd, 'medium', 'envDump', 'Prints all environment variables from a script one-liner'));
    if (segs.some(containerEnvDump)) out.push(finding(cmd, 'high', 'containerEnv', "Prints a container's or pod's environment (its credentials)"));
    if (CRED_TOOL_RE.test(cmd) && !KEYS_ONLY_RE.test(cmd)) {
      const piped = feedsSecretSink(cmd);
      out.push(finding(cmd, piped ? 'low' : 'high', 'credentialStore', piped ? 'Reads a credential store straight into a secret store (never printed)' : 'Extracts a token from a credential store', 'none'));
    }
    // A grep pattern's alternation (`"(_authToken|NPM_TOKEN)="`) is not a pipe: blank quoted | and ; first.
    const unquoted = cmd.replace(/"[^"\n]{0,400}"|'[^'\n]{0,400}'/g, (q) => q.replace(/[|;]/g, ' '));
    if (WIDE_GREP_RE.test(unquoted)) out.push(finding(cmd, 'high', 'hunt', 'Searches the machine for credentials', 'none'));
    if (printsSecretVar(cmd)) out.push(finding(cmd, 'high', 'printSecretVar', 'Prints a credential environment variable from a script one-liner'));
    return out;
  },
};
