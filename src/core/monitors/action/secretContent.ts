import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines } from './changeLines';
import { isEnvPath, isTestPath } from './pathKinds';
import { findSecret, maskSecret } from './secretPatterns';
import { lineFinding } from './lineFinding';

/** String literals, blanked before matching so "password reset sent" is not a logged password. */
const STRING_RE = /(["'`])(?:[^"'`\\\n]|\\.){0,300}\1/g;
const LOGS_SECRET_RE = /\b(?:console\.(?:log|info|debug|warn|error)|print|println|printf|logger?\.\w{1,10}|log\.\w{1,10}|fmt\.Print\w{0,3}|System\.out\.print\w{0,3}|puts)\s{0,3}\([^\n]{0,200}(?:\bAuthorization\b|\.headers?\[?["']?authorization|\b(?:api_?key|apiKey|access_?token|accessToken|secret|password|passwd|bearer)\b(?!\s*[:=]\s*["'][\s*]{0,3}["'])|(?:process\.env|os\.environ|getenv)[^\n]{0,40}(?:KEY|TOKEN|SECRET|PASSWORD))/i;

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
      const logs = changeLines(c).added.filter((l) => LOGS_SECRET_RE.test(l.text.replace(STRING_RE, '""')));
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
