import type { FileChange } from '../../model/fileChange';
import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines, newSideText } from './changeLines';
import { commandSegments, commandWord } from './commandKinds';

/**
 * Git hooks neutered instead of satisfied: a hook script replaced by a no-op or given an early
 * `exit 0`, its commands commented out, the script deleted, renamed away or made non-executable, a
 * hook manager told to skip (lefthook `skip`, pre-commit `stages: [manual]`), or core.hooksPath
 * pointed elsewhere in a git config file. Same class as `--no-verify`, reached by editing files.
 */

/** Hook scripts: .git/hooks/<name>, husky (not its `_` runtime), .githooks/, hooks/ folders with standard hook names. */
const HOOK_FILE_RE = /(?:^|\/)\.git\/hooks\/[\w.-]{1,60}$|(?:^|\/)\.husky\/(?!_\/)[\w.-]{1,60}$|(?:^|\/)\.githooks\/[\w.-]{1,60}$|(?:^|\/)(?:git-?)?hooks\/(?:pre-commit|pre-push|commit-msg|prepare-commit-msg|pre-merge-commit|pre-rebase|pre-receive|update)$/;
/** Hook managers' config files. */
const HOOK_CONFIG_RE = /(?:^|\/)(?:\.?lefthook(?:-local)?\.ya?ml|\.pre-commit-config\.yaml|\.overcommit\.yml)$/;
const GIT_CONFIG_RE = /(?:^|\/)(?:\.gitconfig|\.git\/config|\.config\/git\/config)$/;
/** A hook path named in a shell command. */
const HOOK_IN_CMD_RE = /(?:^|[\s"'=/])(\.git\/hooks\/[\w.-]{1,60}|\.husky\/(?!_\/)[\w.-]{1,60}|\.githooks\/[\w.-]{1,60})/;

/** Lines that run nothing: shebang, comments, blank, `set -e`, husky's bootstrap line. */
const INERT_RE = /^\s*(?:#.{0,400}|set\s+-[a-z]{1,6}|\.\s+["']?\$\(dirname[^\n]{0,200}husky\.sh["']?|)\s*$/;
/** Lines that succeed without checking anything. */
const NOOP_RE = /^\s*(?:exit(?:\s+0)?|true|:|echo\b[^\n;&|]{0,200}|printf\b[^\n;&|]{0,200}|return\s+0)\s*;?\s*$/;
const EXIT0_RE = /^\s*(?:exit\s+0|exit)\s*;?\s*$/;

/** The hook's path from its hooks folder on, for messages. */
const SHOWN_RE = /(?:\.git\/hooks|\.husky|\.githooks|(?:git-?)?hooks)\/[\w.-]{1,60}$/;

function isHookPath(p: string): boolean {
  const n = p.replace(/\\/g, '/');
  return HOOK_FILE_RE.test(n) && !n.endsWith('.sample');
}

/** Executable lines of a script (inert lines dropped). */
function executable(lines: readonly string[]): string[] {
  return lines.filter((l) => !INERT_RE.test(l));
}

/** The script runs nothing but no-ops, or leaves with `exit 0` before its first real command. */
function neutered(script: readonly string[]): boolean {
  const exec = executable(script);
  if (exec.length === 0) return true;
  if (exec.every((l) => NOOP_RE.test(l))) return true;
  const firstReal = exec.findIndex((l) => !NOOP_RE.test(l));
  const firstExit = exec.findIndex((l) => EXIT0_RE.test(l));
  return firstExit >= 0 && firstExit < firstReal;
}

/** What a change does to a hook script: deleted, replaced by a no-op, commands commented out or exited early. */
function hookChangeVerdict(c: FileChange): string | undefined {
  if (c.kind === 'delete') return 'deleted';
  const { added, removed } = changeLines(c);
  const removedCmds = executable(removed).filter((l) => !NOOP_RE.test(l));
  if (c.after !== undefined && !(c.edits && c.edits.length > 0)) {
    // Whole new content known: a no-op script is neutered whether or not we saw the old one (a fresh write over an existing hook).
    if (neutered(c.after.split('\n'))) return removedCmds.length > 0 || c.before === undefined || c.kind !== 'add' ? 'replaced by a no-op' : undefined;
    return undefined;
  }
  const addedExec = executable(added.map((l) => l.text));
  const commented = added.some((a) => /^\s*#\s*\S/.test(a.text) && removedCmds.some((r) => a.text.replace(/^\s*#\s*/, '').trim() === r.trim()));
  if (removedCmds.length > 0 && (commented || addedExec.every((l) => NOOP_RE.test(l)))) return commented ? 'its commands commented out' : 'replaced by a no-op';
  if (addedExec.some((l) => EXIT0_RE.test(l)) && neutered(newSideText(c).split('\n'))) return 'exit 0 added before its checks';
  return undefined;
}

const SKIP_CONFIG_RE = /^\s*(?:skip\s*:\s*(?:true|\[|-|merge|rebase|ref)|stages\s*:\s*\[\s*manual\s*\]|enabled\s*:\s*false|-\s*manual\s*$)/;
const HOOK_ID_RE = /^\s*-\s*id\s*:\s*\S/;

function finding(quote: string, path: string | undefined, field: RawFinding['field'], id: string, message: string): RawFinding {
  return { category: 'circumvention', severity: 'high', topic: ['no_verify', 'hooks_edit'], monitor: `action.hookTampering.${id}`, field, quote: quote.slice(0, 300), ...(path ? { path } : {}), message };
}

/** The text a shell command writes into a file: its heredoc body, or the echo/printf arguments. */
function writtenText(cmd: string, seg: string): string {
  const nl = cmd.indexOf('\n');
  if (/<<-?\s{0,2}["']?\w{1,20}/.test(cmd) && nl >= 0) return cmd.slice(nl + 1).replace(/\n\s{0,8}\w{1,20}\s*$/, '');
  const m = /\b(?:echo|printf)\s+(?:-[a-z]{1,3}\s+)?(["'])([^\n]{0,400}?)\1/.exec(seg);
  return (m?.[2] ?? '').replace(/\\n/g, '\n');
}

/** A shell command that disarms a hook script: chmod -x, mv away, truncate, redirect a no-op into it, symlink to true, rm. */
function shellVerdict(cmd: string): { seg: string; hook: string; what: string } | undefined {
  for (const seg of commandSegments(cmd.length > 20_000 ? cmd.slice(0, 20_000) : cmd)) {
    const m = HOOK_IN_CMD_RE.exec(seg);
    const hook = m?.[1];
    if (!hook || hook.endsWith('.sample')) continue;
    const { word, args } = commandWord(seg);
    const ops = args.filter((a) => !a.startsWith('-'));
    const isHookArg = (a: string | undefined): boolean => a !== undefined && HOOK_IN_CMD_RE.test(` ${a}`);
    if (word === 'chmod' && args.some((a) => /^(?:[ugoa]{0,3}-[rwx]{0,2}x|0?[0-7]?[0246][0246][0246])$/.test(a))) return { seg, hook, what: 'made non-executable' };
    // rm of .git/hooks is already the `hooksPath` command signature; husky/.githooks scripts are not.
    if ((word === 'rm' || word === 'unlink' || word === 'shred') && ops.some(isHookArg)) {
      if (word === 'rm' && hook.startsWith('.git/')) continue;
      return { seg, hook, what: 'deleted' };
    }
    if (word === 'mv' && ops.length >= 2 && isHookArg(ops[0])) return { seg, hook, what: 'renamed away' };
    if ((word === 'cp' || word === 'ln') && ops.length >= 2 && isHookArg(ops[ops.length - 1]) && /^(?:\/dev\/null|\/bin\/true|\/usr\/bin\/true|\/bin\/echo)$/.test(ops[0] ?? '')) return { seg, hook, what: 'replaced by a no-op' };
    if (word === 'truncate') return { seg, hook, what: 'emptied' };
    if (word === 'sed' && args.some((a) => /^-[a-zA-Z]{0,4}i|^--in-place/.test(a)) && /exit 0|\/d["']?\s|s\/\^\/#/.test(seg)) return { seg, hook, what: 'its checks edited out' };
    if (new RegExp(String.raw`>\s{0,3}["']?[\w./~-]{0,200}${hook.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(seg) && !/>>/.test(seg)) {
      const body = writtenText(cmd, seg);
      if (neutered(body.split('\n'))) return { seg, hook, what: 'replaced by a no-op' };
    }
    if (/>>\s{0,3}["']?[\w./~-]{0,200}/.test(seg) && /\bexit\s+0\b/.test(seg)) return { seg, hook, what: 'exit 0 appended' };
  }
  return undefined;
}

export const hookTamperingMonitor: ActionMonitor = {
  id: 'action.hookTampering',
  scan(call) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      const p = c.path.replace(/\\/g, '/');
      if (isHookPath(p)) {
        const what = hookChangeVerdict(c);
        if (what) out.push(finding(p, c.path, 'path', 'script', `Neuters the git hook ${SHOWN_RE.exec(p)?.[0] ?? p} (${what}) instead of passing it`));
      } else if (HOOK_CONFIG_RE.test(p)) {
        const { added, removed } = changeLines(c);
        const skip = added.find((l) => SKIP_CONFIG_RE.test(l.text));
        const dropped = removed.filter((l) => HOOK_ID_RE.test(l)).length - added.filter((l) => HOOK_ID_RE.test(l.text)).length;
        if (skip) out.push(finding(skip.text.trim(), c.path, 'content', 'config', `Tells the hook manager to skip hooks (${p.split('/').pop() ?? p})`));
        else if (dropped > 0 && c.kind !== 'delete') out.push({ ...finding((removed.find((l) => HOOK_ID_RE.test(l)) ?? '').trim(), c.path, 'content', 'config', `Removes ${dropped} check${dropped > 1 ? 's' : ''} from the pre-commit hooks`), severity: 'medium' });
      } else if (GIT_CONFIG_RE.test(p)) {
        const hooks = changeLines(c).added.find((l) => /\bhooksPath\s{0,3}=/i.test(l.text));
        if (hooks) out.push(finding(hooks.text.trim(), c.path, 'content', 'gitConfig', 'Points git at another hooks folder (core.hooksPath) in a git config file'));
      }
    }
    if (call.command) {
      const v = shellVerdict(call.command);
      if (v) out.push(finding(v.seg, undefined, 'command', 'shell', `Neuters the git hook ${v.hook} (${v.what}) instead of passing it`));
    }
    return out;
  },
};
