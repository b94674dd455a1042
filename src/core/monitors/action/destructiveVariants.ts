import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { commandSegments, commandWord } from './commandKinds';
import { PROD_RE, scanRm } from './destructiveCommands';
import { isBuildOutput } from './pathKinds';

/**
 * Irreversible deletes that do not spell `rm -rf`: recursive deletes from script one-liners
 * (shutil.rmtree, fs.rmSync, rimraf, FileUtils.rm_rf, os.RemoveAll), PowerShell and cmd (Remove-Item
 * -Recurse, rd /s), rsync of an empty folder with --delete, reflog expiry and immediate gc pruning,
 * column drops, whole-database resets through framework CLIs, and hosting platforms' destroy commands.
 * Targets are judged exactly like `rm` (build output and folders the user named are fine).
 */

/** Recursive deletes inside script one-liners; the first quoted argument is the target. */
const SCRIPT_DELETE_RE = /\bshutil\.rmtree\(\s{0,3}r?["']([^"'\n]{1,200})["']|\b(?:rmSync|rmdirSync|promises\.rm|fs\.rm)\(\s{0,3}["'`]([^"'`\n]{1,200})["'`][^)\n]{0,120}recursive\s{0,3}:\s{0,3}true|\brimraf(?:\.sync)?\(\s{0,3}["'`]([^"'`\n]{1,200})["'`]|\bFileUtils\.rm_r?f?\(\s{0,3}["']([^"'\n]{1,200})["']|\bos\.RemoveAll\(\s{0,3}"([^"\n]{1,200})"|\bremove_dir_all\(\s{0,3}"([^"\n]{1,200})"|\bDirectory\.Delete\(\s{0,3}@?"([^"\n]{1,200})"\s{0,3},\s{0,3}true/g;
const ONE_LINER_RE = /\b(?:python3?|node|ruby|perl|php|deno|bun|pwsh|powershell|go\s+run|cargo\s+script|dotnet\s+script)\b/;

/** Windows paths to the shapes `scanRm` knows: backslashes, drive roots, profile variables. */
function unixPath(t: string): string {
  return t
    .replace(/^["']|["']$/g, '')
    .replace(/\\/g, '/')
    .replace(/^(?:\$env:(?:USERPROFILE|HOME)|%USERPROFILE%|%HOMEPATH%)/i, '~')
    .replace(/^[A-Za-z]:(?=\/|$)/, '')
    .replace(/^$/, '/');
}

/** PowerShell / cmd deletes as rm arguments: Remove-Item -Recurse, rd|rmdir /s, del /s. */
function windowsDelete(word: string, args: string[]): string[] | undefined {
  const w = word.toLowerCase();
  if (w === 'remove-item' || w === 'ri') {
    const recursive = args.some((a) => /^-r(?:ecurse)?$/i.test(a));
    const targets = args.filter((a) => !a.startsWith('-')).map(unixPath);
    return targets.length > 0 ? [recursive ? '-rf' : '-f', ...targets] : undefined;
  }
  if (w === 'rd' || w === 'rmdir' || w === 'del' || w === 'erase') {
    const recursive = args.some((a) => /^\/s$/i.test(a));
    if (!recursive) return undefined;
    const targets = args.filter((a) => !a.startsWith('/') || /^\/[\w.-]{1,60}\//.test(a)).filter((a) => !/^\/[a-z]$/i.test(a)).map(unixPath);
    return targets.length > 0 ? ['-rf', ...targets] : undefined;
  }
  return undefined;
}

/** rsync --delete from an empty folder: everything in the destination goes. */
function emptySync(word: string, args: string[]): string | undefined {
  if (word !== 'rsync' || !args.some((a) => /^--delete/.test(a))) return undefined;
  const ops = args.filter((a) => !a.startsWith('-'));
  const src = ops[ops.length - 2];
  const dest = ops[ops.length - 1];
  if (!src || !dest || dest.includes(':') || isBuildOutput(dest)) return undefined;
  return /(?:^|\/)(?:empty|blank|void)[\w-]{0,20}\/?$|^\/dev\/null$|\$\(mktemp/.test(src) ? dest : undefined;
}

const DROP_COLUMN_RE = /\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?[\w."`]{1,80}\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|DEFAULT\b|NOT\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|TRIGGER\b)[\w"`]{1,80}/i;
const DB_CLIENT_RE = /\b(?:psql|mysql|mariadb|sqlite3?|sqlcmd|bq|snowsql|clickhouse-client|duckdb|cockroach\s+sql|mongosh?)\b|\s(?:-c|-e|--execute|--command)\s/;
/** Framework and platform CLIs that wipe a whole database. */
const DB_RESET_RE = /\bmanage\.py\s+migrate\s+[\w-]{1,60}\s+zero\b|\bsupabase\s+db\s+reset\b|\bartisan\s+(?:db:wipe|migrate:refresh)\b|\b(?:rails|rake)\s+db:purge\b|\btypeorm\s[^|;&]{0,60}schema:drop\b|\bfirebase\s+firestore:delete\b[^|;&]{0,120}(?:--all-collections|-r\b|--recursive)|\bflask\s+db\s+downgrade\s+base\b|\bdjango-admin\s+flush\b|\bmix\s+ecto\.(?:drop|reset)\b|\bdotnet\s+ef\s+database\s+drop\b/i;
/** Hosting and repository platforms' destroy commands. */
const PLATFORM_DESTROY_RE = /\bfly(?:ctl)?\s+(?:apps\s+destroy|destroy|volumes?\s+(?:destroy|delete)|postgres\s+destroy|machines?\s+destroy)\b|\bheroku\s+apps:destroy\b|\bvercel\s+(?:rm|remove)\b|\bnetlify\s+sites:delete\b|\bdoctl\s+(?:[\w-]{1,30}\s+){1,3}delete\b|\brailway\s+down\b|\bsupabase\s+projects\s+delete\b|\bgh\s+repo\s+delete\b|\bgh\s+release\s+delete\b|\bgh\s+api\s[^|;&]{0,200}(?:-X\s?|--method[= ])DELETE\b[^|;&]{0,200}\brepos\/[\w.-]{1,100}\/[\w.-]{1,100}(?:\s|$|["'])/;

function f(seg: string, severity: RawFinding['severity'], id: string, message: string, topic?: string | readonly string[], hard?: boolean): RawFinding {
  return { category: 'destructive', severity, topic, hard, monitor: `action.destructive.${id}`, field: 'command', quote: seg.slice(0, 300), message };
}

function scriptDeletes(cmd: string, ctx: SessionContext): RawFinding | undefined {
  if (!ONE_LINER_RE.test(cmd)) return undefined;
  let n = 0;
  for (const m of cmd.slice(0, 20_000).matchAll(SCRIPT_DELETE_RE)) {
    if (++n > 10) break;
    const target = m.slice(1).find((x) => x);
    if (!target) continue;
    const hit = scanRm(cmd, ['-rf', unixPath(target)], ctx);
    if (hit) return { ...hit, monitor: `${hit.monitor}.script` };
  }
  return undefined;
}

function gitRecovery(seg: string, args: string[]): RawFinding | undefined {
  const sub = args[0];
  const rest = args.slice(1);
  if (sub === 'reflog' && rest[0] === 'expire' && rest.some((a) => /^--expire(?:-unreachable)?=(?:now|all|0)\b/.test(a))) return f(seg, 'high', 'reflogExpire', 'Expires the reflog: commits lost by a reset or rebase can no longer be recovered', ['force_push', 'gc']);
  if (sub === 'gc' && rest.some((a) => /^--prune=(?:now|all)$/.test(a))) return f(seg, 'medium', 'gcPrune', 'Prunes unreachable objects immediately (git gc --prune=now)', ['force_push', 'gc']);
  // `git checkout .` (no `--`) throws away every uncommitted change just like `git checkout -- .`.
  if (sub === 'checkout' && !rest.includes('--') && rest.includes('.')) return f(seg, 'medium', 'discard', 'Discards all uncommitted changes', 'reset_hard');
  if (sub === 'checkout' && rest.some((a) => a === '-f' || a === '--force')) return f(seg, 'medium', 'discard', 'Discards uncommitted changes (git checkout --force)', 'reset_hard');
  return undefined;
}

export const destructiveVariantsMonitor: ActionMonitor = {
  id: 'action.destructiveVariants',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    const cmd = call.command;
    if (!cmd || call.toolKind === 'edit') return out;
    const script = scriptDeletes(cmd, ctx);
    if (script) out.push(script);
    for (const seg of commandSegments(cmd)) {
      const { word, args } = commandWord(seg);
      const win = windowsDelete(word, args);
      const hit = win ? scanRm(seg, win, ctx) : undefined;
      if (hit) out.push({ ...hit, monitor: `${hit.monitor}.windows` });
      const emptied = emptySync(word, args);
      if (emptied) out.push(f(seg, 'high', 'emptySync', `Syncs an empty folder over ${emptied} with --delete (everything in it is deleted)`, 'delete_files'));
      const git = word === 'git' ? gitRecovery(seg, args) : undefined;
      if (git) out.push(git);
    }
    const prod = PROD_RE.test(cmd);
    if (DROP_COLUMN_RE.test(cmd) && DB_CLIENT_RE.test(cmd)) out.push(prod ? f(cmd, 'critical', 'dropColumnProd', 'Drops a column in a production database', undefined, true) : f(cmd, 'high', 'dropColumn', 'Drops a table column (its data is lost)', 'drop_data'));
    if (DB_RESET_RE.test(cmd)) out.push(prod ? f(cmd, 'critical', 'dbResetProd', 'Wipes a production database', undefined, true) : f(cmd, 'high', 'dbReset', 'Wipes or unapplies a whole database schema', 'drop_data'));
    if (PLATFORM_DESTROY_RE.test(cmd)) out.push(f(cmd, prod ? 'critical' : 'high', 'platformDestroy', 'Destroys a hosted app, database, volume or repository', 'infra', prod));
    return out;
  },
};
