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
}

const ADDRESSED_RE = /(?:\b(?:note|notes|message|instructions?|reminder)\s(?:to|for)\s(?:the\s|any\s|all\s)?(?:(?:AI|LLM|automated|coding)(?:\s(?:assistants?|agents?|bots?|reviewers?|models?|tools?))?|assistants?|agents?|bots?|reviewers?|Copilot|Claude|Codex|Cursor)\)?\**\s{0,2}[:,-]|\b(?:TODO|FIXME|NOTE|HACK)\s{0,2}(?:\(|for\s|to\s)(?:the\s)?(?:AI|LLM|assistant|agent|bot|Copilot|Claude|Codex|Cursor)\b|\b(?:reviewer|maintainer|admin|security team)\s(?:note|instruction|request)s?[^:\n]{0,30}[:-]\**\s{0,2}(?:(?:also|please|you|make sure|kindly|should|must)\s){0,3}(?:disable|remove|skip|turn off|bypass|add|grant|set|delete|drop|allow|change|lower|raise|increase)|\bif you are an? (?:AI|LLM|language model|assistant|agent|bot)\b|\bwhen (?:an? )?(?:AI|LLM|assistant|agent|bot) (?:reads|processes|sees|reviews) this\b)|(?:\b(?:Claude|Codex|Copilot|Cursor|Gemini|AI agents?|AI assistants?|assistants?|agents?)\s{0,2},\s{0,2}(?:please\s|you\s|first\s|before\s|ignore\s|run\s|send\s|post\s|export\s|add\s|delete\s|remove\s|install\s|upload\s)|\b(?:AI|LLM|coding) (?:agents?|assistants?|models?)\b[^.\n]{0,80}\b(?:must|should|shall|needs? to|(?:is|are) required to|please|have to)\b|\b(?:AI|LLM|coding) (?:agents?|assistants?|models?)\s{0,2}[:,]|\b(?<!user[ -])(?:assistant|agent|Claude|Codex|Copilot)s?,? (?:must|should|needs? to|is required to|please)\b|\bignore (?:all |any )?(?:previous|prior|above|earlier) (?:instructions|directions|rules)\b|\b(?:SYSTEM|IMPORTANT|ATTENTION|NOTE TO (?:AI|AGENTS?))\s?:|\bbefore (?:proceeding|continuing|you continue|doing anything else)\b|\byou (?:must|are required to|need to) (?:first |now |also )?(?:run|execute|send|upload|post|curl|fetch|delete|add|set|export|call)\b|\bnew instructions\b|<!--[^>]{0,300}\b(?:run|execute|curl|send)\b|\b(?:notes?|notices?|messages?|instructions?|directives?|attention|reminders?)\s{0,2}\(?(?:to|for)\s(?:all\s|any\s|the\s)?(?!user[ -]agents?)(?:(?:[\w-]{1,20}\s){0,2}(?:agents?|assistants?|AIs?|LLMs?)|(?:AI|LLM|automated|autonomous|coding|agentic|GPT)[\w-]{0,10}\s(?:tools|bots?|models?|systems?))\b|\bSYSTEM (?:INSTRUCTIONS?|PROMPT|MESSAGE|OVERRIDE)\b|\bto (?:the|any|all|every) (?:[\w-]{1,20}\s){0,2}(?:assistants?|agents?|AIs?|LLMs?|bots?)\b\s?(?:[:,]|(?:applying|reading|working|processing|using|running|handling|reviewing)\b)|\b(?:any|every|all) (?!user[ -]agents?)(?:[\w-]{1,20}\s){0,2}(?:agents?|assistants?|AIs?|LLMs?)\b[^.\n]{0,120}\b(?:must|should|needs? to|(?:is|are) required to)\b|\[\s?(?:assistant|agent|ai|system|llm|claude|codex)\s?:|\b(?:automated|autonomous) (?:agents?|assistants?)\b)/i;

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

/** Removes spaces around "=" and ":" (VERIFY_TLS = False -> VERIFY_TLS=False). */
function compact(s: string): string {
  return s.replace(/\s{0,3}([=:])\s{0,3}/g, '$1');
}

function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/:?#\s]{3,100})/.exec(url);
  return m?.[1];
}

export function extractInjection(output: string, eventId: string): InjectionTrace | undefined {
  const text = output.length > 50000 ? output.slice(0, 50000) : output;
  const m = ADDRESSED_RE.exec(text);
  if (!m) return undefined;
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
  for (const q of window.matchAll(QUOTED_RE)) {
    const v = q[1] ?? q[2];
    if (v && /[:/#@]/.test(v)) tokens.add(v);
  }
  for (const t of window.matchAll(TICK_RE)) if (t[1]) tokens.add(t[1].trim());
  for (const r of window.matchAll(RUN_RE)) if (r[1]) tokens.add(r[1].trim());
  const quote = text.slice(m.index, Math.min(text.length, m.index + 160)).split('\n')[0] ?? '';
  return { eventId, quote, tokens: [...tokens].filter((t) => t.length >= 4), text: window };
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
