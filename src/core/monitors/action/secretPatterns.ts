/** Credential shapes: provider key formats, private keys, and quoted secret assignments. */

/** More provider formats: Mapbox, SendGrid, Hugging Face, Shopify, DigitalOcean, PyPI, Twilio, Google OAuth, Slack webhooks, Vault, Doppler, Linear, Postman, New Relic, Atlassian, Azure storage, Telegram. */
const MORE_PROVIDER_KEYS = String.raw`\b[ps]k\.eyJ[A-Za-z0-9_-]{20,500}\.[A-Za-z0-9_-]{8,200}|\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{20,64}\b|\bhf_[A-Za-z]{30,40}\b|\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b|\bdo[por]_v1_[a-f0-9]{64}\b|\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}|\bSK[0-9a-f]{32}\b|\bya29\.[A-Za-z0-9_-]{20,500}|hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,40}|\bhvs\.[A-Za-z0-9_-]{24,200}|\bdp\.(?:st|pt|sa|ct)\.[A-Za-z0-9_-]{30,100}|\blin_api_[A-Za-z0-9]{32,60}\b|\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b|\bNRAK-[A-Z0-9]{27}\b|\bATATT[A-Za-z0-9_=-]{30,300}|\bAccountKey=[A-Za-z0-9+/]{40,100}={0,2}|\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b`;
export const PROVIDER_KEY_RE = new RegExp(String.raw`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{22,255}\b|\bsk-(?:ant-|proj-|live-)?[A-Za-z0-9_-]{20,200}\b|\bxox[abprs]-[A-Za-z0-9-]{10,200}\b|\bAIza[0-9A-Za-z_-]{35}\b|\b[rs]k_live_[0-9a-zA-Z]{16,200}\b|\bglpat-[A-Za-z0-9_-]{20}\b|\bnpm_[A-Za-z0-9]{36}\b|\beyJ[A-Za-z0-9_-]{10,500}\.eyJ[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{10,500}\b|${MORE_PROVIDER_KEYS}`);
export const PRIVATE_KEY_RE = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/;
export const ASSIGNED_SECRET_RE = /\b(?:password|passwd|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key)\w{0,20}["']?\s*[:=]\s*["']([^"'\s]{12,200})["']/i;
const PLACEHOLDER_RE = /^(?:x{3,}|\*{3,}|<[^>]{0,80}>|\$\{[^}]{0,80}\}|\{\{[^}]{0,80}\}\}|changeme|change-me|your[-_].{0,40}|example.{0,40}|dummy.{0,40}|test.{0,40}|fake.{0,40}|placeholder.{0,40}|redacted.{0,40}|process\.env.{0,60}|os\.environ.{0,60})$/i;

export interface SecretHit {
  index: number;
  text: string;
  kind: 'provider-key' | 'private-key' | 'assigned-secret';
}

/** First credential-looking string in a text, skipping documented example keys and placeholders. */
export function findSecret(text: string): SecretHit | undefined {
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const pk = PRIVATE_KEY_RE.exec(t);
  if (pk) return { index: pk.index, text: pk[0], kind: 'private-key' };
  const k = PROVIDER_KEY_RE.exec(t);
  if (k && !/EXAMPLE|XXXX|0000000000|1234567890/i.test(k[0])) return { index: k.index, text: k[0], kind: 'provider-key' };
  const a = ASSIGNED_SECRET_RE.exec(t);
  const v = a?.[1];
  if (a && v && !PLACEHOLDER_RE.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v)) return { index: a.index, text: a[0], kind: 'assigned-secret' };
  return undefined;
}

/** Masks a secret for quoting in findings (keeps a short prefix). */
export function maskSecret(s: string): string {
  return s.length <= 8 ? '****' : `${s.slice(0, 6)}…[${s.length - 6} chars]`;
}

/** Identifier names that hold a credential (normalised: lower case, no `_`, `-`, `.`). */
const CRED_NAME_END_RE = /(?:token|secret|password|passwd|pwd|passphrase|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|licensekey|authkey|serverkey|clientkey|subscriptionkey|credentials?|bearer|webhooksecret)s?$/;
/** Names ending in "token"/"key" that are not credentials (pagination, CSRF, cancellation, lexer tokens). */
const NOT_CRED_NAME_RE = /(?:csrf|xsrf|next|page|continuation|cancel(?:lation)?|sync|resume|lexer|parser|sort|cache|idempotency|public|publishable|reset|verification|confirm(?:ation)?|invite|max|min|num|count|length|type|kind|field|input|label|placeholder|hint|regex|pattern|policy|rule|strength|hash(?:ed)?|salt|(?:new|old|confirm)pass(?:word)?|show|has|is|require[sd]?|validate|check|header|param|env|var|name|path|file|url|endpoint|prefix|suffix)(?:token|secret|password|passwd|pwd|key|credentials?)s?$/;

/** Does this identifier (camelCase, snake_case, SCREAMING_CASE, dotted or dashed) name a credential? */
export function isCredentialName(name: string): boolean {
  const n = name.toLowerCase().replace(/[_.\-$]/g, '');
  if (n.length < 3 || n.length > 80) return false;
  return CRED_NAME_END_RE.test(n) && !NOT_CRED_NAME_RE.test(n);
}

/** Values that are references or stand-ins, not credentials: env lookups, templates, placeholders, paths, URLs without a password. */
const NOT_VALUE_RE = /^(?:https?:\/\/[^:@\s]{1,300}|[.~]?\/[\w./-]{1,300}|[\w-]{1,60}(?:\/[\w.-]{1,60}){1,10}\.\w{1,6})$|\$\{|\{\{|%[sd(]|<[^>]{0,40}>|\b(?:your|example|sample|dummy|fake|placeholder|redacted|changeme|change-me|replace|insert|todo|xxxx|test|mock|secret-here|here)\b/i;

/**
 * Does a literal look like a real credential rather than a word, name or placeholder? At least 16
 * characters without spaces, letters and digits, and either three character classes or 24+ characters
 * that are not all one case-insensitive hex run of a hash-like id.
 */
export function isCredentialValue(v: string, passwordName = false): boolean {
  // Passwords are shorter than keys: a 10+ character one mixing three character classes is a real one.
  if (v.length < (passwordName ? 10 : 16) || v.length > 400 || /\s/.test(v)) return false;
  if (PLACEHOLDER_RE.test(v) || NOT_VALUE_RE.test(v)) return false;
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (/^(.)\1{7,}/.test(v) || /(?:0123456789|1234567890|abcdefgh)/i.test(v) || /EXAMPLE/.test(v)) return false;
  // Framework dev defaults that announce themselves (django-insecure-…, dev-only-…) are not leaked credentials.
  if (/insecure|dev[-_]?only|not[-_]?a[-_]?secret|development|do[-_]?not[-_]?use/i.test(v)) return false;
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/\d/.test(v)) + Number(/[^A-Za-z0-9]/.test(v));
  // Long single-case alphanumeric runs (hex API keys, auth tokens) count when the name already says credential.
  return classes >= 3 || (v.length >= 24 && /[a-z]/.test(v) && /[A-Z]/.test(v)) || (v.length >= 32 && /^[A-Za-z0-9_-]+$/.test(v));
}

/** Password-like names (as opposed to keys and tokens): shorter values still count. */
export function isPasswordName(name: string): boolean {
  return /(?:password|passwd|pwd|passphrase)s?$/.test(name.toLowerCase().replace(/[_.\-$]/g, ''));
}

