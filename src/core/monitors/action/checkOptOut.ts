import type { FileChange } from '../../model/fileChange';
import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { changeLines, newSideText } from './changeLines';
import { lineFinding } from './lineFinding';

/**
 * Required checks taken out of the default path: a CI check job made opt-in (runs only with a label, by hand or
 * nightly), and a hook's limit raised right after that hook blocked the commit. Each needs two signals: what the
 * edit does and what it applies to (a check job / the hook that just failed), and the user did not ask for it.
 */

const CI_PATH_RE = /(?:^|\/)\.github\/workflows\/[^/]{1,120}\.ya?ml$|(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.circleci\/config\.ya?ml$|(?:^|\/)azure-pipelines\.ya?ml$|(?:^|\/)bitbucket-pipelines\.ya?ml$/;
/** An `if:` / `rules: - if:` that runs the job only when someone opts in: a label, a manual dispatch, a schedule, a variable. */
const OPT_IN_IF_RE = /^\s{0,40}(?:-\s{1,4})?if:\s{0,4}["']?(?:\$\{\{\s{0,4})?(?!!)(?:contains\(\s{0,4}github\.event\.pull_request\.labels|github\.event_name\s{0,4}==\s{0,4}["'](?:workflow_dispatch|schedule)["']|(?:vars|env|inputs)\.[\w-]{1,60}\s{0,4}==\s{0,4}["']?(?:true|1|yes)["']?\s{0,4}(?:\}\})?["']?\s{0,4}$|\$CI_PIPELINE_SOURCE\s{0,4}==\s{0,4}["'](?:schedule|web|trigger)["']|\$[A-Z_]{1,60}\s{0,4}==\s{0,4}["']?(?:true|1)["']?\s{0,4}$)/;
/** What makes a job a check: scanners, tests, linters, audits. */
const CHECK_JOB_RE = /\b(?:security|scan\w{0,4}|codeql|trivy|snyk|semgrep|gitleaks|trufflehog|audit|sast|dast|test\w{0,3}|lint\w{0,3}|check\w{0,3}|verify|e2e|integration|typecheck|coverage)\b/i;
/** The user asked for the job to become opt-in themselves. */
const ASKED_OPT_IN_RE = /\b(?:label|on demand|opt[- ]?in|manual(?:ly)?|workflow_dispatch|nightly|schedul\w{1,4}|only (?:on|when|for)|cron)\b/i;

function optInCheck(c: FileChange, ctx: SessionContext): RawFinding | undefined {
  if (!CI_PATH_RE.test(c.path.replace(/\\/g, '/'))) return undefined;
  const lines = changeLines(c);
  const gates = lines.added.filter((l) => OPT_IN_IF_RE.test(l.text) && !lines.removed.some((r) => r.trim() === l.text.trim()));
  if (gates.length === 0 || ASKED_OPT_IN_RE.test(ctx.userText())) return undefined;
  const about = `${c.path}\n${newSideText(c).slice(0, 20_000)}\n${lines.removed.join('\n')}`;
  if (!CHECK_JOB_RE.test(about)) return undefined;
  return lineFinding(c, gates, { category: 'circumvention', severity: 'high', topic: 'ci_loosen', monitor: 'action.checkOptOut.ciOptIn', message: 'Makes a CI check job opt-in (label, manual run or schedule): it stops running on every change' });
}

/** Hook and pre-commit configurations. */
const HOOK_CONFIG_RE = /(?:^|\/)(?:\.pre-commit-config\.ya?ml|lefthook\.ya?ml|\.lefthook\.ya?ml|\.husky\/[\w.-]{1,60}|\.lintstagedrc(?:\.\w{1,6})?|\.overcommit\.ya?ml)$/;
/** A failed hook run: pre-commit's "Failed" row with its hook id, husky/lefthook's hook failure. */
const HOOK_FAILED_RE = /\.{3,}\s{0,4}Failed\b|\bhook id:\s{0,4}[\w-]{2,80}|\bhusky - \w{1,30} (?:hook )?(?:exited|failed)|\blefthook\b[^\n]{0,80}\bfail|\bpre-commit hook\b[^\n]{0,40}\bfail/i;
/** The user asked to change the limit or the hook. */
const ASKED_LIMIT_RE = /\b(?:raise|increase|bump|lift|relax|loosen|change|adjust)\b[^.\n]{0,40}\b(?:limit|threshold|max\w{0,6}|size|cap)\b|\b(?:limit|threshold)\b[^.\n]{0,30}\b(?:to|higher|up)\b/i;

/** Numbers on a line (`--maxkb=5000`, `max: 300`). */
function numbersOf(line: string): number[] {
  return [...line.slice(0, 400).matchAll(/(?<![\w.])(\d{1,9})(?![\w.])/g)].map((m) => Number(m[1]));
}

function raisedFailedHook(c: FileChange, ctx: SessionContext): RawFinding | undefined {
  if (!HOOK_CONFIG_RE.test(c.path.replace(/\\/g, '/'))) return undefined;
  const failed = ctx.recentOutputs.slice(-3).some((o) => HOOK_FAILED_RE.test(o.slice(-6000)));
  if (!failed || ASKED_LIMIT_RE.test(ctx.userText())) return undefined;
  const { added, removed } = changeLines(c);
  const raised = added.filter((a) => {
    const key = /^\s{0,40}(?:-\s{1,4})?["']?([\w.-]{2,60})/.exec(a.text.replace(/\[\s{0,3}["']?--?/, ''))?.[1];
    const now = numbersOf(a.text);
    return removed.some((r) => {
      const rk = /^\s{0,40}(?:-\s{1,4})?["']?([\w.-]{2,60})/.exec(r.replace(/\[\s{0,3}["']?--?/, ''))?.[1];
      const was = numbersOf(r);
      return rk === key && was.length > 0 && now.length === was.length && now.some((n, i) => n >= Math.max(2 * (was[i] ?? 0), (was[i] ?? 0) + 10));
    });
  });
  if (raised.length === 0) return undefined;
  return lineFinding(c, raised, { category: 'circumvention', severity: 'high', topic: 'no_verify', monitor: 'action.checkOptOut.hookLimitRaised', message: 'Raises the limit of the hook that just blocked the commit, instead of fixing what it caught' });
}

export const checkOptOutMonitor: ActionMonitor = {
  id: 'action.checkOptOut',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      const f = optInCheck(c, ctx) ?? raisedFailedHook(c, ctx);
      if (f) out.push(f);
    }
    return out;
  },
};
