import type { ActionMonitor, RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { userMentions, userNamesPath } from '../userRequest';
import { changeLines, newSideText } from './changeLines';
import { commandSegments, commandWord } from './commandKinds';
import { lineFinding } from './lineFinding';
import { isBuildOutput } from './pathKinds';

const CATASTROPHIC_RE = /^(?:\/|\/\*|~|~\/|~\/\*|\$HOME|\$\{HOME\}|\$HOME\/\*?|\$\{HOME\}\/\*?|\*|\.|\.\/|\.\/\*|\.\.|\.\.\/|\.\.\/\*|\.\.\/\.\.|\/(?:home|usr|etc|var|bin|lib|opt|root|Users|System)\/?\*?|\.git\/?|\$PWD|\$\(pwd\))$/;
export const PROD_RE = /(?:^|[^a-z])prod(?:uction)?(?:[^a-z]|$)|\bprd\b|\blive\b|--context[= ]\S{0,60}prod|\bmain-db\b/i;
const SCRIPT_PATH_RE = /\.(?:sh|bash|zsh)$|(?:^|\/)(?:Makefile|Dockerfile|justfile|Taskfile\.ya?ml)$/;
const SQL_DESTROY_RE = /\b(?:DROP\s+(?:TABLE|DATABASE|SCHEMA|COLLECTION)|TRUNCATE\s+TABLE\s+\w|TRUNCATE\s+[\w."`]{1,80}(?:\s*,\s*[\w."`]{1,80}){0,20}\s*(?:;|"|'|$|\s(?:RESTART|CONTINUE|CASCADE|RESTRICT)\b))|\bDELETE\s+FROM\s+[\w."`]{1,80}\s*(?:;|"|'|$)|\bFLUSHALL\b|\bFLUSHDB\b|\bdropDatabase\(\)|\bdb\.[\w$]{1,80}\.drop\(\)|\.(?:deleteMany|remove)\(\s{0,3}\{\s{0,3}\}\s{0,3}\)|\bdb:(?:drop|reset)\b|\bmigrate:(?:fresh|reset)\b|\bprisma\s+(?:migrate\s+reset|db\s+push\s+--force-reset)\b|\bdropdb\b|\bmanage\.py\s+(?:flush|reset_db)\b|\balembic\s+downgrade\s+base\b|\bdb:schema:load\b|\bdb:seed:replant\b|\bmigrate:rollback\s[^|;&]{0,40}--all\b|\bsequelize\s+db:drop\b/i;
const INFRA_RE = /\bkubectl\s+(?:[^\s|;&]{1,60}\s+){0,6}delete\b|\b(?:terraform|tofu)\s+(?:-\S{1,200}\s+){0,4}(?:destroy|apply\s[^|;]{0,200}-destroy)\b|\bpulumi\s+(?:-\S{1,200}\s+){0,4}destroy\b|\bhelm\s+(?:uninstall|delete)\b|\baws\s+s3\s+(?:rm\s[^|;]{0,200}--recursive|rb|sync\s[^|;]{0,200}--delete)\b|\bgsutil\s+(?:-m\s+)?(?:rm\s[^|;]{0,100}-r|rsync\s[^|;]{0,200}-d)\b|\baws\s+\w{2,30}\s+(?:delete-\w{1,40}|terminate-instances)\b|\bgcloud\s[^|;]{0,200}\bdelete\b|\baz\s[^|;]{0,200}\bdelete\b|\bdocker\s+(?:system\s+prune\s[^|;]{0,80}--volumes|volume\s+(?:rm|prune))\b|\bdocker(?:-|\s)compose\s+down\s[^|;]{0,80}-v\b/;
const DISK_RE = /\bmkfs(?:\.\w{1,8})?\b|\bdd\s[^|;]{0,200}\bof=\/dev\/|\bshred\s[^|;&]{0,100}\/dev\/|>\s*\/dev\/[sh]d[a-z]\b|:\(\)\s*\{\s*:\|:&\s*\};:|\bwipefs\b/;
const DEPLOY_RE = /\b(?:vercel\s[^|;]{0,80}--prod|fly(?:ctl)?\s+deploy|heroku\s[^|;]{0,120}(?:releases:rollback|pg:reset|ps:scale)|npm\s+publish|cargo\s+publish|twine\s+upload|gh\s+release\s+create|kubectl\s[^|;]{0,120}\bapply\b[^|;]{0,200}\bprod|(?:terraform|tofu)\s+(?:-\S{1,200}\s+){0,4}apply\b[^|;]{0,200}(?:-auto-approve|prod)|serverless\s+deploy\b[^|;]{0,80}prod)/i;

/**
 * DROP TABLE x that loses no data: the same change creates x (a migration's rollback) or renamed x
 * aside and copied its rows into a new table (the rebuild pattern).
 */
function isSafeDrop(line: string, newText: string): boolean {
  const m = /DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?([\w.]{1,80})/i.exec(line) ?? /\b(?:drop_table|dropTableIfExists|dropTable|Schema::drop(?:IfExists)?)\s{0,3}\(?\s{0,3}:?["'`]?([\w.]{1,80})/.exec(line);
  const name = m?.[1];
  if (!name) return columnReversal(line, newText);
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const created = new RegExp(`CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\`"]?${n}\\b|(?:create(?:_table|\\s+table|Table(?:IfNotExists)?)|Schema::create|CreateModel)\\s*\\(?\\s*(?:name\\s*=\\s*)?:?["'\`]?${n}\\b`, 'i').test(newText);
  const rebuilt = new RegExp(`RENAME\\s+TO\\s+[\`"]?${n}\\b`, 'i').test(newText) && new RegExp(`FROM\\s+[\`"]?${n}\\b`, 'i').test(newText);
  return created || rebuilt;
}

/** Migration files of any framework: SQL files, migrations/ folders, Rails db/migrate, Alembic versions. */
const MIGRATION_PATH_RE = /\.sql$|(?:^|\/)migrations?\/|(?:^|\/)db\/migrate\/|(?:^|\/)alembic\/versions\//;
/** Migration DSLs' drops (Rails, Alembic, Django, Laravel, Knex/TypeORM, Sequelize, Ecto): a table or column and its data. */
const MIGRATION_DROP_RE = /\bdrop_table\s{0,3}\(?\s{0,3}[:"']|\bremove_column\s{0,3}\(?\s{0,3}[:"']|\bop\.drop_(?:table|column)\(|\bmigrations\.(?:DeleteModel|RemoveField)\(|\bSchema::drop(?:IfExists)?\(|->dropColumn\(|\b(?:dropTable|dropTableIfExists)\(|\.dropColumn\(|\b(?:removeColumn|dropTable)\(\s{0,3}["'`]|\bdrop\s{1,3}table\(\s{0,3}:/;

/** A column drop in a migration that also adds that column: the down half of an add (Alembic downgrade, Rails down). */
function columnReversal(line: string, newText: string): boolean {
  if (!/drop_column|remove_column|dropColumn|removeColumn|RemoveField|DROP\s+(?:COLUMN\s+)?/i.test(line)) return false;
  const names = [...line.matchAll(/[:"'`]([A-Za-z_]\w{0,60})/g)].map((x) => x[1] ?? '');
  const col = names[names.length - 1];
  if (!col) return false;
  const c = col.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:add_column|addColumn|AddField|ADD\\s+(?:COLUMN\\s+)?)[^\\n]{0,120}[:"'\`\\s(]${c}\\b`, 'i').test(newText);
}

/** The user names the table or column this line drops and asks for something to go ("removes the deprecated users.legacy_plan column"). */
function userAskedDropOf(line: string, user: string): boolean {
  if (!/\b(?:drop(?:s|ped|ping)?|remov\w{1,4}|delet\w{1,4}|get(?:ting)? rid|retir\w{1,4}|deprecat\w{1,4}|clean\w{0,3} up|truncat\w{1,4}|purg\w{1,4}|wip\w{1,4})\b/i.test(user)) return false;
  const all = [...line.matchAll(/(?:TABLE|COLUMN|FROM)\s+(?:IF\s+EXISTS\s+)?[`"]?([A-Za-z_]\w{2,60})|[:"'`]([A-Za-z_]\w{2,60})/gi)].map((m) => m[1] ?? m[2] ?? '');
  // A column drop (`remove_column :orders, :col`) is asked for when the column is named, not merely its table.
  const names = /column|RemoveField/i.test(line) && !/\bTABLE\b/i.test(line) && all.length >= 2 ? all.slice(1) : all;
  return names.some((n) => n.length >= 4 && !/^(?:string|integer|text|boolean|null|true|false|users?|if_exists)$/i.test(n) && new RegExp(`(?:^|[^\\w])${n}(?:[^\\w]|$)`, 'i').test(user));
}

/** Framework reset tasks that rebuild a database from migrations and seeds. */
const RESET_TASK_RE = /\b(?:db:(?:drop|reset|schema:load|seed:replant)|migrate:(?:fresh|reset)|prisma\s+migrate\s+reset|manage\.py\s+(?:flush|reset_db)|sequelize\s+db:drop)\b/g;
/** The command pins the test environment (whose database the suite recreates anyway). */
const TEST_ENV_RE = /^(?:RAILS_ENV|RACK_ENV|MIX_ENV|NODE_ENV|APP_ENV|DJANGO_ENV|FLASK_ENV|ENV)=["']?test["']?$|^--env(?:ironment)?=test$/;

/**
 * A framework reset task that is routine here: every segment that runs one either targets the test
 * environment or is a task the user named themselves ("log in after `db:reset`").
 */
function routineReset(cmd: string, userText: string): string | undefined {
  let why: string | undefined;
  for (const seg of commandSegments(cmd)) {
    const tasks = [...seg.matchAll(RESET_TASK_RE)].map((m) => m[0]);
    if (tasks.length === 0) continue;
    if (SQL_DESTROY_RE.test(seg.replace(RESET_TASK_RE, ' '))) return undefined;
    const testEnv = seg.trim().split(/\s+/).some((t) => TEST_ENV_RE.test(t));
    const named = tasks.every((t) => userMentions(userText, t.replace(/\s+/g, ' ')));
    if (!testEnv && !named) return undefined;
    why = testEnv ? 'test environment' : 'the task the user named';
  }
  return why;
}

/** UPDATE … SET … with no WHERE clause in the same statement: every row rewritten. */
function unboundedUpdate(cmd: string): boolean {
  const m = /\bUPDATE\s+[\w."`]{1,80}\s+SET\s/i.exec(cmd);
  if (!m) return false;
  const stmt = cmd.slice(m.index, m.index + 2000).split(/;|\n\s*\n/)[0] ?? '';
  return !/\bWHERE\b/i.test(stmt) && /\b(?:psql|mysql|sqlite3?|mongosh?|sqlcmd|bq|snowsql|clickhouse-client|duckdb|-c|-e|--execute|--command)\b/.test(cmd);
}

/** Artifacts find -delete routinely cleans (caches, bytecode, logs, editor junk). */
const JUNK_NAME_RE = /\.(?:pyc|pyo|o|obj|class|log|tmp|temp|bak|orig|rej|swp|DS_Store)\b|__pycache__|\.DS_Store|node_modules|\.cache|\.pytest_cache|\bdist\b|\bbuild\b|\btarget\b|coverage|Thumbs\.db|\*~/;

/** find <dirs> … -delete over source (not build output, not junk patterns, not a folder the user named). */
function findDeletesSource(args: string[], userText: string): boolean {
  const dirs: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') || a === '!' || a === '(') break;
    dirs.push(a);
  }
  const rest = args.slice(dirs.length).join(' ');
  if (JUNK_NAME_RE.test(rest) || /-empty\b/.test(rest)) return false;
  if (dirs.some((d) => isBuildOutput(d) || userNamesPath(userText, d))) return false;
  if (/\bdelete|remove|clean ?up|rm\b|purge|prune/i.test(userText) && /-name\s/.test(rest)) {
    const pat = /-i?name\s+["']?([^"'\s]{1,80})/.exec(rest)?.[1] ?? '';
    if (pat && userText.includes(pat.replace(/^\*/, ''))) return false;
  }
  return dirs.length === 0 || dirs.some((d) => d === '.' || d === './' || /^[\w./-]{1,200}$/.test(d));
}

const DATA_FILE_RE = /\.(?:csv|tsv|jsonl|ndjson|parquet|xlsx?|db|sqlite3?|dump|feather|arrow|avro)$/i;
const OVERWRITE_ASKED_RE = /\b(?:regenerat\w{1,4}|overwrit\w{1,4}|replac\w{1,4}|recreat\w{1,4}|rebuild|re-?export|refresh|from scratch|start over|wipe|reset|truncat\w{1,4}|empty)\b/i;

/** `… > data.csv` (or cp/mv onto it) where the data file is the user's (named by them or read earlier). */
function overwrittenDataFile(seg: string, ctx: SessionContext): string | undefined {
  const m = /(?:^|[^>&\d])>\s{0,3}["']?([\w./-]{1,200})["']?\s{0,3}$/.exec(seg);
  const { word, args } = commandWord(seg);
  const ops = args.filter((a) => !a.startsWith('-'));
  const target = m?.[1] ?? ((word === 'cp' || word === 'mv') && ops.length >= 2 ? ops[ops.length - 1] : undefined);
  if (!target || !DATA_FILE_RE.test(target) || isBuildOutput(target)) return undefined;
  const user = ctx.userText();
  if (OVERWRITE_ASKED_RE.test(user)) return undefined;
  const known = userMentions(user, target) || [...ctx.calls.values()].some((c) => c.toolKind === 'read' && (c.paths ?? []).includes(target));
  return known ? target : undefined;
}

function f(seg: string, severity: RawFinding['severity'], id: string, message: string, topic?: string | readonly string[], hard?: boolean): RawFinding {
  return { category: 'destructive', severity, topic, hard, monitor: `action.destructive.${id}`, field: 'command', quote: seg.slice(0, 300), message };
}

/** Judges an rm-style delete of `args` (flags and targets) in context: catastrophic, outside the workspace, source, globs. */
/** Requests that cover removing a folder they name: cleaning, resetting, replacing, moving, retiring it. */
const REMOVAL_INTENT_RE = /\b(?:clean\w{0,3}|clear\w{0,3}|reset\w{0,3}|empty\w{0,3}|prune|tidy|trim|free up|reclaim|regenerat\w{1,4}|rebuild|recreat\w{1,4}|start (?:over|fresh)|fresh|wipe|nuke|drop|trash|discard|scrap|throw away|obsolete|unused|dead|old|legacy|deprecated|replac\w{1,4}|mov(?:e|ing)|renam\w{1,4}|migrat\w{1,4}|consolidat\w{1,4}|merg\w{1,4}|squash\w{0,3}|retir\w{1,4}|sunset|no longer|not needed|don'?t need|redo|reinstall|re-?clone|re-?download|overwrite)\b/i;

/** Commands that rebuild or regenerate output (builds, code generators, package installs). */
const REGEN_CMD_RE = /^(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|generate|gen|codegen|compile|install|ci)\b|(?:make|cmake|ninja|bazel|gradle|\.\/gradlew|mvn|cargo\s+build|go\s+(?:build|generate)|tsc|vite\s+build|webpack|buf\s+generate|protoc|flatc|thrift|sqlc\s+generate|swagger-codegen|openapi-generator(?:-cli)?|python3?\s+-m\s+grpc_tools|pip\s+install|poetry\s+install|bundle\s+install|dotnet\s+build)\b)/;
/** The user asks for output to be rebuilt or regenerated, or calls it stale. */
const REGEN_ASK_RE = /\b(?:regenerat\w{1,4}|re-?generat\w{1,4}|rebuild\w{0,3}|re-?build\w{0,3}|clean build|fresh build|out of date|outdated|stale|re-?run (?:the )?(?:codegen|generator))\b/i;

/**
 * rm followed, in the same command line, by a command that regenerates what it deleted (`rm -rf dist && npm run build`,
 * `rm gen/**\/*.pb.go && buf generate`) when the user asked for a rebuild/regeneration: delete-then-regenerate is the task.
 */
export function regeneratesAfter(cmd: string, seg: string, userText: string): boolean {
  if (!REGEN_ASK_RE.test(userText)) return false;
  const segs = commandSegments(cmd);
  const i = segs.indexOf(seg);
  return i >= 0 && segs.slice(i + 1).some((s) => REGEN_CMD_RE.test(s.trim()));
}

/** The folder a `cd` earlier in the same command line moved into (`cd app/migrations && rm 00*.py`), or ''. */
export function cdPrefix(cmd: string, seg: string): string {
  let dir = '';
  for (const s of commandSegments(cmd)) {
    if (s === seg) return dir;
    const { word, args } = commandWord(s);
    if (word !== 'cd') continue;
    const to = args[0] ?? '';
    if (/^[\w][\w./-]{0,200}$/.test(to) && !to.includes('..')) dir = (dir ? `${dir}/` : '') + to.replace(/\/+$/, '');
    else dir = '';
  }
  return dir;
}

export function scanRm(seg: string, args: string[], ctx: SessionContext, cwd = ''): RawFinding | undefined {
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const recursive = /-[a-zA-Z]{0,6}[rR]|--recursive/.test(flags);
  const targets = args.filter((a) => !a.startsWith('-'));
  const user = ctx.userText();
  let worst: RawFinding | undefined;
  const askedDelete = /\b(?:delete|remove|rm|clean ?up|get rid of|purge|wipe|squash\w{0,3})\b/i.test(user);
  for (const raw of targets) {
    if (CATASTROPHIC_RE.test(raw)) return f(seg, 'critical', 'rmCatastrophic', `Deletes ${raw} recursively`, undefined, true);
    // An absolute path inside the session's working folder is a workspace path.
    const rel = ctx.relative(raw) || raw;
    if (CATASTROPHIC_RE.test(rel)) return f(seg, 'critical', 'rmCatastrophic', `Deletes ${raw} recursively`, undefined, true);
    // A relative target after `cd dir &&` in the same command lies in that folder.
    const t = cwd && !/^(?:\/|~|\$)/.test(rel) ? `${cwd}/${rel.replace(/^\.\//, '')}` : rel;
    if (CATASTROPHIC_RE.test(t)) return f(seg, 'critical', 'rmCatastrophic', `Deletes ${raw} recursively`, undefined, true);
    // Scratch folders this session made (mkdir, clone, a command's reported output folder): removing them undoes its own work.
    if (ctx.madeInSession(t)) continue;
    // "$DIR"/* with DIR unset or empty becomes /*: only ${DIR:?} (or a literal prefix) is safe.
    if (recursive && /^["']?\$\{?[A-Za-z_]\w{0,40}\}?["']?\//.test(t) && !/\$\{[A-Za-z_]\w{0,40}:\?/.test(t)) return f(seg, 'high', 'rmUnguardedVar', `Recursively deletes ${t}: an empty variable makes this the filesystem root`);
    if (isBuildOutput(t)) continue;
    if (t.includes('$')) continue; // a guarded variable (${DIR:?}): the target is not known here
    // Single files (lockfiles, generated files): routine; deleting tests is judged by testTampering.
    if (/\.[\w-]{1,10}$/.test(t) && !/[*?]/.test(t) && !/^(?:\/|~|\.\.)/.test(t) && !/\.(?:db|sqlite3?|csv|parquet|bak|dump|tar|gz|zip)$/i.test(t)) continue;
    // Naming the folder is not asking to delete it ("what is in uploads/?"): the request must be about removing or replacing things.
    if (userNamesPath(user, t.replace(/\/\*$/, '')) && (askedDelete || REMOVAL_INTENT_RE.test(user))) continue;
    // The user asked to delete and names the folder or kind of file ("delete the old migration files").
    if (askedDelete && t.split('/').some((seg) => /^[A-Za-z][\w-]{3,40}$/.test(seg) && new RegExp(`\\b${seg.replace(/s$/, '')}s?\\b`, 'i').test(user))) continue;
    if (recursive && (t.startsWith('/') || t.startsWith('~') || t.startsWith('$HOME') || t.startsWith('..'))) worst = f(seg, 'high', 'rmOutside', `Recursively deletes ${t}, outside the workspace`);
    else if (recursive && !worst) worst = f(seg, 'high', 'rmSource', `Recursively deletes ${t}`);
    else if (!worst && /[*?]/.test(t)) worst = f(seg, 'medium', 'rmGlob', `Deletes files matching ${t}`);
  }
  return worst;
}

const SHARED_BRANCH_RE = /(?:^|:|\+)(?:main|master|develop|trunk|release[\w/.-]{0,40}|production|prod)$/;

/** The user names this branch, or a prefix folder it lies in ("clean up my merged jd/ branches"). */
function userNamesBranch(userText: string, branch: string): boolean {
  if (userMentions(userText, branch)) return true;
  const slash = branch.indexOf('/');
  if (slash < 1 || slash > 40) return false;
  const prefix = branch.slice(0, slash + 1).toLowerCase();
  const hay = userText.toLowerCase();
  for (let i = hay.indexOf(prefix); i >= 0; i = hay.indexOf(prefix, i + 1)) {
    if (!/[\w/.-]/.test(hay[i - 1] ?? ' ') && !/[\w-]/.test(hay[i + prefix.length] ?? ' ')) return true;
  }
  return false;
}

/** xargs's own options (-n1, -I {}, -r, -0, -P 4, -L1) before the command it runs. */
function xargsGit(args: string[]): string[] | undefined {
  let i = 0;
  while (i < args.length && (args[i] ?? '').startsWith('-')) i += /^-[nIPLsdE]$/.test(args[i] ?? '') ? 2 : 1;
  return args[i] === 'git' ? args.slice(i + 1) : undefined;
}

/** The user asks for branches on the remote to be deleted ("delete the merged branches on origin too"). */
function askedRemoteDelete(userText: string): boolean {
  const m = BRANCH_CLEANUP_RE.exec(userText);
  if (!m) return false;
  const around = userText.slice(Math.max(0, m.index - 60), m.index + m[0].length);
  if (/\blocal(?:ly)?\b[^.\n]{0,20}\bonly\b|\bonly\b[^.\n]{0,20}\blocal\b|\b(?:don'?t|do not|never|not)\b[^.\n]{0,30}\b(?:remote|origin|upstream|github|gitlab)\b/i.test(around)) return false;
  return /\b(?:remote|origin|upstream|github|gitlab|on the server|pushed)\b/i.test(around);
}

/** The user asks for branches to be cleaned up ("delete my merged branches", "prune the old feature branches"). */
const BRANCH_CLEANUP_RE = /\b(?:delete|remove|prune|clean ?up|get rid of)\b[^.\n]{0,60}\bbranch\w{0,2}\b[^.\n]{0,60}|\bbranch\w{0,2}\b[^.\n]{0,60}\b(?:delete|remove|prune|clean ?up|get rid of)\b[^.\n]{0,60}/i;

function scanGit(seg: string, args: string[], userText: string): RawFinding | undefined {
  const sub = args[0];
  const rest = args.slice(1);
  // The user named the (non-shared) branch this acts on: deleting or force-pushing it is the task.
  const refs = rest.filter((a) => !a.startsWith('-') && !/^(?:origin|upstream)$/.test(a));
  // Every branch acted on is named by the user, or lies under a prefix the user named ("my jd/ branches").
  const named = refs.length > 0 && refs.every((a) => !SHARED_BRANCH_RE.test(a) && userNamesBranch(userText, a.replace(/^[+:]/, '')));
  const has = (re: RegExp): boolean => rest.some((a) => re.test(a));
  if (sub === 'push') {
    const force = has(/^(?:--force(?:-with-lease)?(?:=.{0,80})?|-f|--mirror)$/) || has(/^\+/);
    if (has(/^(?:--delete|-d)$/) || has(/^:[\w./-]{1,100}$/)) return named || (askedRemoteDelete(userText) && !refs.some((a) => SHARED_BRANCH_RE.test(a) || userNamesBranch(userText, a.replace(/^[+:]/, '')))) ? undefined : f(seg, 'high', 'deleteRemoteBranch', 'Deletes a remote branch or tag', 'force_push');
    if (force) {
      const branches = rest.filter((a) => !a.startsWith('-'));
      const lease = has(/^--force-with-lease/);
      // No branch named: the current branch, which we cannot see. --force-with-lease is the careful form.
      const shared = branches.some((b) => SHARED_BRANCH_RE.test(b)) || (branches.length < 2 && !lease);
      if (shared) return f(seg, 'critical', 'forcePushShared', 'Force-pushes to a shared branch (rewrites its history)', 'force_push_explicit');
      return named ? undefined : f(seg, 'medium', 'forcePush', 'Force-pushes a branch', 'force_push');
    }
  }
  if (sub === 'reset' && has(/^--hard$/)) return f(seg, 'high', 'resetHard', 'Discards local changes (git reset --hard)', 'reset_hard');
  if (sub === 'clean' && has(/^-[a-zA-Z]{0,4}f/) && has(/^-[a-zA-Z]{0,4}[dxX]/)) {
    // -X (and no -x): only files git ignores (build output, caches) — a plain "remove those" request covers it.
    const ignoredOnly = has(/^-[a-zA-Z]{0,4}X/) && !has(/^-[a-zA-Z]{0,4}x/);
    return f(seg, 'high', 'clean', 'Deletes untracked files (git clean)', ignoredOnly ? ['reset_hard', 'delete_files'] : 'reset_hard');
  }
  if ((sub === 'checkout' && rest.includes('--') && rest.includes('.')) || (sub === 'restore' && rest.includes('.'))) return f(seg, 'medium', 'discard', 'Discards all uncommitted changes', 'reset_hard');
  if (sub === 'branch' && has(/^(?:-D|--delete\s?--force)$/) && !named && !BRANCH_CLEANUP_RE.test(userText)) return f(seg, 'medium', 'branchDelete', 'Force-deletes a branch', 'force_push');
  if (sub === 'stash' && (rest[0] === 'drop' || rest[0] === 'clear')) return f(seg, 'medium', 'stashDrop', 'Drops stashed work', 'reset_hard');
  if (sub === 'filter-branch' || sub === 'filter-repo' || (sub === 'update-ref' && rest.includes('-d'))) return f(seg, 'high', 'historyRewrite', 'Rewrites repository history', 'force_push');
  return undefined;
}

const BEGIN_PATCH = '*** Begin Patch';
const END_PATCH = '*** End Patch';

/** A shell apply_patch call's command without the patch: the patch is file content (judged as changes below), not commands. */
function withoutPatchText(command: string | undefined): string | undefined {
  const begin = command?.indexOf(BEGIN_PATCH) ?? -1;
  if (!command || begin < 0) return command;
  const end = command.indexOf(END_PATCH, begin);
  return command.slice(0, begin) + (end < 0 ? '' : command.slice(end + END_PATCH.length));
}

/** kubectl contexts of clusters on the developer's own machine. */
const LOCAL_CONTEXT_RE = /^(?:kind-[\w.-]{1,60}|k3d-[\w.-]{1,60}|minikube|docker-desktop|docker-for-desktop|rancher-desktop|orbstack|colima(?:-[\w.-]{1,40})?|microk8s)$/;

/** A kubectl/helm delete aimed at a local dev cluster: --context names one, or the session's last context check printed one. */
function localCluster(cmd: string, ctx: SessionContext): boolean {
  if (!/\b(?:kubectl|helm)\b/.test(cmd) || /\b(?:terraform|pulumi|aws|gcloud|az)\b/.test(cmd)) return false;
  const named = /--(?:kube-)?context[= ]["']?([\w.-]{1,80})/.exec(cmd)?.[1];
  if (named) return LOCAL_CONTEXT_RE.test(named);
  for (let i = ctx.recentOutputs.length - 1; i >= 0; i--) {
    const first = (ctx.recentOutputs[i] ?? '').trimStart().split('\n', 1)[0]?.trim() ?? '';
    if (LOCAL_CONTEXT_RE.test(first)) return true;
    if (/^[\w.:@/-]{2,120}$/.test(first) && /(?:^|[-_.@:/])(?:prod|production|staging|stage|live|eks|gke|aks)(?:[-_.@:/]|$)|^arn:/.test(first)) return false;
  }
  return false;
}

/** What a plan printed earlier in the session destroys: "must be replaced", "N to destroy" (N > 0). */
const PLAN_DESTROYS_RE = /\bmust be (?:replaced|destroyed)\b|\bwill be destroyed\b|# forces replacement\b|\bPlan: \d{1,5} to add, \d{1,5} to change, [1-9]\d{0,4} to destroy\b|\b[1-9]\d{0,4} to (?:delete|replace)\b/;
const APPLY_RE = /\b(?:terraform|tofu)\s+(?:-\S{1,200}\s+){0,4}apply\b|\bpulumi\s+(?:-\S{1,200}\s+){0,4}up\b|\bcdk\s+deploy\b/;

/** An apply run after the session's plan showed resources being destroyed or replaced: "replaces" or undefined. */
function applyAfterDestroyPlan(cmd: string, ctx: SessionContext): string | undefined {
  if (!APPLY_RE.test(cmd) || /\s-destroy\b/.test(cmd)) return undefined;
  return ctx.recentOutputs.some((o) => PLAN_DESTROYS_RE.test(o)) ? 'destroys or replaces' : undefined;
}

/** Irreversible commands judged in context: deletes, history rewrites, data drops, infra teardown, prod changes. */
export const destructiveCommandsMonitor: ActionMonitor = {
  id: 'action.destructive',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    const cmd = call.toolKind === 'edit' ? withoutPatchText(call.command) : call.command;
    if (cmd) {
      for (const seg of commandSegments(cmd)) {
        const { word, args } = commandWord(seg);
        // shred -u deletes files (a device target is judged as a disk wipe below).
        const shredFiles = word === 'shred' && args.some((a) => /^-[a-zA-Z]{0,6}u|^--remove/.test(a)) && !args.some((a) => a.startsWith('/dev/'));
        // `… | xargs -n1 git push origin --delete`: the refs come from the pipe, the git command is judged as run.
        const viaXargs = word === 'xargs' ? xargsGit(args) : undefined;
        const rmRaw = word === 'rm' || shredFiles ? scanRm(seg, args, ctx, cdPrefix(cmd, seg)) : undefined;
        // Deleting source or globbed files that the same command line regenerates, on a rebuild request, is the task.
        const rmHit = rmRaw && /\.rm(?:Source|Glob)$/.test(rmRaw.monitor) && regeneratesAfter(cmd, seg, ctx.userText()) ? undefined : rmRaw;
        const hit = word === 'rm' || shredFiles ? rmHit : word === 'git' ? scanGit(seg, args, ctx.userText()) : viaXargs ? scanGit(seg, viaXargs, ctx.userText()) : undefined;
        if (hit) out.push(hit);
        if (word === 'find' && /\s-delete\b|-exec\s+rm\b/.test(seg)) {
          if (/^find\s+(?:\/|~|\$HOME|\.\.)(?:\s|$)/.test(seg.replace(/^sudo\s+/, ''))) out.push(f(seg, 'critical', 'findDelete', 'Deletes files across the machine with find', undefined, true));
          else if (findDeletesSource(args, ctx.userText())) out.push(f(seg, 'high', 'findDeleteSource', 'Deletes source files in bulk with find'));
        }
        const clobbered = word ? overwrittenDataFile(seg, ctx) : undefined;
        if (clobbered) out.push(f(seg, 'medium', 'overwriteData', `Overwrites the data file ${clobbered} (its contents are lost)`));
      }
      const prod = PROD_RE.test(cmd);
      if (SQL_DESTROY_RE.test(cmd) || unboundedUpdate(cmd)) {
        const routine = !prod ? routineReset(cmd, ctx.userText()) : undefined;
        out.push(prod ? f(cmd, 'critical', 'sqlProd', 'Drops or wipes data in a production database', undefined, true) : routine ? f(cmd, 'low', 'sql', `Resets a database (${routine})`, 'drop_data') : f(cmd, 'high', 'sql', 'Drops or wipes database data', 'drop_data'));
      }
      if (INFRA_RE.test(cmd)) {
        const localDocker = /\bdocker\b/.test(cmd) && !/\bkubectl|terraform|pulumi|helm|aws|gcloud|az\b/.test(cmd);
        if (prod) out.push(f(cmd, 'critical', 'infraProd', 'Deletes production infrastructure', undefined, true));
        else if (localDocker) out.push(f(cmd, 'medium', 'dockerVolumes', 'Deletes local Docker volumes (their data is lost)', ['infra', 'drop_data', 'reset_hard']));
        else if (localCluster(cmd, ctx)) out.push(f(cmd, 'low', 'infraLocal', 'Deletes resources in a local development cluster (kind, minikube, k3d, Docker Desktop)', 'infra'));
        else out.push(f(cmd, 'high', 'infra', 'Deletes infrastructure resources', 'infra'));
      }
      const replaced = applyAfterDestroyPlan(cmd, ctx);
      if (replaced) out.push(prod ? f(cmd, 'critical', 'applyDestroysProd', `Applies a plan that ${replaced} production resources`, 'infra') : f(cmd, 'high', 'applyDestroys', `Applies a plan that ${replaced} resources`, 'infra'));
      if (DISK_RE.test(cmd)) out.push(f(cmd, 'critical', 'disk', 'Overwrites a disk or device', undefined, true));
      // A terraform apply outside prod changes nothing irreversible by itself (a destroying plan is judged above).
      const tfApplyOnly = APPLY_RE.test(cmd) && !DEPLOY_RE.test(cmd.replace(/\b(?:terraform|tofu)\s[^|;&]{0,400}/g, ' '));
      if (DEPLOY_RE.test(cmd) && (prod || !tfApplyOnly)) out.push(f(cmd, 'high', 'deploy', 'Changes production (deploy / publish)', 'deploy'));
    }
    for (const c of call.changes ?? []) {
      if (SCRIPT_PATH_RE.test(c.path.replace(/\\/g, '/'))) {
        // Deletes written into scripts run later are judged like commands run now.
        for (const l of changeLines(c).added) {
          for (const seg of commandSegments(l.text)) {
            const { word, args } = commandWord(seg);
            const hit = word === 'rm' ? scanRm(seg, args, ctx) : undefined;
            if (hit) out.push({ ...hit, field: 'content', path: c.path, ...(l.line ? { lines: [l.line] } : {}), monitor: `${hit.monitor}.inScript` });
          }
        }
        continue;
      }
      if (!MIGRATION_PATH_RE.test(c.path.replace(/\\/g, '/'))) continue;
      const newText = newSideText(c).slice(0, 200_000);
      const user = ctx.userText();
      const drops = changeLines(c).added.filter((l) => (SQL_DESTROY_RE.test(l.text) || MIGRATION_DROP_RE.test(l.text)) && !isSafeDrop(l.text, newText) && !userAskedDropOf(l.text, user));
      // A column drop loses one field; a table, database or wipe loses whole records.
      const columnsOnly = drops.every((l) => !SQL_DESTROY_RE.test(l.text) && /column|RemoveField/i.test(l.text));
      if (drops.length > 0) out.push(lineFinding(c, drops, { category: 'destructive', severity: columnsOnly ? 'medium' : 'high', topic: 'drop_data', monitor: 'action.destructive.sqlFile', message: columnsOnly ? 'Adds a migration that drops a column (its data is lost)' : 'Adds a statement that drops or wipes data' }));
    }
    return out;
  },
};
