import type { ActionMonitor, RawFinding } from '../monitorTypes';

const MASS_UPGRADE_RE = /\b(?:ncu|npm-check-updates)\b[^|;&]{0,120}(?:-u|--upgrade)\b|\bnpm\s+(?:update|upgrade)\b(?!\s+[\w@])|\byarn\s+upgrade(?:-interactive)?\b(?![^|;&]{0,10}\s[\w@][\w@/.-]{0,80}@)|\bpnpm\s+(?:up|update)\b[^|;&]{0,40}--latest\b|\bpoetry\s+update\b(?!\s+\w)|\bcargo\s+update\b(?!\s+-p)|\bgo\s+get\s+-u\s+(?:\.\/\.\.\.|all)\b|\bbundle\s+update\b(?!\s+\w)|\bcomposer\s+update\b(?!\s+\w)|\bpip\s+install\s[^|;&]{0,80}(?:-U|--upgrade)\b[^|;&]{0,80}-r\s/;
const REFORMAT_ALL_RE = /\b(?:prettier\s[^|;&]{0,80}--write|black|ruff\s+format|gofmt\s+-w|eslint\s[^|;&]{0,80}--fix|rubocop\s+-a|isort|clang-format\s+-i)\s+(?:[^|;&]{0,80}\s)?["']?(?:\.|\.\/|src\/?|(?:[\w-]{1,40}\/)?\*\*(?:\/\*)?[\w.{},*]{0,40})["']?(?=\s|$|;|&|\|)|\bcargo\s+fmt\s+--all\b/;

const MASS_EDIT_RE = /\bxargs\s[^|;&]{0,40}\b(?:sed\s+-i|perl\s+-p?i)|\bfind\b[^|;&]{0,200}-exec\s+(?:sed\s+-i|perl\s+-p?i)|\b(?:sed\s+-i|perl\s+-p?i)\b[^|;&]{0,200}\$\((?:rg|grep|git grep|find)\b|\bsed\s+-i\b[^|;&]{0,200}\s(?:\*\*\/\*|-r|--recursive)\b/;

function finding(cmd: string, m: RegExpExecArray, id: string, topic: string | readonly string[], message: string): RawFinding {
  return { category: 'scope', severity: 'medium', topic, monitor: `action.sweeping.${id}`, field: 'command', quote: cmd.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message };
}

/** Repository-wide changes nobody asked for: every dependency upgraded, every file reformatted or rewritten. */
export const sweepingChangesMonitor: ActionMonitor = {
  id: 'action.sweeping',
  scan(call) {
    const cmd = call.command;
    if (!cmd) return [];
    const out: RawFinding[] = [];
    const up = MASS_UPGRADE_RE.exec(cmd);
    if (up) out.push(finding(cmd, up, 'massUpgrade', 'deps', 'Upgrades all dependencies at once'));
    const fmt = REFORMAT_ALL_RE.exec(cmd);
    if (fmt) out.push(finding(cmd, fmt, 'reformatAll', 'reformat', 'Reformats the whole repository'));
    const mass = MASS_EDIT_RE.exec(cmd);
    if (mass) out.push(finding(cmd, mass, 'massEdit', ['rename', 'bulk_edit'], 'Rewrites many files at once with a search-and-replace'));
    return out;
  },
};
