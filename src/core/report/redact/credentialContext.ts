import { findWithRules, type Detector, type RedactionHit, type RegexRule } from './redactionTypes';

/** Values that describe or reference a secret rather than being one. */
const PLACEHOLDER_WORD = /^(?:true|false|null|none|nil|undefined|string|number|boolean|bool|str|int|any|unknown|required|optional|empty|redacted|changeme|example|placeholder|your[-_ ]?\w*|x+|\*+|\.+)$/i;
const TEMPLATE = /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\$.*|%[^%]*%)$/;
/** Code references: env lookups, member access, calls. */
const REFERENCE = /^(?:process\.env|os\.environ|env\.|this\.|self\.|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|[A-Za-z_$][\w$.]*\()/;

/**
 * `quoted`: the value was in quotes (a literal). `envStyle`: NAME=value with an UPPER_SNAKE name,
 * where any non-placeholder value is a secret. Unquoted code values that are plain identifiers
 * without digits (`apiKey = someVariable`) are references, not secrets.
 */
export function isPlaceholderValue(value: string, quoted = true, envStyle = false): boolean {
  if (value.length < 4 || value.includes('[REDACTED:')) return true;
  if (PLACEHOLDER_WORD.test(value) || TEMPLATE.test(value)) return true;
  if (quoted) return false;
  if (!envStyle && /^[\d.:,_-]+$/.test(value)) return true; // numbers, line refs, versions
  if (REFERENCE.test(value)) return true;
  if (/^[A-Z_][A-Z_]*$/.test(value)) return true; // another variable's NAME
  return !envStyle && /^[A-Za-z_$][\w$]*$/.test(value) && !/\d/.test(value);
}

/** Names that hold secrets; names that only describe one (paths, lengths, counts, types) are excluded. */
const SECRET_NAME = /(?:api_?key|apikey|access_?key|secret|token|passw(?:or)?d|passwd|pwd|credential|private_?key|auth|session_?key|client_?secret|signing_?key|encryption_?key|^key$|_key$)/i;
const NOT_SECRET_NAME = /(?:path|file|dir|name|names|len|length|count|size|type|types|id_?field|header|url_?template|endpoint|expir\w*|ttl|max_?tokens?|tokens?_?(?:count|limit|usage|budget)|input_?tokens|output_?tokens|prompt_?tokens|completion_?tokens|tokenizer|timeout|env_?var|tokens$|\.[a-z]{1,5}$|_var$|keys?_?(?:code|down|up|press|board|word|map|frame|s)$|^keys$|hotkey|monkey|turkey|donkey|authors?$|author_|oauth_?url|authority|authorize\w*|authored)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/**
 * `.env`-style and config assignments: NAME=value, NAME: value, "name": "value", name = 'value'.
 * The name (up to 64 chars) starts at a non-identifier boundary; the value is bounded (512), so the
 * scan is linear. Only names that look secret and values that are not placeholders are redacted.
 */
const ASSIGNMENT = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?[ \t]{0,8}(?::=|=|:)[ \t]{0,8}(?:"([^"\n\r]{1,512})"|'([^'\n\r]{1,512})'|([^\s"'`,;)}\]]{1,512}))/dg;
const SECRET_HINT = /key|token|secret|passw|pwd|credential|auth/i;

function findAssignments(text: string, out: RedactionHit[]): void {
  if (!SECRET_HINT.test(text)) return;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const name = m[1] ?? '';
    const group = m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    const value = m[group];
    const span = m.indices?.[group];
    if (value === undefined || !span) continue;
    // Not redacted: rescan from the value, which may hold an assignment itself ("Done: API_KEY=…").
    const rescan = () => (ASSIGNMENT.lastIndex = span[0]);
    if (!isSecretName(name)) {
      rescan();
      continue;
    }
    const envStyle = /^[A-Z][A-Z0-9_]*$/.test(name);
    if (isPlaceholderValue(value, group !== 4, envStyle)) {
      rescan();
      continue;
    }
    out.push({ start: span[0], end: span[1], kind: 'secret-assignment', replacement: '[REDACTED:secret-assignment]' });
  }
}

const CONTEXT_RULES: readonly RegexRule[] = [
  // scheme://user:password@host — the password only.
  {
    kind: 'url-password',
    re: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/?#@"'<>]{1,256}:([^\s/?#@"'<>]{1,256})@/dg,
    group: 1,
    hint: ['://'],
    reject: (v) => isPlaceholderValue(v),
  },
  { kind: 'bearer-token', re: /\b[Bb]earer[ \t]+([A-Za-z0-9._~+/-]{12,}=*)/dg, group: 1, hint: ['earer'], reject: (v) => /^[a-z]+$/i.test(v) },
  { kind: 'basic-auth', re: /\bBasic[ \t]+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])/dg, group: 1, hint: ['Basic'], reject: (v) => /^[a-z]+$/i.test(v) },
  {
    kind: 'aws-secret-key',
    re: /aws_?secret_?(?:access_?)?key["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/dgi,
    group: 1,
    hint: ['ecret', 'ECRET'],
  },
];

export const credentialContext: Detector = {
  name: 'credentialContext',
  find(text, out) {
    findWithRules(CONTEXT_RULES, text, out);
    findAssignments(text, out);
  },
};
