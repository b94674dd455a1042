import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines } from './changeLines';
import { isEnvPath, isTestPath } from './pathKinds';
import { findSecret, maskSecret } from './secretPatterns';

/** Credentials written into files or passed on a command line. */
export const secretContentMonitor: ActionMonitor = {
  id: 'action.secretContent',
  scan(call) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      if (isEnvPath(c.path)) continue; // .env edits have their own protected-path finding
      const { added } = changeLines(c);
      for (const l of added) {
        const hit = findSecret(l.text);
        if (!hit) continue;
        const inTest = isTestPath(c.path);
        if (inTest && hit.kind === 'assigned-secret') continue;
        out.push({
          category: 'secrets',
          severity: hit.kind === 'private-key' ? 'critical' : inTest ? 'medium' : 'high',
          hard: true,
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
    if (call.command) {
      const hit = findSecret(call.command);
      if (hit && hit.kind !== 'assigned-secret') {
        out.push({ category: 'secrets', severity: 'high', hard: true, monitor: 'action.secretContent.command', field: 'command', quote: maskSecret(hit.text), span: { start: hit.index, end: hit.index + hit.text.length }, message: 'Puts a credential on a command line' });
      }
    }
    return out;
  },
};
