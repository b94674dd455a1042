/**
 * Code with its string literals and comments (docstrings included) removed, for monitors that must tell what the code does
 * from what it says (a `log.warn("will retry")` is no retry loop; a typo fix inside a string changes no
 * logic). One left-to-right pass, so a `//` inside a string is not a comment. Linear-time: literals never
 * span lines except template strings and block comments, both bounded.
 */

const STRING = String.raw`"(?:[^"\\\n]|\\.){0,400}"|'(?:[^'\\\n]|\\.){0,400}'|` + '`(?:[^`\\\\]|\\\\.){0,400}`';
/** Block comments, `//` comments, `#` comments (not `#{`, `#[`, `#!`, `#include`-style directives), `-- ` comments, ` * ` continuation lines. */
const COMMENT = String.raw`\/\*[^*]{0,2000}\*+(?:[^/*][^*]{0,2000}\*+){0,20}\/|\/\/[^\n]{0,2000}|(?:^|[ \t])#(?![{[!]|[a-z]{2,12}\b)[^\n]{0,2000}|(?:^|[ \t])--[ \t][^\n]{0,2000}|^[ \t]{0,40}\*[^\n]{0,2000}`;
/** Python docstrings (triple-quoted strings) describe the code like comments do. */
const DOCSTRING = String.raw`"""(?:[^"]|"(?!""))` + '{0,4000}"""|' + String.raw`'''(?:[^']|'(?!''))` + "{0,4000}'''";
const TOKEN_RE = new RegExp(`${DOCSTRING}|(${STRING})|${COMMENT}`, 'gm');

/** The text with string literals blanked to `""` and comments removed. */
export function codeOnly(text: string): string {
  return text.replace(TOKEN_RE, (_m: string, str: string | undefined) => (str !== undefined ? '""' : ''));
}

/** The text with comments removed and string literals kept (what the code says to the outside: headers, SQL, config keys). */
export function withoutComments(text: string): string {
  return text.replace(TOKEN_RE, (_m: string, str: string | undefined) => str ?? '');
}

/** Distinct identifiers (2+ chars) of the code part of a text. */
export function codeIdents(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of codeOnly(text).matchAll(/[A-Za-z_$][\w$]{1,60}/g)) out.add(m[0]);
  return out;
}
