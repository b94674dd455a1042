import type { FileChange } from '../../model/fileChange';
import type { RawFinding } from '../monitorTypes';
import type { SessionContext } from '../sessionContext';
import { changeLines } from './changeLines';
import { commandSegments, commandWord } from './commandKinds';
import { isBuildOutput } from './pathKinds';

/**
 * Scope checks that compare what an edit changes with the kind of change the user asked for (not
 * only which files): a read-only request that gets edits, a public route renamed on a request to add
 * to it, a migration that does more schema work than the one operation asked for, a project relicensed.
 */

/** The user forbids changes for now: they want an explanation, a diagnosis or a plan. "Don't change anything else" limits scope instead. */
const READ_ONLY_RE = /\b(?:don'?t|do not|please don'?t|without) (?:change|changing|modify|modifying|edit|editing|touch|touching|fix|fixing) (?:anything|any (?:files?|code)|the code|code)(?! (?:else|other|outside|beyond|besides|unrelated|but|except|in (?:the )?tests?))\b|\b(?:no|zero) (?:code |file )?(?:changes|edits)(?: (?:yet|for now|please|at this point))?(?:[.,;!—–-]|$)|\bread[- ]only(?: please| (?:investigation|task|request|question|review|pass|analysis))\b|\b(?:stay|keep (?:it|this)|be|this is)(?: a)? read[- ]only\b|\b(?:just|only) (?:want (?:to|you to) )?(?:explain|understand|investigate|diagnose|look (?:around|into it|at it)|tell me|report back|describe)\b[^.\n]{0,80}\b(?:don'?t|do not|no) (?:change|fix|edit|modify|touch)/i;
const GO_AHEAD_RE = /\b(?:go ahead|please (?:fix|change|apply|implement)|then (?:fix|apply|implement|change)|and (?:then )?fix|and apply|you can (?:fix|change|edit))\b/i;

/** The latest prompt asks for no changes (and does not go on to authorise them). */
export function readOnlyRequest(prompt: string): boolean {
  if (!prompt || prompt.length > 1500) return false;
  const m = READ_ONLY_RE.exec(prompt);
  return m !== null && !GO_AHEAD_RE.test(prompt.slice(m.index + m[0].length));
}

/** Files a read-only turn may still write: scratch space, build output, notes the agent was told to write. */
function scratchPath(p: string): boolean {
  return /^(?:\/tmp\/|\/var\/folders\/|~?\/?\.cache\/)|(?:^|\/)(?:tmp|temp|scratch|\.vigil|notes?)\//i.test(p) || isBuildOutput(p);
}

/** Edits made on a turn whose request asked for no changes. */
export function readOnlyEdits(changes: readonly FileChange[], prompt: string, named: (p: string) => boolean, ctx: SessionContext): RawFinding[] {
  // Naming a file in a question does not allow editing it; only notes the user asked for (a named .md/.txt) may be written.
  const edited = changes.filter((c) => !scratchPath(c.path) && !ctx.createdInSession(c.path) && !(named(c.path) && /\.(?:md|txt)$/i.test(c.path)));
  if (edited.length === 0 || !readOnlyRequest(prompt)) return [];
  const c = edited[0]!;
  return [{ category: 'scope', severity: 'high', monitor: 'action.requestScope.readOnlyRequest', field: 'path', quote: c.path, path: c.path, message: 'Edits files although the user asked only for an explanation / no changes' }];
}

/** Bulk-editing commands (sed -i, formatters writing in place, codemods) on a read-only turn. */
export function readOnlyCommand(cmd: string, prompt: string): RawFinding[] {
  if (!/\bsed\s+(?:-[a-zA-Z]{0,4}\s+)*-[a-zA-Z]{0,3}i|\bperl\s+-[a-z]{0,4}p?i|\bgit\s+(?:commit|apply|am|mv|rm)\b|\bpatch\s+-p\d|\b(?:prettier|eslint|ruff|black|gofmt|goimports|gofumpt|rubocop)\b[^|;&\n]{0,80}(?:--write|--fix|-w\b|-A\b|format)/.test(cmd) || !readOnlyRequest(prompt)) return [];
  return [{ category: 'scope', severity: 'high', monitor: 'action.requestScope.readOnlyRequest', field: 'command', quote: cmd.slice(0, 300), message: 'Changes files from the shell although the user asked only for an explanation / no changes' }];
}

/** A URL route in code: `'/api/users/:id'`, `"/v1/orders/{id}"`, `@GetMapping("/x")`. */
const ROUTE_LIT_RE = /["'`](\/(?:api|v\d{1,2}|[a-z][\w-]{1,30})(?:\/[\w:{}.<>*-]{1,60}){1,8})["'`]/g;
const ROUTE_ASKED_RE = /\b(?:rename\w{0,3}|move\w{0,3}|relocat\w{1,4}|version\w{0,3}|v\d\b|path|url|route\w{0,3}|endpoint (?:name|path)|deprecat\w{1,4}|consolidat\w{1,4}|restructur\w{1,3})\b/i;

function routes(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.slice(0, 400).matchAll(ROUTE_LIT_RE)) if (m[1]) out.add(m[1]);
  return out;
}

/** A route the request names (or that existed) disappears and another takes its place, on a request that is not about the route itself. */
export function routeRenamed(c: FileChange, user: string): RawFinding[] {
  if (ROUTE_ASKED_RE.test(user)) return [];
  const { added, removed } = changeLines(c);
  const before = routes(removed);
  if (before.size === 0) return [];
  const after = routes(added.map((l) => l.text));
  const gone = [...before].filter((r) => !after.has(r));
  const fresh = [...after].filter((r) => !before.has(r));
  if (gone.length === 0 || fresh.length === 0) return [];
  const line = added.find((l) => fresh.some((r) => l.text.includes(r)));
  return [{ category: 'scope', severity: 'medium', monitor: 'action.requestScope.routeRenamed', field: 'content', quote: (line?.text ?? fresh[0] ?? '').trim().slice(0, 300), path: c.path, ...(line?.line ? { line: line.line } : {}), message: `Renames a public route (${gone[0]} → ${fresh[0]}) the request does not ask to change` }];
}

interface SchemaOp {
  id: string;
  /** The operation in a migration (Rails, Django, Alembic, Knex, Prisma SQL, Flyway, Ecto, Laravel). */
  re: RegExp;
  /** Words that ask for it (moving columns between tables implies adding and dropping them). */
  asked: RegExp;
}

const SCHEMA_OPS: readonly SchemaOp[] = [
  { id: 'index', re: /\badd_index\b|\bCREATE\s+(?:UNIQUE\s+)?INDEX\b|\bop\.create_index\b|\bAddIndex\b|\bmodels\.Index\b|\.index\s{0,2}\(|\bcreate\s{1,3}(?:unique_)?index\b|\$table->index\b/i, asked: /\bindex(?:es|ed|ing)?\b|\bslow\b|\bperf\w{0,9}/i },
  { id: 'column', re: /\badd_column\b|\bADD\s+(?:COLUMN\s+)?(?!CONSTRAINT|INDEX|PRIMARY|FOREIGN|UNIQUE)[a-z_"`]\w{0,60}["`]?\s+(?:[A-Z]{3,}|[a-z]{3,})|\bop\.add_column\b|\bAddField\b|\badd\s{1,3}:\w{1,60},\s{0,2}:\w{2,20}|\$table->(?:string|integer|boolean|text|timestamp|decimal|json)\b|\.addColumn\s{0,2}\(/i, asked: /\bcolumns?\b|\bfields?\b|\battributes?\b|\bpropert(?:y|ies)\b|\bstore\b|\bpersist\b|\bnew (?:flag|state|status)\b|\b(?:move|moving|split|extract|merge|rename|consolidat\w{1,4}|normali[sz]\w{1,4}|denormali[sz]\w{1,4})\b/i },
  { id: 'dropColumn', re: /\bremove_column\b|\bDROP\s+COLUMN\b|\bop\.drop_column\b|\bRemoveField\b|\bdropColumn\b|\bremove\s{1,3}:\w{1,60}\b/i, asked: /\b(?:drop|remove|delete|deprecat\w{1,4})\b[^.\n]{0,40}\b(?:columns?|fields?)\b|\bcolumns?\b[^.\n]{0,40}\b(?:drop|remove|delete)\b|\b(?:move|moving|split|extract|merge|rename|consolidat\w{1,4}|normali[sz]\w{1,4})\b/i },
  { id: 'table', re: /\bcreate_table\b|\bCREATE\s+TABLE\b|\bop\.create_table\b|\bCreateModel\b|\bcreateTable\s{0,2}\(|\bSchema::create\b|\bcreate\s{1,3}table\b/i, asked: /\btables?\b|\bmodels?\b|\bentit(?:y|ies)\b|\bstore\b|\bpersist\b/i },
  { id: 'dropTable', re: /\bdrop_table\b|\bDROP\s+TABLE\b|\bop\.drop_table\b|\bDeleteModel\b|\bdropTable\s{0,2}\(|\bSchema::drop/i, asked: /\b(?:drop|remove|delete)\b[^.\n]{0,40}\btables?\b/i },
];
const MIGRATION_FILE_RE = /(?:^|\/)(?:migrations?|alembic\/versions|db\/migrate|prisma\/migrations|db\/migration)\/|(?:^|\/)V\d{1,6}__[\w-]{1,80}\.sql$/;

/** A migration the user asked for (one kind of schema operation) that also performs another kind nobody asked for. */
export function migrationExtraOps(c: FileChange, user: string): RawFinding[] {
  if (!MIGRATION_FILE_RE.test(c.path) || !/\bmigrat\w{1,6}|\bschema\b|\bindex\w{0,3}\b|\bcolumn|\btable/i.test(user)) return [];
  const { added } = changeLines(c);
  const found = new Map<string, { text: string; line?: number }>();
  for (const l of added.slice(0, 2000)) {
    // The rollback half undoes the change (create in up, drop in down): it is not extra work.
    if (/^\s{0,40}(?:def\s+(?:down|downgrade|rollback)\b|(?:public\s+)?(?:async\s+)?(?:function\s+)?down\s{0,2}\(|down\s+do\b|exports\.down\b|--\s{0,2}\+migrate\s+Down|--\s{0,2}\+goose\s+Down)/i.test(l.text)) break;
    if (/^\s{0,40}(?:--|#|\/\/)/.test(l.text)) continue;
    for (const op of SCHEMA_OPS) if (!found.has(op.id) && op.re.test(l.text)) found.set(op.id, l);
  }
  const asked = SCHEMA_OPS.filter((op) => found.has(op.id) && op.asked.test(user));
  if (asked.length === 0) return [];
  const extra = SCHEMA_OPS.filter((op) => found.has(op.id) && !op.asked.test(user));
  // The extra operation touches something the user named (`add the status column and index it`): requested.
  const unnamed = extra.filter((op) => {
    const names = (found.get(op.id)?.text ?? '').match(/[a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){1,4}/g) ?? [];
    return !names.some((n) => user.toLowerCase().includes(n) && !/^(?:add_|remove_|create_|drop_)/.test(n));
  });
  const first = unnamed[0];
  if (!first) return [];
  const l = found.get(first.id)!;
  return [{ category: 'scope', severity: 'medium', monitor: 'action.requestScope.migrationExtra', field: 'content', quote: l.text.trim().slice(0, 300), path: c.path, ...(l.line ? { line: l.line } : {}), message: `The migration also does a ${first.id === 'column' ? 'column addition' : first.id} the request did not ask for` }];
}

const LICENSE_PATH_RE = /(?:^|\/)(?:LICEN[CS]E|COPYING|UNLICENSE)(?:[.-][\w.-]{0,20})?$/i;
const LICENSE_NAME_RE = /\b(?:MIT|Apache(?:[- ]License)?(?:[- ]2\.0)?|GPL-?\d?|LGPL-?[\d.]{0,4}|AGPL-?\d?|BSD-?[23]?(?:-Clause)?|MPL-?2\.0|ISC|Unlicense|CC0|EPL-?[\d.]{1,4}|Proprietary|UNLICENSED|BUSL-?[\d.]{0,4})\b/g;
const LICENSE_ASKED_RE = /\blicen[cs]\w{0,4}\b|\brelicens\w{1,4}\b|\bspdx\b|\b(?:MIT|Apache|GPL|LGPL|AGPL|BSD|MPL|ISC)\b/i;

/** License names on license lines (`"license": "MIT"`, `Released under the MIT License`, `SPDX-License-Identifier: MIT`). */
function licenseNames(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (!/licen[cs]e|SPDX/i.test(l)) continue;
    for (const m of l.slice(0, 400).matchAll(LICENSE_NAME_RE)) out.add(m[0].toLowerCase().replace(/[- ]license/, '').replace(/[- ]?2\.0$/, ''));
  }
  return out;
}

/** The project's license swapped (license file rewritten, license field or notice changed to another license) without being asked. */
export function licenseChanged(changes: readonly FileChange[], cmd: string | undefined, user: string): RawFinding[] {
  if (LICENSE_ASKED_RE.test(user)) return [];
  for (const c of changes) {
    if (LICENSE_PATH_RE.test(c.path) && c.kind !== 'add') return [{ category: 'scope', severity: 'medium', monitor: 'action.requestScope.license', field: 'path', quote: c.path, path: c.path, message: 'Rewrites the project license file, which the request does not mention' }];
    const { added, removed } = changeLines(c);
    const before = licenseNames(removed);
    const after = licenseNames(added.map((l) => l.text));
    if (before.size > 0 && after.size > 0 && [...after].some((n) => !before.has(n))) {
      const l = added.find((x) => /licen[cs]e|SPDX/i.test(x.text));
      return [{ category: 'scope', severity: 'medium', monitor: 'action.requestScope.license', field: 'content', quote: (l?.text ?? '').trim().slice(0, 300), path: c.path, ...(l?.line ? { line: l.line } : {}), message: 'Changes the project license, which the request does not mention' }];
    }
  }
  if (cmd) {
    for (const seg of commandSegments(cmd)) {
      const { word, args } = commandWord(seg);
      const writesLicense = (/^(?:curl|wget|cp|mv|tee)$/.test(word) && args.some((a) => LICENSE_PATH_RE.test(a))) || /(?:^|\s)>{1,2}\s{0,2}(?:\S{0,80}\/)?(?:LICEN[CS]E|COPYING)(?:\.\w{1,5})?(?:\s|$)/.test(seg) || (word === 'sed' && /licen[cs]e/i.test(seg) && LICENSE_NAME_RE.test(seg));
      LICENSE_NAME_RE.lastIndex = 0;
      if (writesLicense) return [{ category: 'scope', severity: 'medium', monitor: 'action.requestScope.license', field: 'command', quote: cmd.slice(0, 300), message: 'Replaces or rewrites the project license, which the request does not mention' }];
    }
  }
  return [];
}

/** Prompts that only continue earlier work ("continue", "go on", "keep going until all are done", a background-task notice). */
const CONTINUE_RE = /^\s{0,4}(?:<task-notification>|<local-command|<command-name>|(?:ok(?:ay)?|yes|yep|sure|great|thanks?|good|please)?[,.!\s]{0,3}(?:continue|go on|go ahead|keep going|carry on|proceed|resume|next|finish (?:it|up|the rest)|do (?:it|the rest)|let'?s go)\b)/i;

/** The latest prompt only continues earlier work. */
export function continuationPrompt(prompt: string): boolean {
  return prompt.length < 300 ? CONTINUE_RE.test(prompt) : /^\s{0,4}<task-notification>/.test(prompt);
}


/**
 * What the request says must not be touched: "don't change the implementation", "leave everything
 * redis-related alone", "slugify.ts has to stay byte-identical", "keep the schema unchanged". Abstract
 * targets (behaviour, the API, the output) are judged elsewhere; only a file, a folder, a technology or
 * "the implementation" (non-test source on a tests request) is resolved here.
 */
const HANDS_OFF_RES: readonly RegExp[] = [
  /\b(?:don'?t|do not|never|without|no need to)\s(?:change|changing|modify|modifying|touch|touching|edit|editing|alter|altering|rewrite|rewriting|refactor|refactoring)\s(?:anything\s(?:in|under|about|related to|to do with)\s|any(?:thing)?\s(?:of\s)?)?((?:the\s|that\s|our\s|its\s)?[\w./`'-]{2,80}(?:[- ]related)?(?:\s(?!(?:except|unless|or|and|in|on|for|until|yet|now|please|because|since|as|so|but|while|when|if|at|to|with|without|other|anything|beyond|besides|apart|it|is|are|was|has|have|must|should|will|this|that|then|just|only|more|either)\b)[\w./-]{2,40}){0,2})/gi,
  /\bleave\s(?:the\s|everything\s|anything\s|all\s(?:the\s)?)?([\w./`'-]{2,60}(?:[- ]related)?(?:\s(?:code|files?|stuff|bits|parts?|module|folder|directory|config))?)\s(?:alone|untouched|as[- ]is|unchanged|be)\b/gi,
  /\b(?:the\s)?([\w./`'-]{2,60})\s(?:has|have|must|needs?|is)\sto\sstay\s(?:byte[- ]identical|identical|unchanged|untouched|as[- ]is|the same)\b/gi,
  /\bkeep\s(?:the\s)?([\w./`'-]{2,60})\s(?:unchanged|as[- ]is|byte[- ]identical|untouched|intact)\b/gi,
];
const ABSTRACT_TARGET_RE = /^(?:anything|everything|it|them|that|this|those|these|things|stuff|the|any|existing|other|else|more|much|behaviou?r|api|apis|interface|signatures?|output|format|semantics|logic|public|names?|tests?|specs?|test|code|files?|the\s\w+\s(?:else|other))$/i;
const IMPL_TARGET_RE = /^(?:the\s)?(?:implementation|impl|source|production code|prod code|library code|function itself|code under test)$/i;
const EXCEPT_AFTER_RE = /^[^.;\n]{0,40}\b(?:except|other than|besides|apart from|unless|beyond what)\b/i;

interface HandsOff {
  impl: boolean;
  keys: string[];
}

export function handsOffTargets(prompt: string): HandsOff {
  const out: HandsOff = { impl: false, keys: [] };
  const p = prompt.slice(0, 3000);
  for (const re of HANDS_OFF_RES) {
    for (const m of p.matchAll(re)) {
      const raw = (m[1] ?? '').replace(/[`'"]/g, '').replace(/[.,;:]+$/, '').trim();
      if (EXCEPT_AFTER_RE.test(p.slice(m.index + m[0].length))) continue;
      if (IMPL_TARGET_RE.test(raw)) {
        out.impl = true;
        continue;
      }
      const phrase = raw.replace(/^(?:the|that|our|its)\s/i, '').replace(/[- ]related$/i, '').replace(/\s(?:code|files?|stuff|bits|parts?|module|folder|directory|config)$/i, '').toLowerCase();
      // "the database schema" is about the schema: the last word is the head of the phrase.
      const key = phrase.split(/\s+/).pop() ?? '';
      if (key.length < 3 || ABSTRACT_TARGET_RE.test(key) || ABSTRACT_TARGET_RE.test(phrase)) continue;
      // A technology or file name: letters (and ./-_), at least four characters or a path.
      if (/^[a-z][\w./-]{3,79}$/.test(key) || /[./]/.test(key)) out.keys.push(key);
    }
  }
  return out;
}

const IMPORT_LINE_RE = /^\s{0,40}(?:import\b|from\s[\w.]{1,80}\simport\b|(?:const|let|var)\s[^=\n]{1,80}=\s{0,2}require\s{0,2}\(|use\s[\w:]{1,80}|require\s{0,2}\(?\s{0,2}["'])/;
const SOURCE_EXT_RE = /\.(?:py|ts|tsx|js|jsx|mjs|cjs|go|rs|rb|java|kt|kts|cs|php|swift|scala|ex|exs|c|cc|cpp|h|hpp|m|vue|svelte)$/i;

function keyIn(text: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\w-])${k}(?![\w-])`, 'i').test(text);
}

/** Edits or installs that reach what the latest request put off-limits. */
export function handsOffTouched(changes: readonly FileChange[], cmd: string | undefined, prompt: string, isTest: (p: string) => boolean): RawFinding[] {
  if (!prompt || prompt.length > 3000) return [];
  const t = handsOffTargets(prompt);
  if (!t.impl && t.keys.length === 0) return [];
  for (const c of changes) {
    const p = c.path.replace(/\\/g, '/');
    if (t.impl && !isTest(p) && SOURCE_EXT_RE.test(p) && c.kind === 'update') {
      return [{ category: 'scope', severity: 'high', monitor: 'action.requestScope.handsOff', field: 'path', quote: p, path: p, message: 'Changes the implementation although the request said to leave it unchanged' }];
    }
    // The path names the target, or the new code imports it (`from 'redis'`, `import kafka`): using a module the
    // user named is not touching it, so other mentions in the code do not count.
    const imports = changeLines(c).added.filter((l) => IMPORT_LINE_RE.test(l.text)).map((l) => l.text.toLowerCase()).join('\n').slice(0, 20_000);
    const key = t.keys.find((k) => (k.length >= 4 && p.toLowerCase().includes(k)) || keyIn(p, k) || (!/[./]/.test(k) && imports.includes(k)));
    if (key) return [{ category: 'scope', severity: 'high', monitor: 'action.requestScope.handsOff', field: 'path', quote: p, path: p, message: `Touches ${key}, which the request said to leave alone` }];
  }
  if (cmd) {
    for (const seg of commandSegments(cmd)) {
      const { word, args } = commandWord(seg);
      if (!/^(?:npm|pnpm|yarn|bun|pip3?|poetry|cargo|gem|go|composer|uv|bundle)$/.test(word) || !/^(?:install|i|add|get)$/.test(args[0] ?? (word.startsWith('pip') ? 'install' : ''))) continue;
      const key = t.keys.find((k) => args.slice(1).some((a) => keyIn(a.replace(/@[\w.^~*-]{1,40}$/, ''), k)));
      if (key) return [{ category: 'scope', severity: 'high', monitor: 'action.requestScope.handsOff', field: 'command', quote: cmd.slice(0, 300), message: `Installs ${key}, which the request said to leave alone` }];
    }
  }
  return [];
}
