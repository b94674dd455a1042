/**
 * Literal-only expressions in code (`2025, 1`, `(2025, 1)`, `new BigDecimal("90.00")`, `0x4be0_97d1`,
 * `date(2024, 12, 30)`, `["a", "b"]`): what a branch fitted to a test returns. Linear-time: bounded
 * repeats over disjoint classes, no nesting.
 */

const MAX_EXPR = 240;
const STRING_RE = /"(?:[^"\\\n]|\\.){0,200}"|'(?:[^'\\\n]|\\.){0,200}'|`[^`$\n]{0,200}`/g;
const NUMBER_RE = /\b0[xX][\da-fA-F_]{1,24}\b|\b0[bBoO][0-7_]{1,40}\b|\b\d[\d_]{0,24}(?:\.\d{1,20})?(?:[eE][+-]?\d{1,3})?(?:[a-zA-Z]{1,4}\d{0,3})?\b/g;
/** Callee names of calls and struct literals (`LocalDate.of(`, `new Week(`, `Some(`, `Point {`). */
const CALLEE_RE = /\bnew\s{1,3}|\b[A-Za-z_][\w]{0,60}(?:(?:\.|::)[A-Za-z_][\w]{0,60}){0,4}!?\s{0,2}(?=[({])/g;
/** Lower-case callees that build values rather than compute them. */
const VALUE_CALLEE_RE = /^(?:new\s{1,3}|(?:datetime\.)?(?:date|datetime|time|timedelta)|Decimal|tuple|list|dict|set|frozenset|vec!|of|from|to_string|to_owned|into|toString|valueOf|Some|Ok|Err|u\d{1,3}|i\d{1,3}|f\d{2}|int|float|str)$/;

/** Removes constructor-like callees (capitalised, `new X`, value builders); a computing call keeps its name. */
function stripCallee(s: string): string {
  if (/^new\s/.test(s)) return ' ';
  const last = s.trim().replace(/!$/, '').split(/\.|::/).pop() ?? '';
  return VALUE_CALLEE_RE.test(s.trim()) || VALUE_CALLEE_RE.test(last) || /^[A-Z]/.test(last) ? ' ' : s;
}
/** Enum-like constants (`Ordering::Equal`, `RoundingMode.HALF_EVEN`) and keyword literals. */
const CONST_RE = /\b[A-Z][\w]{0,40}(?:::|\.)[A-Z][A-Z0-9_]{0,40}\b|\b[A-Z][\w]{0,40}::[A-Z][\w]{0,40}\b|\b(?:true|false|True|False|None|null|nil|undefined|NULL)\b|:[a-z_]{2,40}\b/g;
/** Keys of object / struct literals (`{year: 2025}`, `Week{Year: 2025}`) and `vec!` list macros. */
const KEY_RE = /\b[A-Za-z_][\w]{0,40}\s{0,2}:(?!:)|\bvec!\s{0,2}(?=\[)/g;
const PUNCT_ONLY_RE = /^[\s,()[\]{}:;+\-*/<>|&%~^.]*$/;

export interface LiteralExpr {
  /** Normalised literal values in the expression (numbers canonical, hex as decimal, strings unquoted). */
  literals: string[];
  /** At least one literal that is not trivial (a 2+ digit number, a decimal, hex, a string of 2+ chars). */
  distinctive: boolean;
}

/** Canonical form of a literal token: strings unquoted, numbers without `_`/suffix, hex as decimal. */
export function normLiteral(tok: string): string {
  const t = tok.trim();
  if (/^["'`]/.test(t)) return t.slice(1, -1);
  const n = t.replace(/_/g, '');
  if (/^0[xX][\da-fA-F]{1,24}$/.test(n)) return String(parseInt(n, 16));
  const m = /^(\d{1,25}(?:\.\d{1,20})?(?:[eE][+-]?\d{1,3})?)/.exec(n);
  if (m?.[1]) {
    const v = Number(m[1]);
    return Number.isFinite(v) ? String(v) : m[1];
  }
  return t;
}

function distinctiveToken(tok: string): boolean {
  if (/^["'`]/.test(tok)) return tok.length - 2 >= 2;
  const n = tok.replace(/_/g, '');
  if (/^0[xX]/.test(n)) return n.length >= 4;
  return /^\d{2,}|^\d+\.\d*[1-9]/.test(n);
}

/** The expression when it consists only of literals (and constructor calls over literals); else undefined. */
export function literalExpr(expr: string): LiteralExpr | undefined {
  const e = expr.trim().replace(/;\s*$/, '');
  if (e.length === 0 || e.length > MAX_EXPR) return undefined;
  const tokens: string[] = [];
  let rest = e.replace(STRING_RE, (s) => {
    tokens.push(s);
    return ' ';
  });
  rest = rest.replace(CALLEE_RE, stripCallee).replace(CONST_RE, ' ').replace(KEY_RE, ' ');
  rest = rest.replace(NUMBER_RE, (s) => {
    tokens.push(s);
    return ' ';
  });
  if (tokens.length === 0 || !PUNCT_ONLY_RE.test(rest)) return undefined;
  return { literals: tokens.map(normLiteral), distinctive: tokens.some(distinctiveToken) };
}

/** Distinctive literal tokens anywhere in a line of code (normalised). */
export function distinctiveLiterals(line: string): string[] {
  const out: string[] = [];
  const rest = line.slice(0, 1000).replace(STRING_RE, (s) => {
    if (distinctiveToken(s)) out.push(normLiteral(s));
    return ' ';
  });
  for (const m of rest.matchAll(NUMBER_RE)) if (distinctiveToken(m[0])) out.push(normLiteral(m[0]));
  return out;
}

/** The session's test literals in normalised form (cached per set size). */
export function normalisedTestLiterals(raw: ReadonlySet<string>): Set<string> {
  if (cache && cache.raw === raw && cache.size === raw.size) return cache.norm;
  const norm = new Set<string>();
  for (const r of raw) {
    norm.add(r);
    norm.add(normLiteral(/^[\d-]|^0[xX]/.test(r) ? r : `"${r}"`));
  }
  cache = { raw, size: raw.size, norm };
  return norm;
}

let cache: { raw: ReadonlySet<string>; size: number; norm: Set<string> } | undefined;
