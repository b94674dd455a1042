import type { ToolCallEvent } from '../../model/events';
import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { isNegated } from '../text/intent';
import { userMentions } from '../userRequest';
import { addedText, changeLines } from './changeLines';
import { isAuthPath, isCiPath, isEditorSettingsPath, isEnvPath, isMigrationPath, isSelfProtectedPath } from './pathKinds';

const GOVERNANCE_RE = /(?:^|\/)(?:LICEN[CS]E|COPYING|NOTICE|CODEOWNERS|SECURITY\.md|CODE_OF_CONDUCT\.md)(?:\.\w{1,4})?$/i;
const GOVERNANCE_WORD_RE = /licen[cs]e|copying|notice|codeowners|security|conduct/i;
const SHELL_WRITE_RE = /\bsed\s+(?:-[a-zA-Z]{0,4}i|--in-place)|>>?|\btee\b|\bcp\b|\bmv\b|\brm\b|\bln\b|\btruncate\b|\bchmod\b|\bchown\b|\bwrite|\bopen\(|\bjq\b[^|]{0,200}>|\bunlink\b|\bdd\b/;

/** Redirections that write no file: `2>/dev/null`, `&>/dev/null`, `2>&1`. */
const NULL_REDIRECT_RE = /(?:\d|&)?>>?\s{0,3}\/dev\/null\b|\d?>&\d/g;

/** The command writes files (redirections to /dev/null, as in `ls .claude/hooks 2>/dev/null`, do not count). */
function writesFiles(command: string): boolean {
  return SHELL_WRITE_RE.test(command.replace(NULL_REDIRECT_RE, ' '));
}

/** Settings that widen what the agent may do without asking (sandbox, approvals, permission allow-lists, hooks). */
const LOOSENS_RE = /danger-full-access|\bsandbox(?:_mode)?\b[^\n]{0,40}(?:off|false|none|disabled?)|approval_policy[^\n]{0,20}never|ask-for-approval|bypassPermissions|dangerously|defaultMode|"allow"|\ballow\b[^\n]{0,40}(?:Bash|\*)|\bpermissions?\b|\bhooks?\b|\brm\b|>\s{0,3}\/dev\/null|network_access[^\n]{0,20}true|\btrust_level\b|allow_?list|\bdisabled?\b|enabled[^\n]{0,10}false|threshold/i;
const PATHISH_RE = /\.claude\/settings[\w.-]{0,40}\.json|\.claude\/hooks\b|\.codex\/hooks\.json|\.codex\/config\.toml|\.github\/hooks\b|\.vigil\/|\.claude\.json\b/;

/** Vigil's own keys in editor settings. A rewrite of the whole file only counts when it loosens them. */
const VIGIL_KEY_RE = /["']vigil\.[\w.]{2,60}["']\s{0,3}:/;
const VIGIL_LOOSEN_RE = /["']vigil\.[\w.]{2,60}["']\s{0,3}:\s{0,3}(?:false|"(?:off|none|disabled?|allow|low|warn)"|0\b|[5-9]\d\b|100\b)|["']vigil\.[\w.]{0,40}failOpen["']\s{0,3}:\s{0,3}true/i;
/** A shell command that rewrites Vigil's keys in an editor settings file (sed, jq, python…). */
const VIGIL_SHELL_RE = /["'[]vigil\.[\w.]{2,60}["'\]][^\n]{0,300}(?:settings\.json|\.code-workspace)\b|(?:settings\.json|\.code-workspace)\b[^\n]{0,300}["'[]vigil\.[\w.]{2,60}["'\]]/;

/** The call changes Vigil's settings inside an editor settings file at `p`. */
function touchesVigilSettings(call: ToolCallEvent, p: string): boolean {
  if (!isEditorSettingsPath(p)) return false;
  return (call.changes ?? []).some((c) => {
    if (c.path !== p) return false;
    const l = changeLines(c);
    const wholeRewrite = c.before === undefined && !(c.edits && c.edits.length > 0) && !(c.hunks && c.hunks.length > 0);
    if (wholeRewrite) return l.added.some((a) => VIGIL_LOOSEN_RE.test(a.text));
    // Compare Vigil's lines without trailing commas: appending a setting after one rewrites its line but not its value.
    const norm = (x: string): string => x.trim().replace(/,$/, '');
    const added = new Set(l.added.map((a) => a.text).filter((x) => VIGIL_KEY_RE.test(x)).map(norm));
    const removed = new Set(l.removed.filter((x) => VIGIL_KEY_RE.test(x)).map(norm));
    return [...added].some((x) => !removed.has(x)) || [...removed].some((x) => !added.has(x));
  });
}

/** Paths a call writes to (file changes, and for edit/write tools the paths it names). */
function writtenPaths(call: ToolCallEvent): string[] {
  const out = (call.changes ?? []).flatMap((c) => (c.movePath ? [c.path, c.movePath] : [c.path]));
  if (call.toolKind === 'edit' || call.toolKind === 'write') out.push(...(call.paths ?? []));
  return [...new Set(out)];
}

/** Protected paths a call touches: self-protection, CI, .env, migrations, auth code (scored ≥ 90). */
export function builtinProtectedPaths(call: ToolCallEvent): string[] {
  const out = writtenPaths(call).filter((p) => isSelfProtectedPath(p) || touchesVigilSettings(call, p) || isCiPath(p) || isEnvPath(p) || isMigrationPath(p) || isAuthPath(p));
  const shellSelf = call.command ? PATHISH_RE.exec(call.command) ?? VIGIL_SHELL_RE.exec(call.command) : null;
  if (shellSelf && writesFiles(call.command ?? '')) out.push(shellSelf[0]);
  return [...new Set(out)];
}

const LOOSEN_ASKED_RE = /\b(?:permissions?|allow\w{0,4}|sandbox\w{0,5}|approvals?|hooks?|bypass\w{0,3}|trust\w{0,4}|network access|full access|yolo|threshold|gate|rules?|disabled?|enabled?)\b/gi;

/** The change widens what the agent may do, and the user did not ask for that (naming the file is not enough). */
function loosensUnasked(text: string, userText: string): boolean {
  if (!LOOSENS_RE.test(text) && !VIGIL_LOOSEN_RE.test(text)) return false;
  for (const m of userText.matchAll(LOOSEN_ASKED_RE)) {
    const after = userText.slice(m.index, m.index + 60);
    const before = userText.slice(Math.max(0, m.index - 40), m.index);
    const keepAsIs = /^[^.;,\n]{0,40}\b(?:alone|as[- ]is|unchanged|untouched|the same)\b/i.test(after) || /\b(?:keep|leave|preserve|don'?t (?:touch|change))\b[^.;,\n]{0,30}$/i.test(before);
    if (!keepAsIs && !isNegated(userText, m.index)) return false;
  }
  return true;
}

/** The user's prompt names this very file (e.g. ".vigil/rules.json"): the edit is the task, not self-tampering. */
function userNamesFile(userText: string, p: string): boolean {
  const n = p.replace(/\\/g, '/');
  const tail = n.split('/').slice(-2).join('/');
  const base = n.split('/').pop() ?? '';
  return userMentions(userText, tail) || (base.length >= 8 && userMentions(userText, base)) || /\b(?:vigil|claude|codex)(?:'s)?\s(?:settings|config|hooks?|permissions?|rules?)\b|\ballow ?list\b/i.test(userText) || namesToolAndKind(userText, n);
}

/** The kind of self-protected file a path is, as a user would call it. */
function kindWord(p: string): RegExp | undefined {
  if (/\.vigil\/[^/]{0,60}rules?/i.test(p)) return /\b(?:team )?rules?(?: ?file)?\b/i;
  if (/settings[\w.-]{0,30}\.json$|config\.toml$/i.test(p)) return /\b(?:settings|config(?:uration)?)\b/i;
  return undefined;
}

/**
 * The user names the tool ("Vigil keeps flagging…") and asks for a change to that kind of file in the same
 * prompt ("add a rule to our team rules file"), without naming the path: the edit is the task.
 */
function namesToolAndKind(userText: string, p: string): boolean {
  const tool = /\.vigil\//.test(p) ? /\bvigil\b/i : /\.claude\//.test(p) ? /\bclaude(?: code)?\b/i : /\.codex\//.test(p) ? /\bcodex\b/i : undefined;
  const kind = kindWord(p);
  if (!tool || !kind) return false;
  for (const prompt of userText.split(/\n{2,}/)) {
    const t = tool.exec(prompt);
    const k = kind.exec(prompt);
    if (t && k && !isNegated(prompt, k.index) && /\b(?:add|change|update|edit|adjust|set|tweak|write|create|modify)\b/i.test(prompt)) return true;
  }
  return false;
}

function finding(path: string, partial: Omit<RawFinding, 'quote' | 'field' | 'path' | 'monitor'> & { id: string }): RawFinding {
  const { id, ...rest } = partial;
  return { ...rest, monitor: `action.protectedPath.${id}`, field: 'path', quote: path, path };
}

/**
 * Edits to protected areas. Self-protection (agent permissions, hooks, Vigil config) is critical;
 * other protected areas are low findings (touching them is not misbehaviour by itself) but always
 * score ≥ 90 in the risk, so the gate sends them to review.
 */
export const protectedPathsMonitor: ActionMonitor = {
  id: 'action.protectedPath',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    for (const p of writtenPaths(call)) {
      if (isSelfProtectedPath(p) || touchesVigilSettings(call, p)) {
        const added = (call.changes ?? []).filter((c) => c.path === p).map((c) => addedText(changeLines(c))).join('\n');
        // For Vigil's keys in editor settings, a request that names Vigil is enough ("turn on vigil's codex source").
        const named = userNamesFile(ctx.userText(), p) || (!isSelfProtectedPath(p) && userMentions(ctx.userText(), 'vigil'));
        const asked = named && !loosensUnasked(added, ctx.userText());
        out.push(finding(p, { id: 'self', category: 'circumvention', severity: asked ? 'low' : 'critical', hard: true, message: asked ? "Edits Vigil's or the agent's own config (the user named this file; still goes to review)" : "Edits the agent's own permission/hook settings or Vigil's config" }));
      } else if (GOVERNANCE_RE.test(p.replace(/\\/g, '/')) && !userMentions(ctx.userText(), GOVERNANCE_WORD_RE.exec(p)?.[0] ?? 'license')) {
        out.push(finding(p, { id: 'governance', category: 'scope', severity: 'medium', message: "Changes the project's license or governance files" }));
      } else if (isCiPath(p)) {
        out.push(finding(p, { id: 'ci', category: 'scope', severity: 'low', topic: 'ci', message: 'Edits CI / pre-commit configuration (protected: goes to review)' }));
      } else if (isEnvPath(p)) {
        out.push(finding(p, { id: 'env', category: 'secrets', severity: 'low', topic: 'env', message: 'Edits a .env file (protected: goes to review)' }));
      } else if (isMigrationPath(p)) {
        const added = (call.changes ?? []).some((c) => c.path === p && c.kind === 'add') || ctx.createdInSession(p);
        out.push(finding(p, { id: 'migration', category: 'scope', severity: added ? 'low' : 'medium', topic: 'migrations', message: added ? 'Adds a database migration (protected: goes to review)' : 'Edits an existing, possibly applied, database migration' }));
      } else if (isAuthPath(p)) {
        out.push(finding(p, { id: 'auth', category: 'scope', severity: 'low', topic: 'auth', message: 'Edits authentication / permission code (protected: goes to review)' }));
      }
    }
    if (call.command) {
      const m = PATHISH_RE.exec(call.command) ?? VIGIL_SHELL_RE.exec(call.command);
      if (m && writesFiles(call.command)) {
        // The user named this config and the command sets nothing that loosens the sandbox or permissions (a model change).
        if (userNamesFile(ctx.userText(), m[0]) && !loosensUnasked(call.command, ctx.userText())) {
          out.push({ category: 'circumvention', severity: 'low', monitor: 'action.protectedPath.selfShell', field: 'command', quote: call.command.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message: "Shell command edits the agent's own config (requested by the user; nothing loosened)" });
          return out;
        }
        out.push({ category: 'circumvention', severity: 'critical', hard: true, monitor: 'action.protectedPath.selfShell', field: 'command', quote: call.command.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message: "Shell command writes to the agent's permission/hook settings or Vigil's config" });
      }
    }
    return out;
  },
};
