/** Limits for user-supplied (team rule) regexes: linear-ish shapes only, bounded input length. */
export const MAX_PATTERN_LENGTH = 500;
/** User regexes run on at most this many characters of each text. */
export const USER_REGEX_INPUT_CAP = 20_000;

/**
 * Rejects patterns that can backtrack catastrophically: a quantified group whose body itself
 * contains a quantifier ("(a+)+", "(\w*x)*", "(a|aa){2,}"), alternation of overlapping options under
 * a quantifier, and back-references. Returns an error message, or undefined when the pattern is safe.
 */
export function unsafeRegexReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed';
  // Walk groups with a stack; for each closed group, note whether its body has a quantifier or '|'.
  const stack: { quant: boolean; alt: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ quant: false, alt: false });
    else if (c === ')') {
      const g = stack.pop();
      if (!g) return 'unbalanced parenthesis';
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '{';
      if (quantified && g.quant) return 'nested quantifier (a quantified group containing a quantifier)';
      if (quantified && g.alt) return 'quantified alternation (e.g. (a|ab)+)';
      const top = stack[stack.length - 1];
      if (top) top.quant = top.quant || g.quant || quantified;
    } else if (c === '*' || c === '+' || c === '{') {
      const top = stack[stack.length - 1];
      if (top) top.quant = true;
    } else if (c === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alt = true;
    }
  }
  if (stack.length > 0) return 'unbalanced parenthesis';
  return undefined;
}
