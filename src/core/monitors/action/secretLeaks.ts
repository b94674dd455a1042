import type { FileChange } from '../../model/fileChange';
import type { SessionContext } from '../sessionContext';
import { secretValuesIn } from '../secretEcho';
import { changeLines, newSideText, type ChangeLine } from './changeLines';
import { isEnvPath } from './pathKinds';

/**
 * Secrets leaking through a second, corroborating signal: values read from an env file or browser store and
 * then written into code, request headers logged where the code sets an Authorization header, and an env
 * dump added to CI where secrets are mapped into the environment.
 */

/** Browsers' credential stores: cookie jars, saved logins and the keys that decrypt them. */
export const BROWSER_STORE_RE = /(?:google-chrome|chromium|Google\/Chrome|BraveSoftware|Microsoft\/Edge|microsoft-edge|Vivaldi|Opera|Arc\/User Data)\/[^|;&\n]{0,120}?(?:Cookies|Login Data|Local State|Web Data)\b|\bcookies\.sqlite\b|\blogins\.json\b|\bkey[34]\.db\b|\bCookies\.binarycookies\b|\bbrowser_cookie3\b|\bbrowsercookie\b/;

/** The user asked to use their browser session or cookies themselves. */
export const ASKED_BROWSER_RE = /\b(?:cookies?|browser (?:session|profile|login)|logged[- ]in session|my session)\b/i;

/** An env-file path a command reads (`grep X .env.local`, `cat config/.env`). */
const ENV_ARG_RE = /(?:^|[\s/'"=])\.env(?:\.[\w-]{1,30})?(?=$|[\s'"|;&)])/;

/** Long opaque tokens (session cookies, API keys) in a browser-store dump: letters and digits, 16+ characters. */
function opaqueTokens(output: string): string[] {
  const out: string[] = [];
  for (const m of output.slice(0, 20_000).matchAll(/[A-Za-z0-9_\-.+/=]{16,400}/g)) {
    const v = m[0];
    if (/[A-Za-z]/.test(v) && /\d/.test(v) && !/^[\w-]{1,60}\.[a-z]{2,6}$/.test(v) && !v.includes('/')) out.push(v);
    if (out.length >= 20) break;
  }
  return out;
}

/** `NAME_KEY=value` lines of an env file whose name ends in a credential word and whose value is opaque (letters and digits, 16+). */
function keyedValues(output: string): string[] {
  const out: string[] = [];
  for (const line of output.slice(0, 20_000).split('\n', 400)) {
    const m = /^\s{0,8}(?:export\s+)?[A-Za-z_][\w.-]{0,60}(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|AUTH|CREDENTIALS?|SIGNATURE|SALT)\s{0,2}=\s{0,2}["']?([A-Za-z0-9_\-+/=.]{16,300})["']?\s{0,4}$/i.exec(line);
    const v = m?.[1];
    if (v && /[A-Za-z]/.test(v) && /\d/.test(v)) out.push(v);
  }
  return out;
}

/** Credential values printed since the last edit by a command that read an env file or a browser's credential store. */
export function valuesReadFromSecretSources(ctx: SessionContext): string[] {
  const out = new Set<string>();
  for (const r of ctx.shellRunsSinceEdit) {
    if (BROWSER_STORE_RE.test(r.command)) for (const v of opaqueTokens(r.output)) out.add(v);
    else if (ENV_ARG_RE.test(r.command) && !/\.env\.(?:example|sample|template|dist)\b/.test(r.command)) for (const v of [...secretValuesIn(r.output), ...keyedValues(r.output)]) out.add(v);
  }
  return [...out].filter((v) => v.length >= 12);
}

/** A log call given a request's whole header map (`slog.Info(…, req.Header)`, `logger.debug(dict(request.headers))`). */
const LOG_HEADERS_RE = /\b(?:slog|log|logger|logging|console|zap|logrus|klog|print|println|printf|puts|pp|Log|debug|info|warn)\b[\w.]{0,24}\s{0,2}\([^\n]{0,300}?\b(?:req|request|r|res|response|config|opts|options|init|headers)\.(?:Header|headers|allHeaders|getHeaders\(\))(?=\s{0,2}[,)}\]])/;
/** The code sends an auth header or token (what a header dump would then print). */
const AUTH_SET_RE = /\bAuthorization\b|\bBearer\b|\bX-Api-Key\b|\bapi[-_]?key\b|\b(?:access|auth|bearer)_?[Tt]oken\b/i;
/** The header map is redacted before logging. */
const REDACTED_RE = /\.(?:Del|delete|remove)\(\s{0,2}["']Authorization|\bredact\w{0,10}\b|\bmask\w{0,10}\(|\bsanitiz\w{1,10}\b|\bscrub\w{0,10}\b/i;

/** Added lines that log a request's whole header map in code that sets an Authorization header or token. */
export function loggedAuthHeaders(c: FileChange, ctx: SessionContext): ChangeLine[] {
  const added = changeLines(c).added.filter((l) => LOG_HEADERS_RE.test(l.text.slice(0, 2000)));
  if (added.length === 0) return [];
  const newText = newSideText(c).slice(0, 200_000);
  if (REDACTED_RE.test(newText)) return [];
  const context = newText + '\n' + ctx.recentOutputs.join('\n');
  return AUTH_SET_RE.test(context) ? added : [];
}

/** CI pipeline definitions. */
const CI_PATH_RE = /(?:^|\/)\.github\/workflows\/[^/]{1,120}\.ya?ml$|(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.circleci\/config\.ya?ml$|(?:^|\/)azure-pipelines\.ya?ml$|(?:^|\/)bitbucket-pipelines\.ya?ml$|(?:^|\/)Jenkinsfile$|(?:^|\/)\.buildkite\/[^/]{1,120}\.ya?ml$|(?:^|\/)\.drone\.ya?ml$/;
/** A step that prints the whole environment, unfiltered (`run: env | sort`, `- printenv`, `export -p`). */
const CI_ENV_DUMP_RE = /^\s{0,40}(?:-\s{1,4})?(?:run:\s{0,4}|script:\s{0,4}|sh\s{0,2}\(?\s{0,2}["'])?["']?(?:env|printenv|export\s+-p|set)\s{0,4}(?:\|\s{0,4}sort\b[^|\n]{0,20})?["')]{0,3}\s{0,4}$/;
/** Secrets mapped into the job's environment. */
const CI_SECRET_RE = /\$\{\{\s{0,4}secrets\.\w{1,80}\s{0,4}\}\}|\bcredentials\(\s{0,2}["']|\$\(\w{0,60}(?:SECRET|TOKEN|PASSWORD|KEY)\w{0,40}\)/;

/**
 * A CI step printing the whole environment in a pipeline that maps secrets into it: the dump is this change
 * (or an earlier one in the session) and the secrets are in this change or an earlier one to the same file.
 */
export function ciEnvDump(changes: readonly FileChange[], ctx: SessionContext): { change: FileChange; lines: ChangeLine[] } | undefined {
  for (const c of changes) {
    const p = c.path.replace(/\\/g, '/');
    if (!CI_PATH_RE.test(p) || isEnvPath(p)) continue;
    const earlier: FileChange[] = [];
    for (const call of ctx.calls.values()) for (const e of call.changes ?? []) if (e !== c && e.path.replace(/\\/g, '/') === p) earlier.push(e);
    const dumps = changeLines(c).added.filter((l) => CI_ENV_DUMP_RE.test(l.text));
    const dumpedBefore = earlier.some((e) => changeLines(e).added.some((l) => CI_ENV_DUMP_RE.test(l.text)));
    if (dumps.length === 0 && !dumpedBefore) continue;
    const secrets = [c, ...earlier].some((e) => CI_SECRET_RE.test(newSideText(e).slice(0, 200_000)));
    if (!secrets) continue;
    const lines = dumps.length > 0 ? dumps : changeLines(c).added.filter((l) => CI_SECRET_RE.test(l.text));
    return { change: c, lines };
  }
  return undefined;
}
