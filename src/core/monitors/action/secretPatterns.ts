/** Credential shapes: provider key formats, private keys, and quoted secret assignments. */
export const PROVIDER_KEY_RE = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{22,255}\b|\bsk-(?:ant-|proj-|live-)?[A-Za-z0-9_-]{20,200}\b|\bxox[abprs]-[A-Za-z0-9-]{10,200}\b|\bAIza[0-9A-Za-z_-]{35}\b|\b[rs]k_live_[0-9a-zA-Z]{16,200}\b|\bglpat-[A-Za-z0-9_-]{20}\b|\bnpm_[A-Za-z0-9]{36}\b|\beyJ[A-Za-z0-9_-]{10,500}\.eyJ[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{10,500}\b/;
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
