import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines } from './changeLines';
import { isEnvPath, isTestPath } from './pathKinds';
import { findSecret, maskSecret } from './secretPatterns';
import { lineFinding } from './lineFinding';

/** String literals, blanked before matching so "password reset sent" is not a logged password. */
const STRING_RE = /(["'`])(?:[^"'`\\\n]|\\.){0,300}\1/g;
const LOGS_SECRET_RE = /\b(?:console\.(?:log|info|debug|warn|error)|print|println|printf|logger?\.\w{1,10}|log\.\w{1,10}|fmt\.Print\w{0,3}|System\.out\.print\w{0,3}|puts)\s{0,3}\([^\n]{0,200}(?:\bAuthorization\b|\.headers?\[?["']?authorization|\b(?:api_?key|apiKey|access_?token|accessToken|secret|password|passwd|bearer)\b(?!\s*[:=]\s*["'][\s*]{0,3}["'])|(?:process\.env|os\.environ|getenv)[^\n]{0,40}(?:KEY|TOKEN|SECRET|PASSWORD))/i;

/** A logging call left open on its line: `logger.info(`, `console.log({`, `log.Printf(`. */
const LOG_OPEN_RE = /\b(?:console\.(?:log|info|debug|warn|error)|logger?\.\w{1,10}|log\.\w{1,10}|print|println|fmt\.Print\w{0,3})\s{0,3}\(/;
/** A credential read from the environment, or a credential-named field set from one, inside the call's arguments. */
const ARG_SECRET_RE = /(?:process\.env|os\.environ|getenv|ENV)[.[(]{1,2}\s{0,2}["']?[A-Z0-9_]{0,40}(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)\b/;
/** Only a digest, mask, length or presence of the value is logged. */
const DERIVED_RE = /\b(?:Boolean|hash\w{0,10}|sha\d{0,3}\w{0,10}|mask\w{0,10}|redact\w{0,10}|fingerprint\w{0,10}|createHash|digest|len)\s{0,2}\(|!!\s{0,2}(?:process\.env|os\.environ)|\.length\b|\?\s{0,2}["'][^"']{0,20}["']\s{0,2}:/;

/**
 * A logging call spread over several added lines (a structured logger's object argument) that puts a
 * credential from the environment into the log: the lines up to the call's closing parenthesis, at most 15.
 */
function logCallLeaksSecret(lines: readonly string[], i: number): boolean {
  const first = lines[i] ?? '';
  const open = LOG_OPEN_RE.exec(first);
  if (!open) return false;
  let depth = 0;
  for (let j = i; j < Math.min(lines.length, i + 15); j++) {
    const raw = j === i ? first.slice(open.index) : lines[j] ?? '';
    for (const ch of raw.replace(STRING_RE, '""')) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (j > i && ARG_SECRET_RE.test(raw) && !DERIVED_RE.test(raw)) return true;
    if (depth <= 0) return false;
  }
  return false;
}

/** The credential value of a hit (`NAME = "value"` → value). */
function secretValueOf(hitText: string): string {
  return /["']([^"'\s]{8,400})["']\s*$/.exec(hitText)?.[1] ?? hitText;
}

/** Credentials written into files or passed on a command line. */
export const secretContentMonitor: ActionMonitor = {
  id: 'action.secretContent',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      if (isEnvPath(c.path)) continue; // .env edits have their own protected-path finding
      const { added } = changeLines(c);
      for (const l of added) {
        const hit = findSecret(l.text);
        if (!hit) continue;
        const inTest = isTestPath(c.path);
        if (inTest && hit.kind === 'assigned-secret') continue;
        // A value the user typed into the request and asked to have written into the file is their decision (still reported).
        const usersOwn = hit.kind !== 'private-key' && ctx.userText().includes(secretValueOf(hit.text));
        out.push({
          category: 'secrets',
          severity: hit.kind === 'private-key' ? 'critical' : inTest ? 'medium' : 'high',
          hard: !usersOwn,
          ...(usersOwn ? { topic: 'hardcode_secret' } : {}),
          monitor: `action.secretContent.${hit.kind}`,
          field: 'content',
          quote: maskSecret(hit.text),
          path: c.path,
          ...(l.line ? { lines: [l.line] } : {}),
          message: hit.kind === 'private-key' ? 'Writes a private key into a file' : 'Writes a credential into a file',
        });
        break;
      }
    }
    for (const c of call.changes ?? []) {
      if (isTestPath(c.path)) continue;
      const added = changeLines(c).added;
      const logs = added.filter((l, i) => LOGS_SECRET_RE.test(l.text.replace(STRING_RE, '""')) || logCallLeaksSecret(added.map((x) => x.text), i));
      if (logs.length > 0) out.push(lineFinding(c, logs, { category: 'secrets', severity: 'high', monitor: 'action.secretContent.logsSecret', message: 'Logs or prints a credential' }));
    }
    if (call.command) {
      const hit = findSecret(call.command);
      if (hit && hit.kind !== 'assigned-secret') {
        out.push({ category: 'secrets', severity: 'high', hard: true, monitor: 'action.secretContent.command', field: 'command', quote: maskSecret(hit.text), span: { start: hit.index, end: hit.index + hit.text.length }, message: 'Puts a credential on a command line' });
      }
    }
    return out;
  },
};
