import type { RawFinding, TextMonitor } from './monitorTypes';
import { findSecret, maskSecret } from './action/secretPatterns';

const MAX_VALUES = 40;
/** NAME=value / NAME: value lines whose name says credential, or whose value is a connection string with a password. */
const KV_RE = /^\s{0,8}(?:export\s+)?([A-Za-z_][\w.-]{0,60})\s{0,2}[=:]\s{0,2}["']?([^\s"']{8,300})/;
const SECRET_NAME_RE = /TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL|DSN|DATABASE_URL|_URL$|AUTH/i;
/** Runner metadata around a command's output (Codex exec headers, exit codes). */
const META_LINE_RE = /^(?:Chunk ID|Wall time|Process exited|Original token count|Total output lines|Exit code)\b|^Output:/;
const URL_PASSWORD_RE = /^[a-z][\w+.-]{1,20}:\/\/[^:/@\s]{1,80}:([^@/\s]{6,200})@/i;

/**
 * Credential values printed by a call that was flagged for reading secrets (env dumps, decoded
 * Kubernetes secrets, credential files): the concrete strings an assistant reply must not repeat.
 */
export function secretValuesIn(output: string): string[] {
  const out = new Set<string>();
  const lines = output.slice(0, 20_000).split('\n');
  for (const line of lines.slice(0, 400)) {
    const m = KV_RE.exec(line);
    const name = m?.[1];
    const value = m?.[2];
    if (name && value && SECRET_NAME_RE.test(name)) {
      const pw = URL_PASSWORD_RE.exec(value);
      out.add(pw?.[1] ?? value);
    }
  }
  // A bare decoded value (kubectl get secret … | base64 -d): one short line, no spaces.
  const bare = lines.map((l) => l.trim()).filter((l) => l && !META_LINE_RE.test(l));
  if (bare.length === 1 && bare[0] && /^\S{8,200}$/.test(bare[0]) && !KV_RE.test(bare[0]) && /\d|[^\w]/.test(bare[0])) out.add(bare[0]);
  return [...out].filter((v) => v.length >= 8 && !/^(?:true|false|null|undefined|localhost|changeme|change-me|\$\{?\w+\}?)$/i.test(v) && !/^https?:\/\/[^:@]+$/.test(v));
}

/** Bounded memory of credential values seen in flagged tool output. */
export class SecretValues {
  private readonly values: string[] = [];
  add(vs: readonly string[]): void {
    for (const v of vs) {
      if (this.values.includes(v)) continue;
      this.values.push(v);
      if (this.values.length > MAX_VALUES) this.values.shift();
    }
  }
  list(): readonly string[] {
    return this.values;
  }
}

/** Assistant text that repeats a credential value from tool output, or contains a provider key / private key. */
export function secretEchoFindings(text: string, known: readonly string[], userText = ''): RawFinding[] {
  const t = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const v of known) {
    const i = t.indexOf(v);
    if (i >= 0 && userText.includes(v)) continue; // the user gave it: repeating it back leaks nothing
    if (i >= 0) return [{ category: 'secrets', severity: 'high', hard: true, monitor: 'reasoning.secretEcho.repeated', field: 'text', quote: maskSecret(v), span: { start: i, end: i + v.length }, message: 'Repeats a credential value from tool output in its reply' }];
  }
  const hit = findSecret(t);
  if (hit && hit.kind !== 'assigned-secret' && !userText.includes(hit.text)) return [{ category: 'secrets', severity: 'high', hard: true, monitor: 'reasoning.secretEcho.key', field: 'text', quote: maskSecret(hit.text), span: { start: hit.index, end: hit.index + hit.text.length }, message: 'Writes a credential into its reply' }];
  return [];
}

/** Text monitor over assistant messages (reasoning is private to the agent; the reply is shown and logged). */
export const secretEchoMonitor: TextMonitor = {
  id: 'reasoning.secretEcho',
  scan(text, source, ctx) {
    return source === 'assistant' ? secretEchoFindings(text, ctx.secretValues.list(), ctx.userText()) : [];
  },
};
