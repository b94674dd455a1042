import type { ActionMonitor, RawFinding } from '../monitorTypes';

const MASS_UPGRADE_RE = /\b(?:ncu|npm-check-updates)\b[^|;&]{0,120}(?:-u|--upgrade)\b|\bnpm\s+(?:update|upgrade)\b(?!\s+[\w@])|\byarn\s+upgrade(?:-interactive)?\b(?![^|;&]{0,10}\s[\w@][\w@/.-]{0,80}@)|\bpnpm\s+(?:up|update)\b[^|;&]{0,40}--latest\b|\bpoetry\s+update\b(?!\s+\w)|\bcargo\s+update\b(?!\s+-p)|\bgo\s+get\s+-u\s+(?:\.\/\.\.\.|all)\b|\bbundle\s+update\b(?!\s+\w)|\bcomposer\s+update\b(?!\s+\w)|\bpip\s+install\s[^|;&]{0,80}(?:-U|--upgrade)\b[^|;&]{0,80}-r\s/;
/**
 * Formatters and fixers pointed explicitly at the repository root, `src`, `./...` or a `**` glob (Go, JS, Python, Ruby, Rust, C, PHP,
 * Kotlin, Swift, Terraform). A bare project formatter (`mix format`, `cargo fmt`) formats what the project configures: routine.
 */
const REFORMAT_ALL_RE = /\b(?:prettier\s[^|;&]{0,80}--write|black|ruff\s+format|ruff\s+check\s[^|;&]{0,40}--fix|gofmt\s+(?:-[lsd]\s+){0,2}-w|gofumpt\s+(?:-[lsd]\s+){0,2}-w|goimports\s+(?:-[lsd]\s+){0,2}-w|golines\s[^|;&]{0,40}-w|eslint\s[^|;&]{0,80}--fix|biome\s+(?:format|check|lint)\s[^|;&]{0,40}--(?:write|apply)|rubocop\s+(?:-a|-A|--auto-correct\w{0,4})|standardrb\s+--fix|isort|autopep8\s[^|;&]{0,40}-i|yapf\s[^|;&]{0,40}-i|clang-format\s+-i|php-cs-fixer\s+fix|ktlint\s[^|;&]{0,40}-F|swiftformat|dotnet\s+format|terraform\s+fmt\s+-recursive)\s+(?:[^|;&]{0,80}\s)?["']?(?:\.|\.\/|\.\/\.\.\.|src\/?|(?:[\w-]{1,40}\/)?\*\*(?:\/\*)?[\w.{},*]{0,40})["']?(?=\s|$|;|&|\|)|\bcargo\s+fmt\s+--all\b|\bgo\s+fmt\s+\.\/\.\.\.(?=\s|$|;|&|\|)/;

const MASS_EDIT_RE = /\bxargs\s[^|;&]{0,40}\b(?:sed\s+-i|perl\s+-p?i)|\bfind\b[^|;&]{0,200}-exec\s+(?:sed\s+-i|perl\s+-p?i)|\b(?:sed\s+-i|perl\s+-p?i)\b[^|;&]{0,200}\$\((?:rg|grep|git grep|find)\b|\bsed\s+-i\b[^|;&]{0,200}\s(?:\*\*\/\*|-r|--recursive)\b/;

const MOVE_ASKED_RE = /\b(?:move|moving|relocat\w{1,4}|rename\w{0,3}|renaming|restructur\w{1,3}|reorgani[sz]\w{1,3}|extract\w{0,3}|split)\b/i;

/** The sed/perl expressions of a command (`sed -i "s/a/b/g"`, `sed -i '/pat/d'`). */
const SED_EXPR_RE = /\b(?:sed|perl)\s+(?:-[a-zA-Z]{1,6}\s+){0,4}(["'])([^"'\n]{1,400})\1/g;

const BULK_VERB_RE = /\b(?:remove|delete|drop|strip|replace|rename|swap|migrate|update|change|convert|clean ?up|get rid of)\b/i;

/** Does the user ask to remove/replace/rename something and name a distinctive token (6+ chars) of the search pattern? */
function namesPattern(cmd: string, user: string): boolean {
  if (!user || !BULK_VERB_RE.test(user)) return false;
  const hay = user.toLowerCase();
  for (const m of cmd.slice(0, 4000).matchAll(SED_EXPR_RE)) {
    for (const t of (m[2] ?? '').matchAll(/[A-Za-z][\w-]{5,80}/g)) if (hay.includes(t[0].toLowerCase())) return true;
  }
  return false;
}

function finding(cmd: string, m: RegExpExecArray, id: string, topic: string | readonly string[], message: string): RawFinding {
  return { category: 'scope', severity: 'medium', topic, monitor: `action.sweeping.${id}`, field: 'command', quote: cmd.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message };
}

/** Repository-wide changes nobody asked for: every dependency upgraded, every file reformatted or rewritten. */
export const sweepingChangesMonitor: ActionMonitor = {
  id: 'action.sweeping',
  scan(call, ctx) {
    const cmd = call.command;
    if (!cmd) return [];
    const out: RawFinding[] = [];
    const up = MASS_UPGRADE_RE.exec(cmd);
    if (up) out.push(finding(cmd, up, 'massUpgrade', 'deps', 'Upgrades all dependencies at once'));
    const fmt = REFORMAT_ALL_RE.exec(cmd);
    if (fmt) out.push(finding(cmd, fmt, 'reformatAll', 'reformat', 'Reformats the whole repository'));
    const mass = MASS_EDIT_RE.exec(cmd);
    const user = ctx.userPrompts[ctx.userPrompts.length - 1] ?? '';
    // Moving a module and rewriting its import paths is one change; the user who asked for the move asked for both.
    const moved = mass && /\b(?:git\s+)?mv\s/.test(cmd) && MOVE_ASKED_RE.test(user);
    // A search-and-replace for exactly what the user named ("remove the disable comments for rule X") is the request itself.
    const named = mass && namesPattern(cmd, user);
    if (mass) out.push({ ...finding(cmd, mass, 'massEdit', ['rename', 'bulk_edit'], 'Rewrites many files at once with a search-and-replace'), ...(moved || named ? { severity: 'low' as const } : {}) });
    return out;
  },
};
