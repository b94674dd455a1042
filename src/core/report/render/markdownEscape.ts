import { clip, inertText } from './inertText';

/** Longest inline text / quoted line kept (agent text can hold megabyte lines). */
const MAX_INLINE = 1_000;

/** Markdown punctuation that can start emphasis, links, code, HTML, tables or strikethrough. */
const MD_SPECIAL = /[\\`*_[\]{}()<>#|~!&]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Inline text: inert, on one line, with every Markdown/HTML-significant character escaped. */
export function mdText(s: string): string {
  return clip(inertText(s), MAX_INLINE)
    .replace(/\s*\n\s*/g, ' ⏎ ')
    .replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
}

/** One line of a block (already inert): like mdText, plus escapes for block starts (lists, headings, rules, setext). */
function mdLine(line: string): string {
  const escaped = line.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
  return escaped.replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}

/** A block quote of untrusted text; long text is cut to `maxLines`. */
export function mdQuote(s: string, maxLines = 40): string {
  const lines = inertText(s).replace(/\n+$/, '').split('\n');
  const shown = lines.slice(0, maxLines).map((l) => (l.trim() ? `> ${mdLine(clip(l, MAX_INLINE))}` : '>'));
  if (lines.length > maxLines) shown.push(`> *… ${lines.length - maxLines} more lines*`);
  return shown.join('\n');
}

/** Inline code that holds any text: the fence is longer than the longest backtick run inside. */
export function mdCode(s: string): string {
  const text = clip(inertText(s), MAX_INLINE).replace(/\s*\n\s*/g, ' ⏎ ');
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text || ' '}${pad}${fence}`;
}
