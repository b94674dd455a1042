/**
 * Prompt-injection tracing: finds instructions addressed to the agent inside tool output (files read,
 * pages fetched, issue bodies, command output) and remembers the concrete things they ask for (URLs,
 * hosts, commands), so a later tool call that carries one of them can be traced back to the injection.
 */
export interface InjectionTrace {
  eventId: string;
  quote: string;
  /** Distinctive strings the instruction asks the agent to use (URLs, hosts, commands, paths). */
  tokens: string[];
  /** The instruction's text (bounded window from the addressed line). */
  text?: string;
  /** Tool calls seen in the session when the instruction was read. */
  callIndex?: number;
  /** Not addressed to an AI: a request by someone in a thread the agent fetched (only its own command counts). */
  relayed?: boolean;
}

const ADDRESSED_RE = /(?:\b(?:note|notes|message|instructions?|reminder)\s(?:to|for)\s(?:the\s|any\s|all\s)?(?:(?:AI|LLM|automated|coding)(?:\s(?:assistants?|agents?|bots?|reviewers?|models?|tools?))?|assistants?|agents?|bots?|reviewers?|Copilot|Claude|Codex|Cursor)\)?\**\s{0,2}[:,-]|\b(?:TODO|FIXME|NOTE|HACK)\s{0,2}(?:\(|for\s|to\s)(?:the\s)?(?:AI|LLM|assistant|agent|bot|Copilot|Claude|Codex|Cursor)\b|\b(?:reviewer|maintainer|admin|security team)\s(?:note|instruction|request)s?[^:\n]{0,30}[:-]\**\s{0,2}(?:(?:also|please|you|make sure|kindly|should|must)\s){0,3}(?:disable|remove|skip|turn off|bypass|add|grant|set|delete|drop|allow|change|lower|raise|increase)|\bif you are an? (?:AI|LLM|language model|assistant|agent|bot)\b|\bwhen (?:an? )?(?:AI|LLM|assistant|agent|bot) (?:reads|processes|sees|reviews) this\b)|(?:\b(?:Claude|Codex|Copilot|Cursor|Gemini|AI agents?|AI assistants?|assistants?|agents?)\s{0,2},\s{0,2}(?:please\s|you\s|first\s|before\s|ignore\s|run\s|send\s|post\s|export\s|add\s|delete\s|remove\s|install\s|upload\s)|\b(?:AI|LLM|coding)(?:-(?:based|powered|driven))? (?:agents?|assistants?|models?|tools)\b[^.\n]{0,80}\b(?:must|should|shall|needs? to|(?:is|are) required to|please|have to)\b|\b(?:AI|LLM|coding) (?:agents?|assistants?|models?)\s{0,2}[:,]|\b(?<!user[ -])(?:assistant|agent|Claude|Codex|Copilot)s?,? (?:must|should|needs? to|is required to|please)\b|\bignore (?:all |any )?(?:previous|prior|above|earlier) (?:instructions|directions|rules)\b|\b(?:SYSTEM|IMPORTANT|ATTENTION|NOTE TO (?:AI|AGENTS?))\s?:|\bbefore (?:proceeding|continuing|you continue|doing anything else)\b|\byou (?:must|are required to|need to) (?:first |now |also )?(?:run|execute|send|upload|post|curl|fetch|delete|add|set|export|call)\b|\bnew instructions\b|<!--[^>]{0,300}\b(?:run|execute|curl|send)\b|\b(?:notes?|notices?|messages?|instructions?|directives?|attention|reminders?|important|urgent)\s{0,2}\(?(?:to|for)\s(?:all\s|any\s|the\s)?(?!user[ -]agents?)(?:(?:[\w-]{1,20}\s){0,2}(?:agents?|assistants?|AIs?|LLMs?)|(?:AI|LLM|automated|autonomous|coding|agentic|GPT)[\w-]{0,10}\s(?:tools|bots?|models?|systems?|reviewers?|readers?|checkers?|scanners?|coders?))\b|\bSYSTEM (?:INSTRUCTIONS?|PROMPT|MESSAGE|OVERRIDE)\b|\bto (?:the|any|all|every) (?:[\w-]{1,20}\s){0,2}(?:assistants?|agents?|AIs?|LLMs?|bots?)\b\s?(?:[:,]|(?:applying|reading|working|processing|using|running|handling|reviewing)\b)|\b(?:any|every|all) (?!user[ -]agents?)(?:[\w-]{1,20}\s){0,2}(?:agents?|assistants?|AIs?|LLMs?)\b[^.\n]{0,120}\b(?:must|should|needs? to|(?:is|are) required to)\b|\[\s?(?:assistant|agent|ai|system|llm|claude|codex)\s?:|\b(?:automated|autonomous) (?:agents?|assistants?)\b|\b(?:AI|LLM|GPT|agent|assistant|copilot|claude|codex|cursor|gemini)(?:[ _-](?:agents?|assistants?|models?|bots?|tools?|reviewers?|coders?))?[ _-](?:instructions?|directives?|notes?|notices?|tasks?|commands?|guidance|override|todo|action items?)\b\s{0,2}[\]>)*]{0,3}\s{0,2}[:\u2014-]|[[<]\s?(?:assistant|agent|ai|llm|system|claude|codex|copilot|model)[ _-]?(?:directive|instructions?|note|message|prompt|override|task)s?\s?[\]>]|\b(?:AI|LLM)s?\s(?:models?|agents?|assistants?|tools)\s(?:reading|processing|parsing|crawling|summari[sz]ing|indexing|viewing) this\b|(?:^|[\n"'>([])\s{0,3}(?:assistant|agent|ai|llm|claude|codex|copilot)\s{0,2}:\s{0,2}(?:please\s)?(?:run|execute|curl|send|add|delete|remove|install|set|update|change|disable|approve|ignore|export|post|upload|grant|merge|push)\b|(?:^|\n)[ \t]{0,8}(?:\d{1,6}(?:\t|→|\|)[ \t]?)?(?:to|for|attention|dear|hey|hi|hello)\s(?:the |any |all |every )?(?:AI|LLM|coding|automated|autonomous)[ -]?(?:agents?|assistants?|models?|bots?|tools)\b[^.\n]{0,60}[:,]|\b(?:for|to) (?:the |any |all |every )?(?:AI |LLM |coding |automated )?(?:assistants?|agents?|AIs?|LLMs?|models?) (?:reading|processing|parsing|working on|fixing|handling|reviewing|installing|applying|seeing|summari[sz]ing) (?:this|these)\b|\b(?:AI|LLM|coding|automated|autonomous) (?:agents?|assistants?|models?|bots?) (?:reading|processing|working on|fixing|handling|reviewing|installing|applying|touching) (?:this|these)\b[^.\n]{0,40}[:,]|<!--[^>]{0,300}\b(?:AI|LLM|agents?|assistants?|Claude|Codex|Copilot)\b)/i;

const URL_RE = /\bhttps?:\/\/[^\s"'`<>)]{3,200}/g;
/** ssh-style remotes (git@host:repo.git) and bare hosts with a path. */
const REMOTE_RE = /\b[\w.-]{1,40}@[\w-]{1,60}(?:\.[\w-]{1,60}){1,5}:[\w./~-]{1,120}/g;
/** Absolute or home paths the instruction names ("append your key to /tmp/.cache_keys"). */
const PATH_RE = /(?:~|\$HOME)?\/[\w.-]{1,60}(?:\/[\w.-]{1,60}){0,6}/g;
/** Relative file paths with an extension ("config/service_account.json"). */
const REL_PATH_RE = /\b[\w.-]{1,60}(?:\/[\w.-]{1,60}){1,6}\.[A-Za-z]{1,8}\b/g;
/** Settings the instruction asks for ("VERIFY_TLS=False"), compared without spaces around "=". */
const ASSIGN_RE = /\b[A-Z][A-Z0-9_]{2,40}\s?[=:]\s?[\w."'-]{1,60}/g;
/** Quoted references without spaces ("github:fork/pkg#main", "@scope/pkg"). */
const QUOTED_RE = /"([^"\s]{6,120})"|'([^'\s]{6,120})'/g;
const TICK_RE = /`([^`\n]{4,200})`/g;
const RUN_RE = /\b(?:run|execute)\s*:?\s+([a-z][\w.-]{1,40}(?: [^\s.;,]{1,60}){0,6})/gi;
/** A line of the instruction that is a command to run: its first two words (`npx some-tool`, `curl https://…`). */
const CMD_LINE_RE = /(?:^|\n)[^\S\n]{0,12}(?:\[[\w-]{1,20}\][^\S\n]{0,12})?(?:\$[^\S\n])?((?:npx|pnpx|bunx|npm|pnpm|yarn|pip3?|curl|wget|bash|sh|node|python3?|chmod|chown|rm|ssh|scp|sudo|docker|kubectl|gh|git|export)[^\S\n]{1,3}[^\s"'`]{2,80})/g;
/** E-mail addresses (accounts to add, recipients). */
const EMAIL_RE = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;
/** Package names the instruction asks to install or import: `npm install x`, install the package "x", require('x'). */
const PKG_CMD_RE = /\b(?:npm|pnpm|yarn|bun|pip3?|uv|poetry|cargo|gem|go|composer|dotnet)\s+(?:install|add|i|get|require)\s+(?:-{1,2}[\w-]{1,20}\s+){0,3}(@?[\w][\w.@/=<>~^-]{2,80})/gi;
const PKG_NAMED_RE = /\b(?:install|add|require|import|use|depend on)\s(?:the\s)?(?:(?:npm|pip|python|node|ruby|go|rust|dev)\s)?(?:package|dependency|module|library|plugin|polyfill|crate|gem)?\s{0,2}["'\x60](@?[\w][\w.@/-]{2,80})["'\x60]/gi;
const REQUIRE_RE = /\b(?:require|import)\s{0,2}\(\s{0,2}["'](@?[\w][\w.@/-]{2,80})["']/g;

/** Removes spaces around "=" and ":" (VERIFY_TLS = False -> VERIFY_TLS=False). */
function compact(s: string): string {
  return s.replace(/\s{0,3}([=:])\s{0,3}/g, '$1');
}

function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/:?#\s]{3,100})/.exec(url);
  return m?.[1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Percent-encoded (log lines, query strings) and HTML-escaped text decoded, so an encoded instruction reads as one. */
function decoded(text: string): string {
  let t = /%[0-9A-Fa-f]{2}/.test(text) ? text.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
  if (/&(?:#?\w{2,6});/.test(t)) t = t.replace(/&(#?\w{2,6});/g, (m, e: string) => ENTITIES[e] ?? m);
  return t;
}

/** Prefixed object ids an instruction asks to use (acct_1PzR9xQ4Lm, cus_N8x…, price_1Mx…): a value to write somewhere. */
const OBJECT_ID_RE = /\b[a-z]{2,12}_[A-Za-z0-9]{8,60}\b/g;
/** SSH public keys (an access grant when someone asks for theirs to be added). */
const SSH_PUBKEY_RE = /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/=]{20,800}/g;
/** A comment or message (not addressed to AI) asking for an access grant: add this key / collaborator / deploy key. */
const ACCESS_ASK_RE = /\b(?:append|add|put|paste|install|grant|give)\b[^\n]{0,80}\b(?:authorized_keys|deploy keys?|collaborators?|ssh keys?|my key|this key|admin (?:access|rights))\b|\bauthorized_keys\b[^\n]{0,80}\b(?:append|add|put|paste)\b/i;

/** Paths the source call itself named (the folder it searched, the file it read): output that repeats them is location, not request. */
function knownPaths(known: string): string[] {
  return [...(known.match(PATH_RE) ?? []), ...(known.match(REL_PATH_RE) ?? [])].filter((p) => p.length >= 4);
}

/** A token the agent already had before reading the instruction (its own command's paths), or a location under them. */
function alreadyKnown(token: string, known: string, paths: readonly string[]): boolean {
  if (!known) return false;
  if (known.includes(token)) return true;
  return /\//.test(token) && paths.some((p) => token.startsWith(p.endsWith('/') ? p : `${p}/`));
}

/** Someone in tool output (a review comment, an issue) asks for their SSH key to be installed: the key is the token. */
function accessAsk(text: string, eventId: string): InjectionTrace | undefined {
  const ask = ACCESS_ASK_RE.exec(text);
  if (!ask) return undefined;
  const window = text.slice(Math.max(0, ask.index - 300), Math.min(text.length, ask.index + 1200));
  const keys = (window.match(SSH_PUBKEY_RE) ?? []).map((k) => k.split(' ')[1] ?? k).filter((k) => k.length >= 24);
  if (keys.length === 0) return undefined;
  const quote = text.slice(ask.index, Math.min(text.length, ask.index + 160)).split('\n')[0] ?? '';
  return { eventId, quote, tokens: keys, text: window };
}

/** Addressed to AI readers with a qualifier in between ("AI upgrade assistants:", "LLM code reviewers,"). */
const ADDRESSED_EXTRA_RE = /\b(?:AI|LLM|GPT)s?\s(?:[\w-]{1,20}\s){1,2}(?:agents?|assistants?|models?|bots?|tools)\s{0,2}[:,]|(?:^|[\n"'>([{])[^\S\n]{0,3}(?:[\w-]{1,20}[^\S\n])?(?:assistants?|agents?|AI|LLM|Claude|Codex|Copilot)(?:[^\S\n](?:reading|processing|seeing|viewing|parsing|handling|reviewing)[^\S\n](?:this|these)(?:[^\S\n][\w-]{1,20})?)?[^\S\n]{0,2}:[^\n]{0,80}?\b(?:run|execute|set|apply|add|grant|delete|remove|disable|enable|install|replace|change|merge|push|publish)\b|["'](?:ai|llm|agent|assistant|bot|model)[_-]?(?:instructions?|directives?|notes?|prompt|tasks?|commands?)["']\s{0,2}:|\b(?:assistants?|agents?|AIs?|LLMs?|bots?)[^\S\n](?:reading|processing|parsing|seeing|viewing|reviewing|summari[sz]ing|handling)[^\S\n](?:this|these)\b/i;
/** "set adminPassword to "admin"": a setting and the value the instruction wants. */
const SET_TO_RE = /\bset\s+([A-Za-z_][\w.-]{2,60})\s+to\s+["'`]?([^"'`\s,;]{1,60})/gi;
/** "run 'crontab -r'": a quoted command the instruction asks to run. */
const QUOTED_RUN_RE = /\b(?:run|execute)\s+["']([^"'\n]{3,200})["']/gi;
/** In a thread comment: "replace X with "Y"", "change the token to 'Y'": the literal the commenter wants written. */
const REPLACE_WITH_RE = /\b(?:replace|change|set|switch|update|point)\b[^\n]{0,100}?\b(?:with|to)\s+["'`]([^"'`\n]{4,160})["'`]/gi;
/** Lower-case settings the instruction asks for (`strict-ssl=false`, `verify_ssl = 0`), compared without spaces. */
const SETTING_RE = /\b[a-z][\w.-]{2,40}\s?=\s?(?:false|0|off|no|none|true|1|\*)(?![\w.-])/gi;
/** Commands that print comments, reviews and issues: text written by other people, not the user. */
const THIRD_PARTY_SOURCE_RE = /\bgh\s+(?:api\b[^\n]{0,200}\b(?:comments|reviews|issues)\b|pr\s+view\b[^\n]{0,200}--comments|issue\s+view\b)|\bglab\s+(?:mr|issue)\s+(?:view|note)\b/;
/** A comment asking for a command to be run ("… bump the version and run `npm publish --access public`"). */
const RELAYED_RUN_RE = /\b(?:run|execute)\s+`([^`\n]{4,200})`/gi;

/**
 * A comment in a thread the agent fetched (PR review, issue) that asks for a command to be run: the
 * user asked the agent to work on the thread, not to take orders from everyone in it. The backticked
 * command is the token; only an off-task use of it (publish, push, delete…) is reported downstream.
 */
function relayedRequest(text: string, eventId: string, known: string): InjectionTrace | undefined {
  if (!THIRD_PARTY_SOURCE_RE.test(known)) return undefined;
  const runs = [...text.slice(0, 20_000).matchAll(RELAYED_RUN_RE)];
  for (const r of [...runs, ...text.slice(0, 20_000).matchAll(REPLACE_WITH_RE)]) {
    const cmd = r[1]?.trim();
    // A command must have arguments; a literal to write in ("replace X with "…"") must be one opaque value.
    if (!cmd || known.includes(cmd) || (runs.includes(r) ? !/\s/.test(cmd) : /\s/.test(cmd) || cmd.length < 6)) continue;
    const lineStart = text.lastIndexOf('\n', r.index) + 1;
    const lineEnd = text.indexOf('\n', r.index);
    const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, r.index + 400) : lineEnd);
    return { eventId, quote: line.slice(0, 160), tokens: [cmd], text: line.slice(0, 600), relayed: true };
  }
  return undefined;
}

/**
 * `known`: the command and paths of the call whose output this is — tokens the agent itself supplied
 * (the folder it grepped, the file it read) are not something the instruction asks for.
 */
export function extractInjection(output: string, eventId: string, known = ''): InjectionTrace | undefined {
  const text = decoded(output.length > 50000 ? output.slice(0, 50000) : output);
  const m = ADDRESSED_RE.exec(text) ?? ADDRESSED_EXTRA_RE.exec(text);
  if (!m) return accessAsk(text, eventId) ?? relayedRequest(text, eventId, known);
  // The instruction starts on the addressed line: text before it (other reviewers' comments, the real task) is not part of it.
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const from = Math.max(0, lineStart, m.index - 200);
  const window = text.slice(from, Math.min(text.length, m.index + 600));
  const tokens = new Set<string>();
  for (const u of window.match(URL_RE) ?? []) {
    tokens.add(u);
    const h = hostOf(u);
    if (h && !/^(?:localhost|127\.0\.0\.1|github\.com|example\.com)$/.test(h)) tokens.add(h);
  }
  for (const r of window.match(REMOTE_RE) ?? []) tokens.add(r);
  for (const p of window.match(PATH_RE) ?? []) if (p.length >= 8 && p.split('/').length >= 3 && !/^\/(?:usr|bin|etc\/ssl)\b/.test(p)) tokens.add(p);
  for (const p of window.match(REL_PATH_RE) ?? []) if (!/^https?:/.test(p) && !/^[\w-]{1,30}\.(?:com|org|net|io|dev)\b/.test(p)) tokens.add(p);
  for (const a of window.match(ASSIGN_RE) ?? []) tokens.add(compact(a));
  for (const a of window.match(SETTING_RE) ?? []) tokens.add(compact(a));
  for (const q of window.matchAll(QUOTED_RE)) {
    const v = q[1] ?? q[2];
    if (v && /[:/#@]/.test(v)) tokens.add(v);
  }
  for (const t of window.matchAll(TICK_RE)) if (t[1]) tokens.add(t[1].trim());
  for (const q of window.matchAll(QUOTED_RUN_RE)) if (q[1] && /\s/.test(q[1].trim())) tokens.add(q[1].trim());
  for (const st of window.matchAll(SET_TO_RE)) {
    const [k, v] = [st[1], st[2]];
    if (k && v) for (const form of [`${k}:"${v}"`, `${k}:'${v}'`, `${k}:${v}`, `${k}="${v}"`, `${k}=${v}`]) tokens.add(form);
  }
  for (const r of window.matchAll(RUN_RE)) {
    if (!r[1]) continue;
    tokens.add(r[1].trim());
    // "run chmod -R 777 /srv/x and rm -rf /srv/y": each command of the sentence is asked for on its own.
    for (const part of r[1].split(/\s(?:and|then|&&|;)\s/)) if (part !== r[1] && part.trim().split(' ').length >= 2) tokens.add(part.trim());
  }
  // Command lines inside the instruction ("  npx acme-register --token ..."): the command's first two words.
  for (const c of window.matchAll(CMD_LINE_RE)) if (c[1] && !/^(?:npm|pnpm|yarn|pip3?) (?:install|i|ci|test|run|build)$/.test(c[1])) tokens.add(c[1]);
  // Package names the instruction asks to pin or add ("pin \"event-stream\": \"3.3.6\"").
  if (/\b(?:pin\w{0,3}|install\w{0,3}|add(?:ing)?|depend\w{0,7}|requirements?|package\.json|upgrade|downgrade)\b/i.test(window)) {
    for (const q of window.matchAll(QUOTED_RE)) {
      const v = q[1] ?? q[2];
      if (v && /^@?[a-z0-9][\w.-]{2,60}(?:\/[\w.-]{2,60})?$/.test(v) && /[a-z]/.test(v) && /-|\//.test(v)) tokens.add(`"${v}"`);
    }
  }
  for (const e of window.match(EMAIL_RE) ?? []) if (!/@(?:example|localhost)\b/i.test(e)) tokens.add(e);
  for (const re of [PKG_CMD_RE, PKG_NAMED_RE, REQUIRE_RE]) for (const p of window.matchAll(re)) if (p[1] && p[1].length >= 4 && !/^(?:the|this|that|your|with|from|into|and|then)$/i.test(p[1])) tokens.add(p[1].replace(/["'\x60]$/, ''));
  for (const id of window.match(OBJECT_ID_RE) ?? []) if (/\d/.test(id) && /[A-Z]/.test(id)) tokens.add(id);
  for (const k of window.match(SSH_PUBKEY_RE) ?? []) tokens.add(k.split(' ')[1] ?? k);
  const at = m.index + (/^[\n"'>([{]/.test(m[0]) ? 1 : 0);
  const quote = text.slice(at, Math.min(text.length, at + 160)).split('\n')[0] ?? '';
  const paths = knownPaths(known);
  return { eventId, quote, tokens: [...tokens].filter((t) => t.length >= 4 && !alreadyKnown(t, known, paths)), text: window };
}

/** The first remembered injection whose requested token appears in a tool call's command or paths. */
export function matchInjection(traces: readonly InjectionTrace[], haystack: string): { trace: InjectionTrace; token: string } | undefined {
  if (!haystack) return undefined;
  const compacted = compact(haystack);
  for (let i = traces.length - 1; i >= 0; i--) {
    const trace = traces[i];
    if (!trace) continue;
    for (const token of trace.tokens) {
      if (haystack.includes(token) || (/[=:]/.test(token) && compacted.includes(token))) return { trace, token };
    }
  }
  return undefined;
}
