/**
 * Makes untrusted agent text inert for display: terminal escape sequences are removed; bidi controls,
 * zero-width characters and other invisible controls become visible escapes (⟪U+202E⟫) so they can
 * neither reorder nor hide text. Newlines and tabs stay. Linear-time regexes only.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// C0/C1 controls except \t \n; bidi embeddings/overrides/isolates/marks; zero-width and invisible formatters;
// variation selectors and tag characters (matched on purpose, so the "combining" lint does not apply).
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const INVISIBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

export function visibleEscape(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `⟪U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟫`;
}

export function inertText(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(ANSI, '').replace(INVISIBLE, visibleEscape);
}

/** Cuts `s` to `max` UTF-16 units (never inside a surrogate pair) and says how much was left out. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}… [${s.length - end} more characters]`;
}
