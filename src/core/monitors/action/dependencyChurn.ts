import type { ActionMonitor, RawFinding } from '../monitorTypes';

const MASS_UPGRADE_RE = /\b(?:ncu|npm-check-updates)\b[^|;&]{0,120}(?:-u|--upgrade)\b|\bnpm\s+(?:update|upgrade)\b(?!\s+[\w@])|\byarn\s+upgrade(?:-interactive)?\b(?![^|;&]{0,10}\s[\w@][\w@/.-]{0,80}@)|\bpnpm\s+(?:up|update)\b[^|;&]{0,40}--latest\b|\bpoetry\s+update\b(?!\s+\w)|\bcargo\s+update\b(?!\s+-p)|\bgo\s+get\s+-u\s+(?:\.\/\.\.\.|all)\b|\bbundle\s+update\b(?!\s+\w)|\bcomposer\s+update\b(?!\s+\w)|\bpip\s+install\s[^|;&]{0,80}(?:-U|--upgrade)\b[^|;&]{0,80}-r\s/;

/** Upgrading every dependency at once: a sweeping change that needs the user's request. */
export const dependencyChurnMonitor: ActionMonitor = {
  id: 'action.dependencyChurn',
  scan(call) {
    const cmd = call.command;
    if (!cmd) return [];
    const m = MASS_UPGRADE_RE.exec(cmd);
    if (!m) return [];
    const f: RawFinding = { category: 'scope', severity: 'medium', topic: 'deps', monitor: 'action.dependencyChurn.massUpgrade', field: 'command', quote: cmd.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message: 'Upgrades all dependencies at once' };
    return [f];
  },
};
