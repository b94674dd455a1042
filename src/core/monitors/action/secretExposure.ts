import type { FileChange } from '../../model/fileChange';
import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { changeLines, type ChangeLine } from './changeLines';
import { lineFinding } from './lineFinding';
import { isEnvPath, isSecretFile, isTestPath } from './pathKinds';
import { loggedAuthHeaders, valuesReadFromSecretSources } from './secretLeaks';
import { findSecret, isCredentialName, isCredentialValue, isPasswordName, maskSecret, PROVIDER_KEY_RE } from './secretPatterns';

/**
 * Credentials put where they get committed or shipped, recognised by shape rather than provider:
 * a credential the user pasted (or a command printed) copied into a source/config file, a literal
 * assigned to a credential-named identifier, a connection string with a real password, a credential
 * file copied into a container image, and .gitignore rules that kept credential files out of git removed.
 */

/** Where credentials belong (env files, credential stores, local-only and home config) or are only illustrated (docs, examples, fixtures). */
const PROPER_PLACE_RE = /(?:^|\/)(?:\.?secrets?|credentials?)(?:\.[\w-]{1,30})?\.(?:ya?ml|json|toml|ini)$|\.dev\.vars$|(?:^|\/)local\.settings\.json$|\.local\.(?:json|ya?ml|toml|php|js|ts|ini)$|^(?:~|\$HOME)\/|^\/(?:home|Users)\/[^/]{1,60}\/\.[^/]{1,60}\/|^\/root\/\.|^\/etc\/|^\/(?:home|Users)\/[^/]{1,60}\/\.[\w.-]{1,60}$/;
const ILLUSTRATION_RE = /\.(?:md|mdx|rst|txt|adoc|ipynb)$|(?:^|\/)(?:docs?|examples?|samples?|fixtures?|testdata|__mocks__|mocks?|stubs?)\/|\.(?:example|sample|template|dist|tpl)(?:\.\w{1,6})?$/i;

/** `name = "value"`, `name: 'value'`, `"name": "value"`, `name := "value"`, `name => 'value'`. */
const QUOTED_ASSIGN_RE = /([A-Za-z_$][\w$.-]{0,60})["'`]?\s{0,3}\]?\s{0,3}(?::=|=>|[:=])\s{0,3}["'`]([^"'`\s]{10,400})["'`]/g;
/** An env lookup with a literal fallback: getenv("API_KEY", "…"), process.env.API_KEY ?? "…", ENV.fetch("TOKEN", "…"). */
const ENV_DEFAULT_RE = /(?:getenv|environ\.get|env\.get|ENV\.fetch|Getenv|get_env|getEnv)\s{0,2}\(\s{0,2}["']([A-Za-z_][\w]{1,60})["']\s{0,2},\s{0,2}["']([^"'\s]{16,400})["']|(?:process\.env|import\.meta\.env)\.([A-Za-z_]\w{1,60})\s{0,3}(?:\?\?|\|\|)\s{0,3}["'`]([^"'`\s]{16,400})["'`]/;
/** Unquoted `KEY: value` / `KEY=value` lines of config files, Dockerfile ENV/ARG. */
const UNQUOTED_RE = /^\s{0,40}(?:-\s{1,4})?(?:export\s{1,4}|ENV\s{1,4}|ARG\s{1,4})?([A-Za-z_][\w.-]{0,60})\s{0,3}[:= ]\s{0,3}([^\s"']{10,400})\s{0,10}$/;
const CONFIG_PATH_RE = /\.(?:ya?ml|toml|ini|properties|cfg|conf)$|(?:^|\/)Dockerfile[\w.-]{0,30}$/;
/** A literal Authorization header value. */
const AUTH_HEADER_RE = /\bAuthorization["']?\s{0,3}[:=,]\s{0,3}["'`]?\s{0,3}(?:Bearer|Basic|token|Token|Bot)\s{1,3}([A-Za-z0-9._~+/=-]{16,400})/;
/** The whole process environment returned from an endpoint or posted somewhere by code. */
const ENV_EXPOSED_RE = /\b(?:jsonify|JsonResponse|Response|json|send|write|body|dumps|render|post|put|fetch|axios\.\w{3,6}|requests\.\w{3,6}|http\.\w{3,6})\s{0,2}\(\s{0,2}(?:[^()\n]{0,80}[,{(]\s{0,2})?(?:\w{1,10}\s{0,2}=\s{0,2})?(?:dict\(\s{0,2}|\{\s{0,2}\.\.\.|JSON\.stringify\(\s{0,2})?(?:os\.environ|process\.env|ENV\.to_h|System\.getenv\(\s{0,2}\)|os\.Environ\(\s{0,2}\)|Environment\.GetEnvironmentVariables\(\s{0,2}\))\s{0,2}[)},]|\bres\.(?:json|send)\(\s{0,2}process\.env\s{0,2}\)|\bctx\.body\s{0,2}=\s{0,2}process\.env\b/;

/** scheme://user:password@host */
const CONN_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^:/@\s'"`]{1,80}:([^@/\s'"`]{8,200})@([\w.-]{1,200})/;
const WEAK_PASSWORD_RE = /^(?:pass(?:word)?\d{0,4}|postgres\w{0,10}|root|admin\w{0,6}|secret\d{0,4}|changeme|guest|user\w{0,6}|mysql|redis|example\w{0,10}|test\w{0,20}|dev\w{0,20}|local\w{0,20}|demo\w{0,10})$|[$%{<]/i;
const LOCAL_HOST_RE = /^(?:localhost|127\.[\d.]{3,12}|0\.0\.0\.0|host\.docker\.internal|[\w-]{1,40})$|\.(?:local|localhost|test|example|invalid|internal\.test)$|(?:^|\.)example\.(?:com|org|net)$/i;

/** Words near a pasted value that say it is a credential. */
const CRED_CONTEXT_RE = /\b(?:key|keys|token|tokens|secret|secrets|password|passwd|pwd|credential|credentials|api|bearer|auth|pat|dsn|webhook)\b/i;
/** Candidate credential values pasted in the user's text (delimited runs of key characters). */
const PASTED_RE = /(?:^|[\s"'`:=(])([A-Za-z0-9][A-Za-z0-9_\-.+/=~]{15,300})(?=$|[\s"'`),;])/g;

interface Pasted {
  text: string;
  values: string[];
}
const pastedCache = new WeakMap<SessionContext, Pasted>();

/** A pasted value that is a credential by its provider shape, or random-looking and introduced as a key/token/password. */
function pastedCredentials(userText: string): string[] {
  const t = userText.length > 20_000 ? userText.slice(-20_000) : userText;
  const out: string[] = [];
  for (const m of t.matchAll(PASTED_RE)) {
    const v = m[1] ?? '';
    if (!/\d/.test(v) || !/[A-Za-z]/.test(v) || /^[\w-]{1,60}(?:\/[\w.-]{1,60}){1,10}$/.test(v) || /^[\d.]+$/.test(v)) continue;
    const provider = PROVIDER_KEY_RE.test(v);
    const random = /[a-z]/.test(v) && /[A-Z]/.test(v) && v.length >= 20;
    const start = m.index + m[0].indexOf(v);
    const near = t.slice(Math.max(0, start - 100), start);
    if (provider || (random && CRED_CONTEXT_RE.test(near))) out.push(v);
    if (out.length >= 20) break;
  }
  return out;
}

function pastedValues(ctx: SessionContext): string[] {
  const text = ctx.userText();
  const cached = pastedCache.get(ctx);
  if (cached && cached.text === text) return cached.values;
  const values = pastedCredentials(text);
  pastedCache.set(ctx, { text, values });
  return values;
}

/** A literal credential assigned on this line (name says credential, value looks like one). */
function assignedCredential(line: string, configFile: boolean): string | undefined {
  const l = line.length > 2000 ? line.slice(0, 2000) : line;
  for (const m of l.matchAll(QUOTED_ASSIGN_RE)) {
    const name = m[1] ?? '';
    const value = m[2] ?? '';
    if (isCredentialName(name) && isCredentialValue(value, isPasswordName(name))) return value;
  }
  const d = ENV_DEFAULT_RE.exec(l);
  const dv = d?.[2] ?? d?.[4];
  if (d && dv && isCredentialName(d[1] ?? d[3] ?? '') && isCredentialValue(dv)) return dv;
  const h = AUTH_HEADER_RE.exec(l);
  if (h?.[1] && isCredentialValue(h[1])) return h[1];
  if (configFile) {
    const u = UNQUOTED_RE.exec(l);
    if (u?.[1] && u[2] && isCredentialName(u[1]) && isCredentialValue(u[2], isPasswordName(u[1]))) return u[2];
  }
  const c = CONN_RE.exec(l);
  if (c?.[1] && c[2] && !WEAK_PASSWORD_RE.test(c[1]) && /\d/.test(c[1]) && /[A-Za-z]/.test(c[1]) && !LOCAL_HOST_RE.test(c[2])) return c[1];
  return undefined;
}

const SECRET_IGNORE_RE = /^\/?(?:\*\*\/)?(?:\.env(?:\.[\w*-]{1,30})?|\.env\*|\*\.(?:pem|key|p12|pfx|jks|keystore)|id_[\w*]{1,20}|\.npmrc|\.pypirc|\.netrc|credentials[\w.*-]{0,30}|secrets?[\w.*/-]{0,40}|\*\.tfstate[\w.*]{0,10}|\.aws\/?|\.ssh\/?|service-account[\w.*-]{0,40}|\.vault-token|[\w-]{0,40}\.(?:pem|key))\/?$/i;
const CORE_WORD_RE = /env|pem|key|p12|pfx|jks|keystore|id_|npmrc|pypirc|netrc|credential|secret|tfstate|aws|ssh|service-account|vault/i;

/** .gitignore / .dockerignore rules keeping credential files out removed (or negated) without a replacement. */
function unignored(c: FileChange): { lines: ChangeLine[]; quote: string } | undefined {
  const { added, removed } = changeLines(c);
  const dropped = removed.map((r) => r.trim()).filter((r) => SECRET_IGNORE_RE.test(r));
  const covered = (r: string): boolean => {
    const core = CORE_WORD_RE.exec(r)?.[0]?.toLowerCase();
    return added.some((a) => !a.text.trim().startsWith('!') && core !== undefined && a.text.toLowerCase().includes(core));
  };
  const lost = dropped.find((r) => !covered(r));
  if (lost) return { lines: [], quote: lost };
  const negated = added.filter((a) => {
    const t = a.text.trim();
    if (!t.startsWith('!')) return false;
    const name = t.slice(1).replace(/^\/|\/$/g, '');
    return (isEnvPath(name) || isSecretFile(name) || SECRET_IGNORE_RE.test(name)) && !/\.(?:example|sample|template|dist)$|example|sample|template/i.test(name);
  });
  return negated.length > 0 ? { lines: negated, quote: negated[0]?.text.trim() ?? '' } : undefined;
}

/** Dockerfile COPY/ADD of a credential file. */
const IMAGE_COPY_RE = /^\s{0,10}(?:COPY|ADD)\s{1,4}(?:--[\w-]{1,20}=\S{1,80}\s{1,4}){0,3}([^\n]{1,400})$/i;

function copiesCredentialFile(line: string): string | undefined {
  const m = IMAGE_COPY_RE.exec(line);
  if (!m?.[1]) return undefined;
  const args = m[1].replace(/[[\]",]/g, ' ').split(/\s+/).filter(Boolean);
  // .npmrc / .pypirc often hold only a registry URL (copied for installs); env files, keys and credential stores hold secrets.
  return args.slice(0, -1).find((a) => (isEnvPath(a) || isSecretFile(a) || /(?:^|\/)\.(?:ssh|aws|gnupg)\/?$|(?:^|\/)id_(?:rsa|ed25519|ecdsa)$/.test(a)) && !/(?:^|\/)\.(?:npmrc|pypirc)$/.test(a));
}

function finding(c: FileChange, lines: ChangeLine[], id: string, severity: RawFinding['severity'], message: string, quote?: string, topic: string | readonly string[] = 'hardcode_secret'): RawFinding {
  const f = lineFinding(c, lines, { category: 'secrets', severity, topic, monitor: `action.secretExposure.${id}`, message });
  return quote !== undefined ? { ...f, quote } : f;
}

export const secretExposureMonitor: ActionMonitor = {
  id: 'action.secretExposure',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    const changes = call.changes ?? [];
    if (changes.length === 0) return out;
    const pasted = pastedValues(ctx);
    // Values printed by flagged secret reads, and by env-file / browser-store reads since the last edit (a targeted grep included).
    const printed = [...new Set([...ctx.secretValues.list(), ...valuesReadFromSecretSources(ctx)])].filter((v) => v.length >= 12);
    for (const c of changes) {
      const p = c.path.replace(/\\/g, '/');
      if (/(?:^|\/)\.(?:git|docker)ignore$/.test(p)) {
        const u = unignored(c);
        if (u) out.push(finding(c, u.lines, 'unignored', 'high', `Stops ${p.endsWith('.dockerignore') ? 'the image build' : 'git'} ignoring ${u.quote}: credential files can be ${p.endsWith('.dockerignore') ? 'shipped' : 'committed'}`, u.quote, 'env'));
        continue;
      }
      if (isEnvPath(p) || isSecretFile(p) || PROPER_PLACE_RE.test(p)) continue;
      const { added } = changeLines(c);
      if (/(?:^|\/)Dockerfile[\w.-]{0,30}$|\.dockerfile$|(?:^|\/)Containerfile$/i.test(p)) {
        const copies = added.filter((l) => copiesCredentialFile(l.text));
        if (copies.length > 0) out.push(finding(c, copies, 'imageCopy', 'high', `Copies ${copiesCredentialFile(copies[0]?.text ?? '') ?? 'a credential file'} into a container image (anyone with the image can read it)`, undefined, 'env'));
      }
      const illustration = ILLUSTRATION_RE.test(p);
      const exposed = isTestPath(p) || illustration ? undefined : added.find((l) => ENV_EXPOSED_RE.test(l.text.slice(0, 2000)));
      if (exposed) out.push(finding(c, [exposed], 'envExposed', 'high', 'Sends or serves the whole process environment (every credential in it)', undefined, 'env'));
      const inTest = isTestPath(p);
      const headerLogs = inTest || illustration ? [] : loggedAuthHeaders(c, ctx);
      if (headerLogs.length > 0) out.push(finding(c, headerLogs, 'logsAuthHeaders', 'high', 'Logs the whole request header map in code that sends an Authorization header or token (the credential lands in logs)', undefined, 'env'));
      const config = CONFIG_PATH_RE.test(p);
      for (const l of added) {
        const given = pasted.find((v) => l.text.includes(v));
        const reprinted = given ? undefined : printed.find((v) => l.text.includes(v));
        if (given ?? reprinted) {
          const v = (given ?? reprinted) as string;
          const f = finding(c, [l], given ? 'pastedCredential' : 'printedCredential', inTest || illustration ? 'medium' : 'high', given ? `Hard-codes the credential the user gave into ${p} (belongs in the environment or a secret store)` : `Copies a credential printed by an earlier command into ${p}`, maskSecret(v));
          // A value the user handed over and asked to be written into the code is their call; one read off the machine is not.
          out.push(given ? f : { ...f, hard: true });
          break;
        }
        if (inTest || illustration || findSecret(l.text)) continue;
        const v = assignedCredential(l.text, config);
        if (v) {
          out.push(finding(c, [l], 'hardcoded', 'high', `Hard-codes a credential-shaped literal in ${p}`, maskSecret(v)));
          break;
        }
      }
    }
    return out;
  },
};
