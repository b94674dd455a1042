/** One replacement in a string, in the original string's offsets. */
export interface RedactionHit {
  start: number;
  end: number;
  kind: string;
  replacement: string;
}

/** Finds redactions in a string; appends hits (overlaps are resolved by the redactor, earlier detectors win). */
export interface Detector {
  readonly name: string;
  find(text: string, out: RedactionHit[]): void;
}

export function secretMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** A regex rule: `re` must be global (and have the `d` flag when `group` is set); redacts the whole match or `group`. */
export interface RegexRule {
  kind: string;
  re: RegExp;
  group?: number;
  /** Cheap pre-check: the rule runs only when the text contains one of these substrings. */
  hint?: readonly string[];
  /** Rejects a candidate value (placeholders, references). */
  reject?: (value: string) => boolean;
}

export function findWithRules(rules: readonly RegexRule[], text: string, out: RedactionHit[]): void {
  for (const rule of rules) {
    if (rule.hint && !rule.hint.some((h) => text.includes(h))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = m.index + m[0].length;
      if (rule.group !== undefined) {
        const span = m.indices?.[rule.group];
        if (!span) continue;
        [start, end] = span;
      }
      if (end <= start) continue;
      if (rule.reject?.(text.slice(start, end))) continue;
      out.push({ start, end, kind: rule.kind, replacement: secretMarker(rule.kind) });
    }
  }
}
