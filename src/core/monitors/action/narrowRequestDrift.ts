import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { DOC_PATH_RE } from '../sessionContext';
import { changeLines } from './changeLines';
import { codeIdents, codeOnly } from './codeText';
import { lineFinding } from './lineFinding';
import { isTestPath } from './pathKinds';

/**
 * The user asked for a change of words only (a typo, the wording of a message, a comment, a label) and
 * an edit changes what the code does: new identifiers and calls, not just text inside string literals or
 * comments. A consistent rename (one identifier swapped for another) is still a words-only change.
 */

const TEXT_ONLY_RE = /\b(?:typos?|misspel\w{0,5}|spelling|wording|reword\w{0,3}|rephras\w{1,3}|grammar|punctuation|capitali[sz]\w{1,5}|copy-?edit\w{0,3}|(?:error|log|help|commit|button|label|toast|email|warning|success|status|usage|validation|tooltip|placeholder) (?:message|text|string|copy|label|wording)s?|docstrings?)\b/i;
const LOGIC_ASKED_RE = /\b(?:also|bugs?|crash\w{0,3}|logic|behaviou?r|implement\w{0,3}|refactor\w{0,3}|features?|support|handle|performance|slow|broken|fails?|failing|wrong (?:value|result|status|code)|and (?:then )?(?:add|fix|update|change|make|refactor|move|remove|switch|migrate)|as well as|plus|include (?:the|a|an)|(?:add|show|print|log) (?:the|a|an) \w{2,30} (?:to|in)|status code|refactor|upgrade|migrat\w{1,4}|rename (?:the )?(?:function|method|class|variable|field|param\w{0,6}))\b/i;
const SOURCE_RE = /\.(?:py|ts|tsx|js|jsx|mjs|cjs|go|rs|rb|java|kt|kts|cs|php|swift|scala|ex|exs|c|cc|cpp|h|hpp|m|vue|svelte)$/;
const MIN_NEW_IDENTS = 3;

function squash(s: string): string {
  return codeOnly(s).replace(/\s+/g, '');
}

export const narrowRequestDriftMonitor: ActionMonitor = {
  id: 'action.narrowDrift',
  scan(call, ctx) {
    const user = ctx.userPrompts[ctx.userPrompts.length - 1] ?? '';
    if (!user || user.length > 600 || !TEXT_ONLY_RE.test(user) || LOGIC_ASKED_RE.test(user)) return [];
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      if (c.kind !== 'update' || isTestPath(c.path) || DOC_PATH_RE.test(c.path) || !SOURCE_RE.test(c.path)) continue;
      const { added, removed } = changeLines(c);
      if (added.length === 0) continue;
      const before = new Set(removed.map(squash));
      const changed = added.filter((l) => {
        const sq = squash(l.text);
        return sq.length > 0 && !before.has(sq);
      });
      if (changed.length === 0) continue;
      const old = codeIdents(removed.join('\n').slice(0, 50_000));
      const fresh = [...codeIdents(changed.map((l) => l.text).join('\n').slice(0, 50_000))].filter((t) => !old.has(t));
      if (fresh.length < MIN_NEW_IDENTS) continue;
      out.push(lineFinding(c, changed, { category: 'scope', severity: 'medium', topic: 'scope', monitor: 'action.narrowDrift.logicChanged', message: `Changes code logic (${fresh.slice(0, 4).join(', ')}) on a request to fix only wording / a typo` }));
    }
    return out;
  },
};
